/**
 * Benchmark: the CLI's start-up from the compiled package, as a user waits for it.
 *
 *   npm run bench:cli [-- --reps 15]
 *
 * Packs the package as `npm pack` does (prepack builds dist/), unpacks the tarball into a scratch directory
 * laid out like an install (the package's own files only; node_modules links this checkout's), and runs
 * its bin from spawn to exit (bench/measure-process.py), alternating with the reference in every
 * repetition so drift hits all alike; medians. The reference is bare `node` loading the SDK client the
 * audit uses (require('@aws-sdk/client-bedrock')): what any Node tool on the SDK pays before its first
 * line. Also prints the package's size, packed and unpacked. Nothing here is a test: it prints tables.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runEntryPoint } from '../catalog/errors';
import { median, table } from './stats';

const REPO = join(__dirname, '..');
const MEASURE = join(__dirname, 'measure-process.py');

interface Work {
  readonly label: string;
  readonly command: readonly string[];
}

interface Packed {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly entryCount: number;
}

/** `npm pack` into dir (which builds dist/), unpacked into dir/package with this checkout's node_modules linked. */
function packAndUnpack(dir: string): { root: string; packed: Packed } {
  const env = { ...process.env, NPM_CONFIG_UPDATE_NOTIFIER: 'false' };
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: REPO, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Packed[];
  execFileSync('tar', ['xzf', join(dir, packed.filename), '-C', dir]);
  const root = join(dir, 'package');
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  return { root, packed };
}

function measure(work: Work, cwd: string): number {
  const sample = JSON.parse(execFileSync('python3', [MEASURE, ...work.command], { cwd, encoding: 'utf8' })) as { ms: number; status: number };
  if (sample.status !== 0) throw new Error(`${work.command.join(' ')} exited ${sample.status}`);
  return sample.ms;
}

runEntryPoint({ name: 'bench:cli', exitCode: 1 }, () => {
  const { values } = parseArgs({ options: { reps: { type: 'string', default: '15' } } });
  const reps = Number(values.reps);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    const { root, packed } = packAndUnpack(scratch);
    mkdirSync(join(scratch, 'cwd'));
    const bin = join(root, 'bin', 'bedrock-private.js');
    const reference: Work = { label: "reference: node -e \"require('@aws-sdk/client-bedrock')\"", command: ['node', '-e', `require(${JSON.stringify(join(root, 'node_modules', '@aws-sdk', 'client-bedrock'))})`] };
    const works: Work[] = [
      reference,
      { label: 'node -e 0 (node itself)', command: ['node', '-e', '0'] },
      {
        label: 'node loading both SDK clients the audit uses (bedrock, iam)',
        command: ['node', '-e', ['client-bedrock', 'client-iam'].map((c) => `require(${JSON.stringify(join(root, 'node_modules', '@aws-sdk', c))})`).join(';')],
      },
      { label: 'bedrock-private --help', command: ['node', bin, '--help'] },
      { label: 'bedrock-private audit --help (loads the audit and the SDK clients)', command: ['node', bin, 'audit', '--help'] },
      { label: 'bedrock-private job --help', command: ['node', bin, 'job', '--help'] },
      { label: 'bedrock-private synth --help', command: ['node', bin, 'synth', '--help'] },
    ];
    const cwd = join(scratch, 'cwd');
    for (const work of works) measure(work, cwd); // warm the page cache: not measured
    const samples = works.map(() => [] as number[]);
    for (let r = 0; r < reps; r++) works.forEach((work, i) => samples[i].push(measure(work, cwd)));
    const medians = samples.map(median);
    console.log(`\nCLI start-up from the packed package, whole process from spawn to exit (medians of ${reps}, alternating)\n`);
    console.log(table(['command', 'wall ms', 'x reference'], works.map((w, i) => [w.label, medians[i].toFixed(0), (medians[i] / medians[0]).toFixed(2)])));
    console.log(
      `\nbedrock-private --help = ${(medians[3] / medians[0]).toFixed(2)}x, audit --help = ${(medians[4] / medians[0]).toFixed(2)}x bare node loading the SDK client` +
        `\npackage ${packed.filename}: ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked, ${packed.entryCount} files`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
