import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { shippedEnvironmentNames } from '../helpers/environments';
import { organizationFile } from '../../config/organization';
import { ORGANIZATION_STACK_NAME } from '../../catalog/stacks';

const ROOT = join(__dirname, '..', '..');
const DIR = join(ROOT, '.github', 'workflows');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

interface Step {
  readonly run?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
}
interface Job {
  readonly needs?: string | string[];
  readonly uses?: string;
  readonly environment?: string;
  readonly steps?: Step[];
  readonly with?: Record<string, unknown>;
  readonly permissions?: Record<string, string>;
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly permissions?: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const texts = new Map(files.map((f) => [f, readFileSync(join(DIR, f), 'utf8')]));
const workflows = new Map(files.map((f) => [f, parse(texts.get(f) as string, { strict: true, uniqueKeys: true }) as Workflow]));
const jobs = [...workflows].flatMap(([file, w]) => Object.entries(w.jobs).map(([id, job]) => ({ file, id, job })));
const steps = jobs.flatMap(({ job }) => job.steps ?? []);
const REUSABLE = './.github/workflows/deploy-environment.yml';
/** The Terraform the deploy loop is run with here (.terraform-version), which every workflow must install. */
const TERRAFORM_VERSION = readFileSync(join(ROOT, '.terraform-version'), 'utf8').trim();

describe('GitHub workflows', () => {
  it('parse as YAML with jobs and triggers', () => {
    expect(files).toEqual(['deploy-environment.yml', 'deploy.yml', 'pull-request.yml']);
    for (const [file, w] of workflows) {
      expect([file, typeof w.on]).toEqual([file, 'object']);
      expect(Object.keys(w.jobs).length).toBeGreaterThan(0);
    }
  });

  it('call only npm scripts that exist in package.json', () => {
    const called = steps.flatMap((s) => [...(s.run ?? '').matchAll(/npm run (?:--silent )?([\w:.-]+)/g)].map((m) => m[1]));
    expect(called.length).toBeGreaterThan(5);
    const missing = called.filter((name) => !(name in scripts));
    expect(missing).toEqual([]);
  });

  it('run nothing but npm, the package scripts and one mkdir, so the workflow stays thin', () => {
    for (const s of steps.filter((x) => x.run)) {
      expect(s.run).toMatch(/^(mkdir -p plans && )?(npm (ci|test|run [^\n]+)|echo "stacks=\$\(npm run --silent stacks:list -- --json\)" >> "\$GITHUB_OUTPUT")\s*$/);
    }
  });

  it('expand no ${{ }} expression inside a run: script (template injection); values arrive through env:', () => {
    const injected = steps.filter((s) => s.run?.includes('${{'));
    expect(injected.map((s) => s.run)).toEqual([]);
    // Each env: variable a step declares is used by its script, and each "$VAR" a script reads beyond the runner's own is declared.
    for (const s of steps.filter((x) => x.env && x.run)) {
      for (const name of Object.keys(s.env ?? {}).filter((n) => !n.startsWith('BEDROCK_'))) expect([name, s.run?.includes(`"$${name}"`)]).toEqual([name, true]);
    }
  });

  it('pin every action to a full commit SHA with its release tag in a comment, one SHA per action', () => {
    const refs = [...texts.values()].flatMap((text) => [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].map((m) => ({ ref: m[1], rest: m[2] })));
    const actions = refs.filter((r) => !r.ref.startsWith('./'));
    expect(actions.length).toBeGreaterThan(10);
    const seen = new Map<string, string>();
    for (const { ref, rest } of actions) {
      expect(`${ref}${rest}`).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      const [action, sha] = ref.split('@');
      const pinned = `${sha}${rest}`;
      expect([action, seen.get(action) ?? pinned]).toEqual([action, pinned]);
      seen.set(action, pinned);
    }
    expect([...seen.keys()].sort()).toEqual(expect.arrayContaining(['actions/checkout', 'aws-actions/configure-aws-credentials', 'hashicorp/setup-terraform', 'actions/github-script']));
  });

  it('leave no git credentials in the workspace: every checkout sets persist-credentials: false', () => {
    const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThanOrEqual(5);
    for (const c of checkouts) expect(c.with?.['persist-credentials']).toBe(false);
  });

  it('grant id-token: write only to jobs that assume an AWS role, never at workflow level', () => {
    for (const [file, w] of workflows) expect([file, w.permissions?.['id-token']]).toEqual([file, undefined]);
    const assumes = (job: Job) => job.uses === REUSABLE || (job.steps ?? []).some((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    const minting = jobs.filter(({ job }) => job.permissions?.['id-token'] === 'write').map(({ file, id }) => `${file}#${id}`);
    const assuming = jobs.filter(({ job }) => assumes(job)).map(({ file, id }) => `${file}#${id}`);
    expect(minting.sort()).toEqual(assuming.sort());
    // The jobs that run the whole dependency tree (npm test) never hold one.
    for (const { job } of jobs.filter(({ job: j }) => (j.steps ?? []).some((s) => s.run === 'npm test'))) expect(job.permissions?.['id-token']).toBeUndefined();
  });

  it(`install Terraform ${TERRAFORM_VERSION} (.terraform-version) wherever they run it, without the wrapper`, () => {
    const installs = steps.filter((s) => s.uses?.startsWith('hashicorp/setup-terraform@'));
    expect(installs.length).toBeGreaterThanOrEqual(3);
    for (const s of installs) expect(s.with).toEqual({ terraform_version: TERRAFORM_VERSION, terraform_wrapper: false });
  });

  it('run npm test, deploy loop included, wherever they test: Terraform installed and a skipped loop failing the job', () => {
    const testing = jobs.filter(({ job }) => (job.steps ?? []).some((s) => s.run === 'npm test'));
    expect(testing.map(({ file, id }) => `${file}#${id}`).sort()).toEqual(['deploy.yml#test', 'pull-request.yml#test']);
    expect(scripts.test).toMatch(/npm run test:deploy$/);
    for (const { job } of testing) {
      const all = job.steps ?? [];
      const test = all.findIndex((s) => s.run === 'npm test');
      expect(all.findIndex((s) => s.uses?.startsWith('hashicorp/setup-terraform@'))).toBeLessThan(test);
      expect(all[test].env).toEqual({ BEDROCK_DEPLOY_LOOP_REQUIRED: '1' });
    }
  });

  it('plan pull requests per stack with its planner role, as a pull request (no GitHub environment), then post one summary comment', () => {
    const pr = workflows.get('pull-request.yml')!;
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    const plan = pr.jobs.plan;
    // A job environment would turn the token's sub into repo:<org>/<repo>:environment:<name>; the planner trusts only :pull_request.
    expect(plan.environment).toBeUndefined();
    expect(plan.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    const creds = plan.steps!.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials'));
    expect(creds?.with?.['role-to-assume']).toBe('${{ matrix.planRole }}');
    expect(plan.steps!.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run synth', 'npm run plan:stack -- "$STACK" --out-dir plans']);
    const summary = pr.jobs.summary;
    expect(summary.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const script = String(summary.steps!.find((s) => s.uses?.startsWith('actions/github-script'))?.with?.script);
    expect(script).toMatch(/startsWith\(marker\)[\s\S]*updateComment[\s\S]*createComment/);
  });

  it('prove the cdktn migration on every pull request (npm run test:cdktn, outside npm test: it needs the registry)', () => {
    const pr = workflows.get('pull-request.yml')!;
    const cdktn = Object.entries(pr.jobs).filter(([, job]) => (job.steps ?? []).some((s) => s.run === 'npm run test:cdktn'));
    expect(cdktn.map(([id]) => id)).toEqual(['cdktn']);
    expect(cdktn[0][1].permissions).toBeUndefined();
    expect(scripts.test).not.toContain('test:cdktn');
  });

  it('never run on pull_request_target or workflow_run, whose tokens reach fork code', () => {
    for (const w of workflows.values()) expect(Object.keys(w.on)).not.toEqual(expect.arrayContaining(['pull_request_target']));
    for (const w of workflows.values()) expect(Object.keys(w.on)).not.toEqual(expect.arrayContaining(['workflow_run']));
  });

  it('deploy the organization guardrails, then every environment of config/environments, one after another, each in its own GitHub environment', () => {
    const deploy = workflows.get('deploy.yml')!;
    expect(deploy.on).toEqual({ push: { branches: ['main'] } });
    const deployJobs = new Map(Object.entries(deploy.jobs).filter(([, job]) => job.uses === REUSABLE));
    const organization = existsSync(organizationFile()) ? [ORGANIZATION_STACK_NAME] : [];
    expect([...deployJobs.keys()].sort()).toEqual([...organization, ...shippedEnvironmentNames()].sort());
    for (const [id, job] of deployJobs) expect([id, job.with]).toEqual([id, { environment: id }]);
    // One chain from the test job: never two deploys at once.
    const order: string[] = [];
    for (let previous = 'test'; ; ) {
      const next = [...deployJobs].filter(([, job]) => job.needs === previous).map(([id]) => id);
      expect(next.length).toBeLessThanOrEqual(1);
      if (next.length === 0) break;
      order.push(next[0]);
      previous = next[0];
    }
    expect([...order].sort()).toEqual([...deployJobs.keys()].sort());
    // The guardrails first (they admit the environments' people), prod (the name that turns on prevent_destroy) last.
    if (organization.length) expect(order[0]).toBe(ORGANIZATION_STACK_NAME);
    if (deployJobs.has('prod')) expect(order[order.length - 1]).toBe('prod');
    expect(existsSync(join(ROOT, REUSABLE.replace('./', '')))).toBe(true);
    expect(workflows.get('deploy-environment.yml')!.jobs.deploy.environment).toBe('${{ inputs.environment }}');
  });

  it('have Dependabot keep the action pins, npm packages and the hash-pinned Python tools current', () => {
    const config = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as { version: number; updates: Array<{ 'package-ecosystem': string; directory: string }> };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u['package-ecosystem'], u.directory])).toEqual([
      ['github-actions', '/'],
      ['npm', '/'],
      ['pip', '/tools'],
    ]);
  });
});
