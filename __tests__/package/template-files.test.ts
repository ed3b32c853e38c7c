import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PACKAGE_COMMANDS } from '../../bin/commands';

/**
 * The platform repository template (examples/platform) as files: what a team copies. The slow
 * template.test.ts installs and runs it; this checks, fast, that it holds only a team's own files, follows
 * this release, and that its workflows call what exists.
 */

const REPO = join(__dirname, '..', '..');
const TEMPLATE = join(REPO, 'examples', 'platform');
const WORKFLOWS = join(TEMPLATE, '.github', 'workflows');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
const template = JSON.parse(readFileSync(join(TEMPLATE, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };

interface Step {
  readonly run?: string;
  readonly uses?: string;
}
interface Job {
  readonly needs?: string | string[];
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
  readonly steps?: Step[];
}
const workflows = new Map(
  readdirSync(WORKFLOWS)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => [f, parse(readFileSync(join(WORKFLOWS, f), 'utf8'), { strict: true, uniqueKeys: true }) as { jobs: Record<string, Job> }]),
);
const runs = [...workflows.values()].flatMap((w) => Object.values(w.jobs).flatMap((j) => (j.steps ?? []).flatMap((s) => (s.run ? [s.run] : []))));
const environments = readdirSync(join(TEMPLATE, 'config', 'environments'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));

describe('the platform repository template (examples/platform), as files', () => {
  it('holds only what a team owns: its config, address lists, workflows, and a few lines of wiring', () => {
    expect(readdirSync(TEMPLATE).sort()).toEqual(['.github', '.gitignore', 'README.md', 'addresses', 'cdktf.json', 'config', 'main.ts', 'package.json', 'scripts', 'tsconfig.json']);
    const main = readFileSync(join(TEMPLATE, 'main.ts'), 'utf8');
    expect([...main.matchAll(/from '([^']+)'/g)].map((m) => m[1])).toEqual([pkg.name]);
    expect(main.split('\n').filter((l) => l.trim() && !l.trim().startsWith('//')).length).toBeLessThanOrEqual(5);
  });

  it('depends on exactly this release of the package', () => {
    expect(template.dependencies[pkg.name]).toBe(pkg.version);
  });

  it('points every environment file at the JSON Schema the package ships', () => {
    for (const env of environments) {
      const raw = JSON.parse(readFileSync(join(TEMPLATE, 'config', 'environments', `${env}.json`), 'utf8')) as { $schema?: string };
      expect([env, raw.$schema]).toEqual([env, `../../node_modules/${pkg.name}/schema/environment.schema.json`]);
    }
  });

  it('runs only bedrock-private commands the package has and npm scripts the template has', () => {
    const commands = runs.flatMap((r) => [...r.matchAll(/npx bedrock-private ([\w-]+)/g)].map((m) => m[1]));
    expect(new Set(commands)).toEqual(new Set(['addresses', 'checkov', 'plan-summary']));
    expect(commands.filter((c) => !(c in PACKAGE_COMMANDS))).toEqual([]);
    const scripts = runs.flatMap((r) => [...r.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
    expect(scripts.filter((s) => !(s in template.scripts))).toEqual([]);
  });

  it('puts no expression into a shell script (values reach run steps through env)', () => {
    expect(runs.filter((r) => r.includes('${{'))).toEqual([]);
  });

  it('deploys every environment of the template, one after another, prod last', () => {
    const jobs = workflows.get('deploy.yml')!.jobs;
    const chain = Object.entries(jobs).filter(([, j]) => j.uses === './.github/workflows/deploy-environment.yml');
    expect(chain.map(([, j]) => j.with?.environment).sort()).toEqual([...environments].sort());
    chain.forEach(([name, job], i) => expect([name, job.needs]).toEqual([name, i === 0 ? 'check' : chain[i - 1][0]]));
    expect(chain[chain.length - 1][0]).toBe('prod');
  });
});
