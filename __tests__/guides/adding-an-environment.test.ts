import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { REPO, firstRunEnv, run } from '../helpers/run';
import { SEED_DIR } from '../helpers/seeds';

/**
 * help/adding-an-environment.md, followed to the letter on a copy of the repo: its shell blocks run as
 * written and its workflow snippet goes where it says. The README's shorter example (an environment file
 * without `people`) is added too, by the same steps. Then the guide's last step, the tests: the whole unit
 * suite (`npm run test:unit`) but this file, which would otherwise run itself inside the copy, again and
 * again. typecheck, lint and the deploy loop do not read the environment list; checkov runs on the
 * synthesized stacks in `npm test`.
 */
const GUIDE = readFileSync(join(REPO, 'help', 'adding-an-environment.md'), 'utf8');
const README = readFileSync(join(REPO, 'README.md'), 'utf8');
const UNIT_CONFIG = createRequire(__filename)(join(REPO, 'jest.config.js')) as { testPathIgnorePatterns: string[] };
/** The unit suite on a loaded 2-core runner takes minutes; a bound on a hang, never a speed assertion. */
const UNIT_SUITE_TIMEOUT_MS = 15 * 60_000;

/** The fenced blocks of one language in the guide's Steps section, in order, without their indentation. */
function blocks(language: string): string[] {
  const steps = GUIDE.slice(GUIDE.indexOf('## Steps'), GUIDE.indexOf('\n## ', GUIDE.indexOf('## Steps') + 1));
  return [...steps.matchAll(new RegExp(`^( *)\`\`\`${language}\\n([\\s\\S]*?)^\\1\`\`\`$`, 'gm'))].map(([, indent, body]) =>
    body
      .split('\n')
      .map((line) => line.slice(indent.length))
      .join('\n'),
  );
}

