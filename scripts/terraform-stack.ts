import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError, runEntryPoint } from '../catalog/errors';
import { loadEnvironments } from '../config/load';
import type { EnvironmentConfig } from '../config/schema';

/**
 * Thin wrappers the workflows call, so CI and a laptop run the same commands (help/deploying.md):
 *   list [--json]              environment stacks (stack, environment, region, state) for the CI matrix
 *   info <environment>         stack=..., region=..., state=... lines (for $GITHUB_OUTPUT)
 *   plan <stack> [--out-dir d] terraform init + plan -out + show -json > <d>/<stack>.json (default d: cdktf.out/plans)
 *   deploy <stack>             terraform init + plan -out + apply of exactly that plan
 * They expect `npm run synth` to have written cdktf.out. TERRAFORM_BIN overrides the terraform binary.
 */

const OUTDIR = resolve(process.env.CDKTF_OUTDIR ?? 'cdktf.out');
const terraform = process.env.TERRAFORM_BIN ?? 'terraform';

function fail(message: string): never {
  throw new UserError(message);
}

function byStack(stack: string): EnvironmentConfig {
  const environments = loadEnvironments();
  const env = environments.find((e) => e.stackName === stack || e.name === stack);
  if (!env) fail(`no environment stack "${stack}"; known: ${environments.map((e) => e.stackName).join(', ')}`);
  return env;
}

function stackDir(stack: string): string {
  const dir = join(OUTDIR, 'stacks', stack);
  if (!existsSync(join(dir, 'cdk.tf.json'))) fail(`${dir}/cdk.tf.json is missing: run "npm run synth" first`);
  return dir;
}

function run(dir: string, args: readonly string[], stdoutFile?: string): void {
  console.error(`$ ${terraform} -chdir=${dir} ${args.join(' ')}`);
  const fd = stdoutFile ? openSync(stdoutFile, 'w') : undefined;
  const result = spawnSync(terraform, [`-chdir=${dir}`, ...args], { stdio: ['inherit', fd ?? 'inherit', 'inherit'] });
  if (fd !== undefined) closeSync(fd);
  if (result.error) fail(`could not run ${terraform}: ${result.error.message} (install Terraform >= 1.10, or set TERRAFORM_BIN)`);
  // Terraform has printed its own error: exit with its status and add nothing.
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Local state on a CI runner disappears with the runner: every later run would try to create everything again. */
function guardLocalState(env: EnvironmentConfig, action: string): void {
  if (env.state.type !== 'local') return;
  const message = `${env.stackName} keeps its state locally (state.type "local"); ${action} from CI would start from empty state every time. Configure state.type "s3" or "hcp" (help/state.md).`;
  if (action === 'deploy' && process.env.CI) fail(message);
  console.error(`warning: ${message}`);
}

runEntryPoint({ name: 'terraform-stack', exitCode: 1 }, () => {
  const [command, target, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'list': {
      const stacks = loadEnvironments().map((e) => ({ stack: e.stackName, environment: e.name, region: e.region, state: e.state.type }));
      console.log(rest.includes('--json') || target === '--json' ? JSON.stringify(stacks) : stacks.map((s) => `${s.stack}\t${s.environment}\t${s.region}\t${s.state}`).join('\n'));
      break;
    }
    case 'info': {
      if (!target) fail('usage: info <environment|stack>');
      const env = byStack(target);
      console.log([`stack=${env.stackName}`, `environment=${env.name}`, `region=${env.region}`, `account=${env.accountId}`, `state=${env.state.type}`].join('\n'));
      break;
    }
    case 'plan': {
      if (!target) fail('usage: plan <stack> [--out-dir <dir>]');
      const env = byStack(target);
      const flag = rest.indexOf('--out-dir');
      const outDir = resolve(flag >= 0 ? (rest[flag + 1] ?? fail('--out-dir needs a directory')) : join(OUTDIR, 'plans'));
      const dir = stackDir(env.stackName);
      guardLocalState(env, 'plan');
      mkdirSync(outDir, { recursive: true });
      run(dir, ['init', '-input=false']);
      run(dir, ['plan', '-input=false', '-lock-timeout=5m', '-out=tfplan']);
      run(dir, ['show', '-json', 'tfplan'], join(outDir, `${env.stackName}.json`));
      console.error(`wrote ${join(outDir, `${env.stackName}.json`)}`);
      break;
    }
    case 'deploy': {
      if (!target) fail('usage: deploy <stack>');
      const env = byStack(target);
      const dir = stackDir(env.stackName);
      guardLocalState(env, 'deploy');
      run(dir, ['init', '-input=false']);
      run(dir, ['plan', '-input=false', '-lock-timeout=5m', '-out=tfplan']);
      // Apply exactly the plan just printed: nothing changes between review of the log and apply.
      run(dir, ['apply', '-input=false', '-lock-timeout=5m', 'tfplan']);
      break;
    }
    default:
      fail('usage: terraform-stack <list|info|plan|deploy> ... (see help/deploying.md)');
  }
});
