import { App, Testing } from '../../framework';
import { ConfigError } from '../../config/errors';
import { validateEnvironments } from '../../config/load';
import { buildApp } from '../../stacks/app';
import { BASE_ENV } from '../helpers/synth';

/**
 * `ciIdentities` (config/ci-identities.ts): the roles it builds are the ones people.deployers and
 * people.planners must name, one message per environment that drifts; one stack per account.
 */

const ACCOUNT = BASE_ENV.accountId;
const DEPLOYER = `arn:aws:iam::${ACCOUNT}:role/bedrock-platform-deployer`;
const PLANNER = `arn:aws:iam::${ACCOUNT}:role/bedrock-platform-planner`;
const REPO = 'acme-ml/bedrock-platform';
const staffed = { deployers: [DEPLOYER], planners: [PLANNER] };

function env(name: string, extra: Record<string, unknown>, vpcCidr = '10.0.0.0/20') {
  return { name, raw: { ...BASE_ENV, vpcCidr, ...extra }, file: `config/environments/${name}.json` };
}

function rejected(entries: ReturnType<typeof env>[]): string {
  try {
    validateEnvironments(entries);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('ciIdentities', () => {
  it('fails with one message naming the file, the field and both roles when people names neither', () => {
    expect(rejected([env('live', { ciIdentities: { repository: REPO } })])).toBe(
      [
        'Invalid environment configuration (1 problem); nothing was synthesized:',
        `  - environment "live" (config/environments/live.json): ciIdentities: builds the roles CI assumes, and the perimeter must admit them: people.deployers needs "${DEPLOYER}" and people.planners needs "${PLANNER}"; add them, or remove ciIdentities and name your own roles`,
      ].join('\n'),
    );
  });

  it('names only the role left out when people names the other, whatever else it lists', () => {
    const message = rejected([env('live', { ciIdentities: { repository: REPO }, people: { deployers: [DEPLOYER, `arn:aws:iam::${ACCOUNT}:role/BreakGlassDeploy`] } })]);
    expect(message).toContain(`ciIdentities: builds the roles CI assumes, and the perimeter must admit them: people.planners needs "${PLANNER}"; add it, or remove ciIdentities`);
    expect(message).not.toContain('people.deployers needs');
  });

  it('follows namePrefix: the roles are <namePrefix>-platform-deployer and -planner', () => {
    const message = rejected([env('live', { namePrefix: 'acme', ciIdentities: { repository: REPO }, people: staffed })]);
    expect(message).toContain(`people.deployers needs "arn:aws:iam::${ACCOUNT}:role/acme-platform-deployer"`);
  });

  it('rejects a repository that is not <owner>/<repo>, and another account\'s OIDC provider', () => {
    expect(rejected([env('live', { ciIdentities: { repository: 'https://github.com/acme-ml/bedrock-platform' }, people: staffed })])).toContain(
      'ciIdentities.repository: must be "<owner>/<repo>" as GitHub spells it, e.g. "example-org/bedrock-platform"',
    );
    expect(rejected([env('live', { ciIdentities: { repository: REPO, oidcProviderArn: 'arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com' }, people: staffed })])).toContain(
      `ciIdentities.oidcProviderArn: names another account's provider; use "arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com", or remove it to have the stack create it`,
    );
  });

  it('makes the environments of one account agree on the repository (one set of roles per account)', () => {
    const message = rejected([
      env('alpha', { ciIdentities: { repository: REPO }, people: staffed }),
      env('beta', { ciIdentities: { repository: 'acme-ml/other' }, people: staffed }, '10.1.0.0/20'),
    ]);
    expect(message).toContain(
      `environment "beta" (config/environments/beta.json): ciIdentities.repository: "acme-ml/other", but environment "alpha" (config/environments/alpha.json) in the same account ${ACCOUNT} has "${REPO}"; one account has one set of CI roles, so make them agree`,
    );
  });

  it('builds one ci-identities stack per account, its deployer admitting each environment of that account, and none without ciIdentities', () => {
    const envs = validateEnvironments([
      env('alpha', { ciIdentities: { repository: REPO }, people: staffed }),
      env('beta', { ciIdentities: { repository: REPO }, people: staffed }, '10.1.0.0/20'),
      env('gamma', { accountId: '210987654321' }, '10.2.0.0/20'),
    ]);
    const app = Testing.app() as App;
    buildApp(app, envs);
    const stacks = app.node.children.map((c) => c.node.id).filter((id) => id.startsWith('ci-identities-'));
    expect(stacks).toEqual([`ci-identities-${ACCOUNT}`]);
    const tf = (app.node.findChild(stacks[0]) as unknown as { toTerraform(): { resource: Record<string, Record<string, Record<string, string>>> } }).toTerraform();
    const deployer = Object.values(tf.resource.aws_iam_role).find((r) => r.name === 'bedrock-platform-deployer') as Record<string, string>;
    const trust = JSON.parse(deployer.assume_role_policy) as { Statement: Array<{ Condition: { StringEquals: Record<string, unknown> } }> };
    expect(trust.Statement[0].Condition.StringEquals['token.actions.githubusercontent.com:sub']).toEqual([`repo:${REPO}:environment:alpha`, `repo:${REPO}:environment:beta`]);
    expect(Object.keys(tf.resource.aws_iam_openid_connect_provider ?? {})).toHaveLength(1);
  });

  it('uses an existing OIDC provider by ARN instead of creating one', () => {
    const provider = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
    const envs = validateEnvironments([env('alpha', { ciIdentities: { repository: REPO, oidcProviderArn: provider }, people: staffed })]);
    const app = Testing.app() as App;
    buildApp(app, envs);
    const tf = (app.node.findChild(`ci-identities-${ACCOUNT}`) as unknown as { toTerraform(): { resource: Record<string, Record<string, Record<string, string>>> } }).toTerraform();
    expect(tf.resource.aws_iam_openid_connect_provider).toBeUndefined();
    for (const role of Object.values(tf.resource.aws_iam_role)) {
      expect((JSON.parse(role.assume_role_policy) as { Statement: Array<{ Principal: unknown }> }).Statement[0].Principal).toEqual({ Federated: provider });
    }
  });
});
