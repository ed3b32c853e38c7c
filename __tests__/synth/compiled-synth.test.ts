import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_ENV } from '../helpers/synth';

/**
 * scripts/synth.js runs main.ts compiled into .build/ and must never synthesize old code. Each case
 * works on a scratch copy of the project (its own .build/), so the repo's build is never touched.
 */
const repo = join(__dirname, '..', '..');
const COPIED = ['main.ts', 'catalog', 'config', 'modules', 'rules', 'stacks', 'scripts/synth.js', 'scripts/compile-cache.js', 'tsconfig.json', 'tsconfig.synth.json', 'package.json', 'cdktf.json'];

interface Pointer {
  readonly key: string;
  readonly dir: string;
  readonly inputs: readonly string[];
}

let project: string;
/**
 * This suite's own environment (one, every role named, invocation logging on, so no guardrail warning) and no
 * organization file: whatever environments the repo holds, synth here writes bedrock-dev and nothing on stderr.
 * (A guardrail warning would also differ between the two builds: a debug run keeps its stack trace.)
 */
const OWN_CONFIG = () => ({ BEDROCK_ENV_DIR: join(project, 'test-environments'), BEDROCK_ORG_FILE: join(project, 'no-organization.json') });
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'compiled-synth-'));
  mkdirSync(join(project, 'test-environments'));
  const role = (name: string) => [`arn:aws:iam::${BASE_ENV.accountId}:role/${name}`];
  const people = {
    deployers: role('deployer'),
    planners: role('planner'),
    dataStewards: role('steward'),
    jobSubmitters: role('submitter'),
    modelInvokers: role('invoker'),
    logReaders: role('log-reader'),
    origins: { sourceIps: ['198.51.100.0/24'] },
  };
  writeFileSync(join(project, 'test-environments', 'dev.json'), JSON.stringify({ ...BASE_ENV, people, invocationLogging: {} }));
  mkdirSync(join(project, 'scripts'));
  for (const path of COPIED) cpSync(join(repo, path), join(project, path), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(project, 'node_modules'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

function synth(outdir = join(project, 'cdktf.out'), extraEnv: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [join(project, 'scripts', 'synth.js')], {
    cwd: project,
    env: { ...process.env, ...OWN_CONFIG(), CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: '1', ...extraEnv },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const pointer = (): Pointer => JSON.parse(readFileSync(join(project, '.build', 'synth.json'), 'utf8')) as Pointer;
const builds = () => readdirSync(join(project, '.build')).filter((name) => name.startsWith('synth-'));
const outputDescription = (outdir: string) =>
  (JSON.parse(readFileSync(join(outdir, 'stacks', 'bedrock-dev', 'cdk.tf.json'), 'utf8')) as { output: Record<string, { description: string }> }).output.environment.description;

describe('synth from compiled JavaScript', () => {
  it('compiles on the first run and records every source it compiled', () => {
    // Success is one line on stdout (what was written, where); anything on stderr would be a warning.
    expect(synth()).toEqual({ status: 0, stdout: 'synthesized 1 stack into cdktf.out/stacks: bedrock-dev\n', stderr: '' });
    const { inputs, dir } = pointer();
    expect(inputs).toEqual(expect.arrayContaining(['main.ts', 'config/load.ts', 'catalog/stacks.ts', 'catalog/auditor-policy.json', 'rules/guardrails.ts']));
    expect(inputs.some((path) => path.startsWith('config/environments/'))).toBe(false); // data, read at run time
    expect(builds()).toEqual([dir]);
    // One bundle of the compiled sources and their packages, and its code cache (scripts/compile-cache.js),
    // under one generation.
    expect(existsSync(join(project, '.build', dir, 'synth.bundle.js'))).toBe(true);
    const generations = readdirSync(join(project, '.build', 'compile-cache'));
    expect(generations).toHaveLength(1);
    expect(readdirSync(join(project, '.build', 'compile-cache', generations[0]))).toHaveLength(1);
  });

  it('writes the same output from the bundle (no per-token stack traces) as a debug run of the unbundled build', () => {
    const bundled = join(project, 'out-bundled');
    const debug = join(project, 'out-debug');
    expect(synth(bundled).status).toBe(0);
    expect(synth(debug, { BEDROCK_PRIVATE_DEBUG: '1' }).status).toBe(0);
    const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.json') || f.endsWith('.md')).sort();
    expect(files(debug)).toEqual(files(bundled));
    for (const file of files(bundled)) expect({ file, text: readFileSync(join(debug, file), 'utf8') }).toEqual({ file, text: readFileSync(join(bundled, file), 'utf8') });
  });

  it('reuses the build while the sources are unchanged, even when only their times change', () => {
    const before = pointer();
    const builtAt = statSync(join(project, '.build', before.dir, 'main.js')).mtimeMs;
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(project, 'catalog', 'stacks.ts'), later, later);
    expect(synth().status).toBe(0);
    expect(pointer()).toEqual(before);
    expect(statSync(join(project, '.build', before.dir, 'main.js')).mtimeMs).toBe(builtAt);
  });

  it('recompiles when a source changes, and the output shows the change', () => {
    const before = pointer();
    const file = join(project, 'catalog', 'stacks.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace("environment: 'Environment name'", "environment: 'Environment name (edited)'"));
    const outdir = join(project, 'edited.out');
    expect(synth(outdir).status).toBe(0);
    expect(pointer().key).not.toBe(before.key);
    expect(builds()).toEqual([pointer().dir]); // the stale build is gone
    expect(outputDescription(outdir)).toBe('Environment name (edited)');
  });

  it('refuses to build when a compiled source is deleted, and rebuilds once it is back', () => {
    const before = pointer();
    const file = join(project, 'catalog', 'auditor-policy.json');
    rmSync(file);
    const result = synth(join(project, 'deleted.out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("synth: the sources do not compile; fix them and run synth again:\nstacks/environment-stack.ts: imports '../catalog/auditor-policy.json', which does not exist\n");
    expect(pointer()).toEqual(before); // nothing recorded, so the next run compiles again
    cpSync(join(repo, 'catalog', 'auditor-policy.json'), file);
    expect(synth(join(project, 'restored.out')).status).toBe(0);
  });

  it('stops with the compiler\'s message when a source does not parse, and writes nothing', () => {
    const file = join(project, 'config', 'cidr.ts');
    const source = readFileSync(file, 'utf8');
    writeFileSync(file, source.replace('export function formatCidr(c: Cidr): string {', 'export function formatCidr(c: Cidr): string {{'));
    const outdir = join(project, 'broken.out');
    const result = synth(outdir);
    writeFileSync(file, source);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^synth: the sources do not compile; fix them and run synth again:\nconfig\/cidr\.ts\(\d+,\d+\): error TS1005: '}' expected\.\n/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(() => readdirSync(outdir)).toThrow(/ENOENT/);
  });
});

describe('the code cache', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { generationDir } = require('../../scripts/compile-cache.js') as { generationDir: (root: string, projectRoot: string) => string | undefined };

  it('starts a new generation, and drops the old one, whenever npm records a new install', () => {
    const root = mkdtempSync(join(tmpdir(), 'compile-cache-'));
    try {
      const record = join(root, 'project', 'node_modules', '.package-lock.json');
      mkdirSync(join(root, 'project', 'node_modules'), { recursive: true });
      expect(generationDir(join(root, 'cache'), join(root, 'project'))).toBeUndefined(); // nothing to key on: no cache
      writeFileSync(record, '{"packages":{"node_modules/cdktf":{"version":"0.21.0"}}}');
      const first = generationDir(join(root, 'cache'), join(root, 'project'));
      expect(generationDir(join(root, 'cache'), join(root, 'project'))).toBe(first);
      writeFileSync(record, '{"packages":{"node_modules/cdktf":{"version":"0.21.1"}}}');
      const second = generationDir(join(root, 'cache'), join(root, 'project'));
      expect(second).not.toBe(first);
      expect(readdirSync(join(root, 'cache'))).toEqual([second!.split('/').pop()]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
