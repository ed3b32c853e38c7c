import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UserError, runEntryPoint } from '../catalog/errors';
import { readPlan } from './plan/plan-json';
import { summarizePlans } from './plan/summarize';
import { renderSummary } from './plan/render';
import { renderSynthDiff, synthDiff } from './synth-diff';

const USAGE = `Usage:
  plan-summary [<plans dir | plan.json>...] [--synth-diff <base cdktf.out> <pr cdktf.out>] [--prod-pattern <regex>] [--out <file>]

Plans are "terraform show -json" output, one file per stack named <stack>.json.
--synth-diff compares two synthesized trees without Terraform. Writes markdown to --out or stdout.`;

/** A usage mistake: what was wrong, and where the options are. */
function usage(message: string): never {
  throw new UserError(`${message}. Run "npm run plan-summary -- --help" for the options.`);
}

function planFilesOf(path: string): string[] {
  if (!existsSync(path)) {
    throw new UserError(`${path}: no such file or directory; pass "terraform show -json" plan files, or a directory of <stack>.json plans (npm run plan:stack writes them to cdktf.out/plans).`);
  }
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(path, f));
}

/** Plan review (`bedrock-private plan-summary`, `npm run plan-summary`): writes the markdown; returns the exit code. */
export function planSummary(args: readonly string[]): number {
  const inputs: string[] = [];
  let out: string | undefined;
  let diffDirs: [string, string] | undefined;
  let prodPattern: RegExp | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg === '--out') out = args[++i] ?? usage('--out needs a file');
    else if (arg === '--prod-pattern') {
      const pattern = args[++i] ?? usage('--prod-pattern needs a regular expression');
      try {
        prodPattern = new RegExp(pattern);
      } catch (e) {
        usage(`--prod-pattern "${pattern}": not a regular expression (${(e as Error).message})`);
      }
    } else if (arg === '--synth-diff') {
      const [base, pr] = [args[++i], args[++i]];
      if (!base || !pr) usage('--synth-diff needs two cdktf.out directories: base, then PR');
      diffDirs = [base, pr];
    } else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else inputs.push(arg);
  }
  if (!inputs.length && !diffDirs) usage('give plan files, a directory of them, or --synth-diff <base> <pr>');

  const planFiles = inputs.flatMap(planFilesOf);
  const summary = summarizePlans(
    planFiles.map((file) => ({ stack: basename(file, '.json'), plan: readPlan(file) })),
    prodPattern ? { prodPattern } : {},
  );
  // Everything is read and rendered before --out is written: a bad input leaves no half-written file.
  const markdown = renderSummary(summary, diffDirs ? [renderSynthDiff(synthDiff(diffDirs[0], diffDirs[1]))] : []);
  if (out) writeFileSync(out, markdown);
  else process.stdout.write(markdown);
  return 0;
}

if (require.main === module) runEntryPoint({ name: 'plan-summary', exitCode: 1 }, () => planSummary(process.argv.slice(2)));