/** A copy of the repo's tracked files (and new ones not yet committed), sharing node_modules. */
function copyRepo(): string {
  const copy = mkdtempSync(join(tmpdir(), 'add-environment-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: REPO, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    // Regular files only: not what the work tree deleted, nor a symlinked node_modules or .venv.
    if (!existsSync(join(REPO, file)) || !lstatSync(join(REPO, file)).isFile()) continue;
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    copyFileSync(join(REPO, file), join(copy, file));
  }
  symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'));
  // The unit suite's moto-backed tests run the repo's emulator from .venv.
  if (existsSync(join(REPO, '.venv'))) symlinkSync(join(REPO, '.venv'), join(copy, '.venv'));
  return copy;
}

/** Step 2: the guide's job goes before the job it names as following it, which then needs it. */
function addDeployJob(copy: string, snippet: string): string {
  const job = parseDocument(snippet).toJS() as Record<string, { needs: string }>;
  const [[name, spec]] = Object.entries(job);
  const path = join(copy, '.github', 'workflows', 'deploy.yml');
  const workflow = parseDocument(readFileSync(path, 'utf8'));
  const jobs = workflow.toJS().jobs as Record<string, { needs?: string }>;
  const follower = Object.keys(jobs).find((id) => jobs[id].needs === spec.needs);
  expect(follower).toBeDefined();
  workflow.setIn(['jobs', follower!, 'needs'], name);
  workflow.setIn(['jobs', name], workflow.createNode(spec));
  writeFileSync(path, workflow.toString());
  return name;
}

/** The README's example environment: its file name and its JSON, from the Environments section. */
function readmeExample(): { name: string; json: string } {
  const section = README.slice(README.indexOf('## Environments'), README.indexOf('\n## ', README.indexOf('## Environments') + 1));
  const name = /`config\/environments\/([a-z][a-z0-9-]+)\.json`/.exec(section)?.[1];
  const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
  if (!name || !json) throw new Error('README.md: the Environments section no longer shows an example file');
  return { name, json };
}

describe('help/adding-an-environment.md, step by step', () => {
  let copy: string;
  beforeAll(() => {
    copy = copyRepo();
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('documents the steps as shell blocks to add and record, to re-render the organization policies, and npm test, with a workflow job', () => {
    expect(blocks('sh')).toHaveLength(3);
    expect(blocks('sh')[1].trim()).toMatch(/^npm run org:render\b/);
    expect(blocks('sh')[2].trim()).toBe('npm test');
    expect(blocks('yaml')).toHaveLength(1);
    expect(GUIDE).not.toMatch(/addresses:update\s+# commits/);
    // The README sends its reader through the same steps, and says the organization's RCP changes.
    expect(README).toContain('[help/adding-an-environment.md](help/adding-an-environment.md) says step by step');
    expect(README).toMatch(/adding an environment changes the organization's resource control policy[^]*npm run org:render/);
  });

  it('keeps the whole unit suite green after adding the guide\'s environment and the README\'s', async () => {
    const env = firstRunEnv();
    const organization = existsSync(join(copy, 'config', 'organization.json'));
    const orgRender = (out: string) => run('npm', ['run', '--silent', 'org:render', '--', '--out-dir', join(copy, out)], { cwd: copy, env });
    const before = organization ? await orgRender('org-before') : undefined;
    // The guide's environment: its commands as written, its workflow job where it says.
    const add = await run('sh', ['-eu', '-c', blocks('sh')[0]], { cwd: copy, env });
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    const name = addDeployJob(copy, blocks('yaml')[0]);
    expect(existsSync(join(copy, 'config', 'environments', `${name}.json`))).toBe(true);
    expect(existsSync(join(copy, 'cdktf.out', 'stacks', `bedrock-${name}`, 'cdk.tf.json'))).toBe(true);
    expect(readFileSync(join(copy, '__tests__', 'fixtures', 'addresses', `bedrock-${name}.txt`), 'utf8')).toContain('aws_vpc.');

    // The README's environment, by the same steps: its file, the synth and address commands, a deploy job after the guide's.
    const example = readmeExample();
    writeFileSync(join(copy, 'config', 'environments', `${example.name}.json`), example.json);
    const record = await run('sh', ['-eu', '-c', 'npm run synth && npm run addresses:update'], { cwd: copy, env });
    expect(record.code).toBe(0);
    // Without people, synth warns (on stderr) about each role left out: the README says so, and that is all it says.
    expect(record.stderr.split('\n').filter((line) => line && !line.startsWith(`warning: environment "${example.name}"`))).toEqual([]);
    const job = (parseDocument(blocks('yaml')[0]).toJS() as Record<string, Record<string, unknown>>)[name];
    addDeployJob(copy, `${example.name}: ${JSON.stringify({ ...job, needs: name, with: { environment: example.name } })}`);

    // Step 3, with an organization file: the policies re-rendered from the new environments.
    if (before) {
      const after = await run('sh', ['-eu', '-c', blocks('sh')[1]], { cwd: copy, env });
      expect({ code: after.code, stderr: after.stderr }).toEqual({ code: 0, stderr: '' });
      const rcpBytes = (out: string) => Number(/RESOURCE_CONTROL_POLICY, (\d+) of 5120 bytes/.exec(out)?.[1]);
      // The guide's environment names a steward and a deployer, so the RCP grows: the change the guide says to deploy.
      expect(rcpBytes(after.stdout)).toBeGreaterThan(rcpBytes(before.stdout));
    }

    // Step 4, `npm test`: the whole unit suite but this file.
    const ignore = [...UNIT_CONFIG.testPathIgnorePatterns, '/__tests__/guides/'].flatMap((pattern) => ['--testPathIgnorePatterns', pattern]);
    // The copy is outside the checkout, so the seed documents beside it are named (helpers/seeds.ts).
    const suites = await run(join(copy, 'node_modules', '.bin', 'jest'), ['--ci', '--silent', ...ignore], { cwd: copy, env: { ...env, BEDROCK_SEED_DIR: SEED_DIR }, timeoutMs: UNIT_SUITE_TIMEOUT_MS });
    expect({ code: suites.code, failed: suites.stderr.split('\n').filter((l) => /✕|● /.test(l)) }).toEqual({ code: 0, failed: [] });
    expect(suites.stderr).toMatch(/Test Suites: (\d+) passed, \1 total/);
    expect(suites.stderr).not.toContain('adding-an-environment.test.ts');
  }, UNIT_SUITE_TIMEOUT_MS + 5 * 60_000); // the guide's commands, then the nested unit suite (bounded above)
});
