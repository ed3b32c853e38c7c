import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { REPO, firstRunEnv, run } from '../helpers/run';

/**
 * help/adding-an-environment.md, followed to the letter on a copy of the repo: its shell blocks run as
 * written and its workflow snippet goes where it says. Then the suites that depend on the environment
 * list must pass. (The guide's last step is `npm test`; here it runs those suites only, because the
 * whole suite, checkov included, would take minutes and would run this test again inside itself.)
 */
const GUIDE = readFileSync(join(REPO, 'help', 'adding-an-environment.md'), 'utf8');
const ENVIRONMENT_SUITES = [
  '__tests__/config/validation.test.ts',
  '__tests__/addresses',
  '__tests__/workflows',
  '__tests__/rules/guardrails-synth.test.ts',
  '__tests__/network',
  '__tests__/determinism.test.ts',
];

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
  // The Python tools too (zizmor runs in the workflows suite), as the repo's own checkout has them.
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

describe('help/adding-an-environment.md, step by step', () => {
  let copy: string;
  beforeAll(() => {
    copy = copyRepo();
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('documents the steps as one shell block to add and record, a workflow job, and npm test', () => {
    expect(blocks('sh')).toHaveLength(2);
    expect(blocks('sh')[1].trim()).toBe('npm test');
    expect(blocks('yaml')).toHaveLength(1);
    expect(GUIDE).not.toMatch(/addresses:update\s+# commits/);
  });

  it('keeps the suite green after adding an environment as the guide says', async () => {
    const env = firstRunEnv();
    const add = await run('sh', ['-eu', '-c', blocks('sh')[0]], { cwd: copy, env });
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    const name = addDeployJob(copy, blocks('yaml')[0]);
    expect(existsSync(join(copy, 'config', 'environments', `${name}.json`))).toBe(true);
    expect(existsSync(join(copy, 'cdktf.out', 'stacks', `bedrock-${name}`, 'cdk.tf.json'))).toBe(true);
    expect(readFileSync(join(copy, '__tests__', 'fixtures', 'addresses', `bedrock-${name}.txt`), 'utf8')).toContain('aws_vpc.');

    const suites = await run(join(copy, 'node_modules', '.bin', 'jest'), ['--ci', '--silent', ...ENVIRONMENT_SUITES], { cwd: copy, env, timeoutMs: 240_000 });
    expect({ code: suites.code, failed: suites.stderr.split('\n').filter((l) => /✕|● /.test(l)) }).toEqual({ code: 0, failed: [] });
    expect(suites.stderr).toMatch(/Test Suites: (\d+) passed, \1 total/);
  }, 420_000); // the guide's commands and a nested jest run (240 s bound): beyond the default 60 s on a loaded runner
});
