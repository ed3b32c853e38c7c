/**
 * Benchmark: synth as a user waits for it, and how it scales with environments.
 *
 *   npm run bench [-- --reps 7]
 *
 * Whole process: each command runs from spawn to exit (bench/measure-process.py: wall time, and the
 * peak RSS of the whole process tree), alternating in every repetition so drift hits all alike;
 * medians. In-process: the same work timed inside a plain node child, from its first line to exit
 * (what node's own start-up and npm's do not include). Nothing here is a test: it prints tables.
 *
 * (a) Shipped environments: `npm run synth` and `node scripts/synth.js` against the floor (an empty
 *     cdktf App synthesized by plain node, bench/floor.js) and the @cdktf/provider-aws barrel.
 *     Targets: npm run synth <= 3x the floor, peak RSS <= 200 MB.
 * (b) 1, 3, 10 and 30 generated environments (distinct accounts and CIDRs): the marginal cost of one
 *     more environment (slope 3 -> 30) as a share of the 3-environment synth. Target: <= 10%.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runEntryPoint } from '../catalog/errors';
import { median, table } from './stats';

const REPO = join(__dirname, '..');
const SYNTH = join(REPO, 'scripts', 'synth.js');
const MEASURE = join(__dirname, 'measure-process.py');

interface Sample {
  readonly ms: number;
  readonly maxRssMb: number;
}

interface Work {
  readonly label: string;
  /** The command, as a user runs it. */
  readonly command: readonly string[];
  /** JavaScript a plain node child runs to do the same work in-process, if it can. */
  readonly inProcess?: string;
}

/** Node code that times `body` from the child's first line to exit and prints {ms, maxRssMb}. */
const timed = (body: string) =>
  `const started = performance.now(); process.on('exit', () => process.stdout.write(JSON.stringify({ ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }))); ${body}`;

const FLOOR: Work = { label: 'floor: empty cdktf App, plain node', command: ['node', join(__dirname, 'floor.js')], inProcess: timed(`require(${JSON.stringify(join(__dirname, 'floor.js'))})`) };
const NPM_SYNTH: Work = { label: 'npm run synth', command: ['npm', 'run', '--silent', 'synth'] };
const NODE_SYNTH: Work = { label: 'node scripts/synth.js (what npm runs)', command: ['node', SYNTH], inProcess: timed(`require(${JSON.stringify(SYNTH)})`) };
const BARREL: Work = {
  label: 'require the provider barrel',
  command: ['node', '-e', `require(${JSON.stringify(['@cdktf', 'provider-aws'].join('/'))})`],
  // The barrel on purpose, by a computed name: this is the cost every deep import avoids.
  inProcess: timed(`require(${JSON.stringify(['@cdktf', 'provider-aws'].join('/'))})`),
};

/** Valid environment files, one account and one /20 each, so N environments never overlap, shaped like the shipped ones. */
function writeEnvironments(dir: string, count: number): void {
  mkdirSync(dir);
  for (let i = 0; i < count; i++) {
    const accountId = String(100000000000 + i + 1);
    const role = (name: string) => [`arn:aws:iam::${accountId}:role/${name}`];
    const raw = {
      accountId,
      region: 'us-east-1',
      vpcCidr: `10.${100 + Math.floor(i / 16)}.${(i % 16) * 16}.0/20`,
      azIds: ['use1-az1', 'use1-az2', 'use1-az4'],
      tags: { owner: 'bench', costCentre: 'cc-0' },
      // Shaped like the shipped environments: everyone named (no warnings), invocation logging on.
      people: { deployers: role('deployer'), dataStewards: role('steward'), jobSubmitters: role('submitter'), modelInvokers: role('invoker') },
      invocationLogging: {},
      jobs: { batchModelIds: ['anthropic.claude-3-haiku-20240307-v1:0'] },
    };
    writeFileSync(join(dir, `gen${String(i + 1).padStart(2, '0')}.json`), JSON.stringify(raw));
  }
}

