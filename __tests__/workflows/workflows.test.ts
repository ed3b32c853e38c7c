import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { shippedEnvironmentNames } from '../helpers/environments';

const ROOT = join(__dirname, '..', '..');
const DIR = join(ROOT, '.github', 'workflows');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

interface Step {
  readonly run?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
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
  readonly jobs: Record<string, Job>;
}

const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const workflows = new Map(files.map((f) => [f, parse(readFileSync(join(DIR, f), 'utf8'), { strict: true, uniqueKeys: true }) as Workflow]));
const steps = [...workflows.values()].flatMap((w) => Object.values(w.jobs).flatMap((j) => j.steps ?? []));

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

  it('pin every action at least to a major version', () => {
    const uses = steps.filter((s) => s.uses).map((s) => s.uses as string);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+(\.\d+)*|[0-9a-f]{40})$/);
    expect(uses).toEqual(expect.arrayContaining(['aws-actions/configure-aws-credentials@v4', 'actions/github-script@v7', 'hashicorp/setup-terraform@v3']));
  });

  it('plan pull requests per stack with OIDC credentials of that environment, then post one summary comment', () => {
    const pr = workflows.get('pull-request.yml')!;
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    const plan = pr.jobs.plan;
    expect(plan.environment).toBe('${{ matrix.environment }}-plan');
    expect(plan.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    const creds = plan.steps!.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials'));
    expect(creds?.with?.['role-to-assume']).toBe('${{ vars.AWS_ROLE_ARN }}');
    expect(plan.steps!.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run synth', 'npm run plan:stack -- ${{ matrix.stack }} --out-dir plans']);
    const summary = pr.jobs.summary;
    expect(summary.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const script = String(summary.steps!.find((s) => s.uses?.startsWith('actions/github-script'))?.with?.script);
    expect(script).toMatch(/startsWith\(marker\)[\s\S]*updateComment[\s\S]*createComment/);
  });

  it('deploy every environment of config/environments, one after another, each in its own GitHub environment', () => {
    const deploy = workflows.get('deploy.yml')!;
    expect(deploy.on).toEqual({ push: { branches: ['main'] } });
    const reusable = './.github/workflows/deploy-environment.yml';
    const deployJobs = new Map(Object.entries(deploy.jobs).filter(([, job]) => job.uses === reusable));
    expect([...deployJobs.keys()].sort()).toEqual(shippedEnvironmentNames());
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
    // prod (the name that turns on prevent_destroy) goes last, after every other environment.
    if (deployJobs.has('prod')) expect(order[order.length - 1]).toBe('prod');
    expect(existsSync(join(ROOT, reusable.replace('./', '')))).toBe(true);
    expect(workflows.get('deploy-environment.yml')!.jobs.deploy.environment).toBe('${{ inputs.environment }}');
  });
});
