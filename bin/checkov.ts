import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UserError } from '../catalog/errors';

export const CHECKOV_USAGE = `Usage: bedrock-private checkov [<cdktf.out>] [-- <checkov arguments>]

Runs your checkov over every synthesized stack (<cdktf.out>/stacks/*/cdk.tf.json; <cdktf.out> defaults to
CDKTF_OUTDIR, else ./cdktf.out) with the platform's skips and its own checks CKV_BPP_1 (VPC endpoint
policies) and CKV_BPP_2 (organization policies). checkov 3.3.30 crashes on terraform.required_version
(bridgecrewio/checkov#7454) and then scans nothing, so each stack is scanned from a copy without that one
string, under the same relative path: findings name your files. Arguments after "--" go to checkov as
they are (an output format, a baseline). The exit code is checkov's.

Environment variables:
  CHECKOV  the checkov executable (default: checkov on PATH)`;

/** The skips and custom checks: copied beside dist/ by scripts/build.js; in a checkout, the repository's own. */
function platformCheckovFiles(): { config: string; checks: string } {
  const shipped = join(__dirname, '..', 'checkov');
  if (existsSync(shipped)) return { config: join(shipped, 'checkov.yaml'), checks: join(shipped, 'checks') };
  const root = join(__dirname, '..');
  return { config: join(root, '.checkov.yaml'), checks: join(root, 'scripts', 'checkov-checks') };
}

/** checkov options whose value is a path: given relative to where the user is, but checkov runs in the scan directory. */
const PATH_OPTIONS = ['--output-file-path', '--baseline', '--external-checks-dir', '--config-file'];

function resolvePathOptions(args: readonly string[]): string[] {
  return args.map((arg, i) => {
    const [option, value] = arg.split(/=(.*)/s);
    if (value !== undefined && PATH_OPTIONS.includes(option)) return `${option}=${resolve(value)}`;
    return i > 0 && PATH_OPTIONS.includes(args[i - 1]) ? resolve(arg) : arg;
  });
}

/** `bedrock-private checkov`: returns checkov's exit code. */
export function runCheckov(argv: readonly string[]): number {
  const split = argv.indexOf('--');
  const own = split < 0 ? argv : argv.slice(0, split);
  const passThrough = split < 0 ? [] : argv.slice(split + 1);
  if (own.includes('--help') || own.includes('-h')) {
    process.stdout.write(`${CHECKOV_USAGE}\n`);
    return 0;
  }
  if (own.length > 1 || own.some((a) => a.startsWith('-'))) {
    throw new UserError(`unexpected argument "${own.find((a) => a.startsWith('-')) ?? own[1]}": give at most one cdktf.out directory, and checkov's own options after "--". Run "bedrock-private checkov --help" for the options.`);
  }
  const outdir = own[0] ?? process.env.CDKTF_OUTDIR ?? 'cdktf.out';
  const stacksDir = join(outdir, 'stacks');
  const stacks = existsSync(stacksDir) ? readdirSync(stacksDir).filter((name) => existsSync(join(stacksDir, name, 'cdk.tf.json'))).sort() : [];
  if (!stacks.length) throw new UserError(`${stacksDir} holds no synthesized stack (<stack>/cdk.tf.json): synthesize first (bedrock-private synth), or name the cdktf.out directory`);

  const scan = mkdtempSync(join(tmpdir(), 'bedrock-private-checkov-'));
  try {
    const files = stacks.map((name) => {
      const original = resolve(outdir, 'stacks', name, 'cdk.tf.json');
      const shown = relative(process.cwd(), original);
      // The path checkov reports: the user's own, relative to where they ran us when it can be.
      const path = shown.startsWith('..') || isAbsolute(shown) ? join('cdktf.out', 'stacks', name, 'cdk.tf.json') : shown;
      const stack = JSON.parse(readFileSync(original, 'utf8')) as { terraform?: Record<string, unknown> };
      // A version constraint carries no security setting; everything else is scanned as synthesized.
      if (stack.terraform) delete stack.terraform.required_version;
      mkdirSync(dirname(join(scan, path)), { recursive: true });
      writeFileSync(join(scan, path), JSON.stringify(stack, undefined, 2));
      return path;
    });
    // checkov runs in the scan directory: a relative path in CHECKOV means one relative to here.
    const named = process.env.CHECKOV ?? 'checkov';
    const checkov = named.includes('/') ? resolve(named) : named;
    const { config, checks } = platformCheckovFiles();
    const result = spawnSync(checkov, ['--config-file', config, '--external-checks-dir', checks, ...files.flatMap((f) => ['--file', f]), ...resolvePathOptions(passThrough)], { cwd: scan, stdio: 'inherit' });
    if (result.error) throw new UserError(`could not run checkov ("${named}": ${result.error.message}); install it (pip install checkov) or set CHECKOV to its path`);
    return result.status ?? 1;
  } finally {
    rmSync(scan, { recursive: true, force: true });
  }
}