/** Runs one piece of work twice over (whole process, then in-process) in a fresh output directory. */
function measure(work: Work, env: NodeJS.ProcessEnv): { whole: Sample; inProcess?: Sample } {
  const outdir = mkdtempSync(join(tmpdir(), 'bench-synth-'));
  try {
    const childEnv = { ...env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: '1' };
    const whole = JSON.parse(execFileSync('python3', [MEASURE, ...work.command], { cwd: REPO, env: childEnv, encoding: 'utf8' })) as Sample & { status: number };
    if (whole.status !== 0) throw new Error(`${work.command.join(' ')} exited ${whole.status}`);
    const inProcess = work.inProcess === undefined ? undefined : (JSON.parse(execFileSync('node', ['-e', work.inProcess], { cwd: REPO, env: childEnv, encoding: 'utf8' })) as Sample);
    return { whole, inProcess };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Alternates the works `reps` times; per work, the medians of each figure. */
function alternate(works: readonly Work[], reps: number, envFor: (work: Work) => NodeJS.ProcessEnv) {
  for (const work of works) measure(work, envFor(work)); // warm the build, the page cache and npm's: not measured
  const samples = works.map(() => [] as Array<ReturnType<typeof measure>>);
  for (let r = 0; r < reps; r++) works.forEach((work, i) => samples[i].push(measure(work, envFor(work))));
  return samples.map((s) => ({
    ms: median(s.map((x) => x.whole.ms)),
    rss: median(s.map((x) => x.whole.maxRssMb)),
    peakRss: Math.max(...s.map((x) => x.whole.maxRssMb)),
    inMs: s[0].inProcess ? median(s.map((x) => x.inProcess!.ms)) : undefined,
  }));
}

const fmt = (n: number | undefined, digits = 0) => (n === undefined ? '-' : n.toFixed(digits));

function shipped(reps: number): void {
  const works = [FLOOR, NPM_SYNTH, NODE_SYNTH, BARREL];
  const results = alternate(works, reps, () => ({ ...process.env }));
  const floor = results[0].ms;
  console.log(`\n(a) Shipped environments, whole process from spawn to exit (medians of ${reps}, alternating)\n`);
  console.log(
    table(
      ['work', 'wall ms', 'x floor', 'peak RSS MB', 'in-process ms'],
      works.map((w, i) => [w.label, fmt(results[i].ms), fmt(results[i].ms / floor, 2), fmt(results[i].peakRss), fmt(results[i].inMs)]),
    ),
  );
  const ratio = results[1].ms / floor;
  const rss = Math.max(results[1].peakRss, results[2].peakRss);
  console.log(`\nnpm run synth = ${ratio.toFixed(2)}x the floor (target <= 3: ${ratio <= 3 ? 'met' : 'NOT met'}); peak RSS ${rss.toFixed(0)} MB (target <= 200: ${rss <= 200 ? 'met' : 'NOT met'})`);
  const inRatio = results[2].inMs! / results[3].inMs!;
  console.log(`in-process: synth = ${inRatio.toFixed(2)} of the barrel load (the earlier in-process figure)`);
}

function scaling(reps: number): void {
  const counts = [1, 3, 10, 30];
  const root = mkdtempSync(join(tmpdir(), 'bench-envs-'));
  try {
    const dirs = new Map(counts.map((count) => [count, join(root, `envs-${count}`)]));
    for (const [count, dir] of dirs) writeEnvironments(dir, count);
    const works = counts.map((count): Work => ({ ...NODE_SYNTH, label: String(count) }));
    const results = alternate(works, reps, (work) => ({ ...process.env, BEDROCK_ENV_DIR: dirs.get(Number(work.label)) }));
    console.log(`\n(b) Generated environments: node scripts/synth.js (medians of ${reps}, alternating)\n`);
    console.log(
      table(
        ['environments', 'wall ms', 'in-process ms', 'peak RSS MB', 'marginal wall ms / env (vs previous row)'],
        results.map((r, i) => [
          String(counts[i]),
          fmt(r.ms),
          fmt(r.inMs),
          fmt(r.peakRss),
          i === 0 ? '-' : fmt((r.ms - results[i - 1].ms) / (counts[i] - counts[i - 1]), 1),
        ]),
      ),
    );
    const [three, thirty] = [results[1], results[3]];
    const added = counts[3] - counts[1];
    const marginal = (thirty.ms - three.ms) / added;
    const marginalIn = (thirty.inMs! - three.inMs!) / added;
    console.log(
      `\none more environment: ${marginal.toFixed(1)} ms = ${((marginal / three.ms) * 100).toFixed(1)}% of the 3-environment synth, whole process ` +
        `(target <= 10%: ${marginal / three.ms <= 0.1 ? 'met' : 'NOT met'}); in-process ${marginalIn.toFixed(1)} ms = ${((marginalIn / three.inMs!) * 100).toFixed(1)}%`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

runEntryPoint({ name: 'bench', exitCode: 1 }, () => {
  const { values } = parseArgs({ options: { reps: { type: 'string', default: '7' } } });
  const reps = Number(values.reps);
  shipped(reps);
  scaling(Math.max(5, reps));
});
