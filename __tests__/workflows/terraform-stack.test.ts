import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnvironments } from '../../config/load';
import { loadOrganization } from '../../config/organization';
import { REPO, firstRunEnv, run } from '../helpers/run';

/**
 * scripts/terraform-stack.ts as the workflows call it (a subprocess, as `npm run` runs it): the PR plan matrix
 * and the deploy chain hold the environment stacks and the organization guardrails, each with its plan role.
 */

const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const SCRIPT = join(REPO, 'scripts', 'terraform-stack.ts');
let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'terraform-stack-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface MatrixEntry {
  readonly stack: string;
  readonly environment: string;
  readonly region: string;
  readonly state: string;
  readonly planRole: string;
}

describe('terraform-stack (stacks:list, stack:info)', () => {
  it('lists every environment stack and the organization guardrails for the PR plan matrix, each with its planner role', async () => {
    const result = await run(TSX, [SCRIPT, 'list', '--json']);
    expect(result.code).toBe(0);
    const environments = loadEnvironments();
    const organization = loadOrganization(environments);
    const expected: MatrixEntry[] = [
      ...environments
        .filter((e) => e.people.planners.length)
        .map((e) => ({ stack: e.stackName, environment: e.name, region: e.region, state: e.state.type, planRole: e.people.planners[0] })),
      ...(organization?.plannerRoleArn
        ? [{ stack: 'organization-guardrails', environment: 'organization-guardrails', region: 'us-east-1', state: organization.state.type, planRole: organization.plannerRoleArn }]
        : []),
    ];
    expect(expected.length).toBeGreaterThan(0);
    expect(JSON.parse(result.stdout) as MatrixEntry[]).toEqual(expected);
  });

  it('leaves a stack without a plan role out of the matrix and says so on stderr', async () => {
    const dir = join(scratch, 'envs');
    mkdirSync(dir, { recursive: true });
    const shipped = loadEnvironments()[0];
    const raw = JSON.parse(readFileSync(join(REPO, 'config', 'environments', `${shipped.name}.json`), 'utf8')) as Record<string, unknown>;
    const { ciIdentities: _ci, ...rest } = raw;
    writeFileSync(join(dir, 'solo.json'), JSON.stringify({ ...rest, people: { deployers: shipped.people.deployers } }));
    const result = await run(TSX, [SCRIPT, 'list', '--json'], { env: firstRunEnv({ BEDROCK_ENV_DIR: dir, BEDROCK_ORG_FILE: join(dir, 'none.json') }) });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('[]');
    expect(result.stderr).toBe('warning: bedrock-solo has no plan role (people.planners, or plannerRoleArn for the organization); pull requests do not plan it\n');
  });

  it('gives the deploy job the organization guardrails\' region and account by the stack\'s name, its GitHub environment', async () => {
    const organization = loadOrganization(loadEnvironments());
    if (!organization) return;
    const result = await run(TSX, [SCRIPT, 'info', 'organization-guardrails']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`stack=organization-guardrails\nenvironment=organization-guardrails\nregion=us-east-1\naccount=${organization.managementAccountId}\nstate=${organization.state.type}\n`);
  });

  it('names the stacks it knows when given another', async () => {
    const result = await run(TSX, [SCRIPT, 'info', 'nope']);
    expect(result.code).toBe(1);
    const known = [...loadEnvironments().map((e) => e.stackName), ...(loadOrganization(loadEnvironments()) ? ['organization-guardrails'] : [])];
    expect(result.stderr).toBe(`terraform-stack: no stack "nope" that CI plans or deploys; known: ${known.join(', ')}\n`);
  });
});
