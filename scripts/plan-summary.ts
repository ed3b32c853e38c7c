import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readPlan } from './lib/plan/plan-json';
import { summarizePlans } from './lib/plan/summarize';
import { renderSummary } from './lib/plan/render';
import { renderSynthDiff, synthDiff } from './lib/synth-diff';

const USAGE = `Usage:
  plan-summary [<plans dir | plan.json>...] [--synth-diff <base cdktf.out> <pr cdktf.out>] [--prod-pattern <regex>] [--out <file>]

Plans are "terraform show -json" output, one file per stack named <stack>.json.
--synth-diff compares two synthesized trees without Terraform. Writes markdown to --out or stdout.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const inputs: string[] = [];
let out: string | undefined;
let diffDirs: [string, string] | undefined;
let prodPattern: RegExp | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (arg === '--out') out = args[++i] ?? fail('--out needs a file');
  else if (arg === '--prod-pattern') prodPattern = new RegExp(args[++i] ?? fail('--prod-pattern needs a regex'));
  else if (arg === '--synth-diff') {
    const [base, pr] = [args[++i], args[++i]];
    if (!base || !pr) fail('--synth-diff needs two cdktf.out directories: base, then PR');
    diffDirs = [base, pr];
  } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
  else inputs.push(arg);
}
if (!inputs.length && !diffDirs) fail('give plan files, a directory of them, or --synth-diff');

const planFiles = inputs.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(p, f))
    : [p],
);
const summary = summarizePlans(
  planFiles.map((file) => ({ stack: basename(file, '.json'), plan: readPlan(file) })),
  prodPattern ? { prodPattern } : {},
);
const markdown = renderSummary(summary, diffDirs ? [renderSynthDiff(synthDiff(diffDirs[0], diffDirs[1]))] : []);
if (out) writeFileSync(out, markdown);
else process.stdout.write(markdown);
