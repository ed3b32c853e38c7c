import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError, runEntryPoint } from '../catalog/errors';
import { loadEnvironments } from '../config/load';
import { loadOrganization } from '../config/organization';
import { ORGANIZATIONS_REGION } from '../stacks/organization-stack';
import type { EnvironmentConfig } from '../config/schema';

/**
 * Thin wrappers the workflows call, so CI and a laptop run the same commands (help/deploying.md):
 *   list [--json]              the stacks CI plans and deploys (stack, environment, region, account, state; with
 *                              --json only those with a plan role, each with planRole, for the PR plan matrix)
 *   info <environment|stack>   stack=..., region=..., state=... lines (for $GITHUB_OUTPUT)
 *   plan <stack> [--out-dir d] terraform init + plan -out + show -json > <d>/<stack>.json (default d: cdktf.out/plans)
 *   deploy <stack>             terraform init + plan -out + apply of exactly that plan
 * CI's stacks are the environment stacks and, with config/organization.json, the organization guardrails (its
 * GitHub environment is named after the stack, which no environment name can be). The state-bootstrap and
 * ci-identities stacks are deployed by hand. They expect `npm run synth` to have written cdktf.out.
 * TERRAFORM_BIN overrides the terraform binary.
 */

const OUTDIR = resolve(process.env.CDKTF_OUTDIR ?? 'cdktf.out');
const terraform = process.env.TERRAFORM_BIN ?? 'terraform';

function fail(message: string): never {
  throw new UserError(message);
}

/** A stack CI plans and deploys. */
interface Target {
  readonly stack: string;
  /** The GitHub environment its deploy job runs in (the environment's name; the stack's name for the organization). */
  readonly environment: string;
  readonly region: string;
  readonly account: string;
  readonly state: EnvironmentConfig['state'];
  /** The role pull-request plans assume: the first of people.planners, or the organization file's plannerRoleArn. */
  readonly planRole?: string;
}

/** The environment stacks in name order, then the organization guardrails when there is an organization file. */
function targets(): Target[] {
  const environments = loadEnvironments();
  const organization = loadOrganization(environments);
  return [
    ...environments.map((e) => ({ stack: e.stackName, environment: e.name, region: e.region, account: e.accountId, state: e.state, planRole: e.people.planners[0] })),
    ...(organization
      ? [{ stack: organization.stackName, environment: organization.stackName, region: ORGANIZATIONS_REGION, account: organization.managementAccountId, state: organization.state, planRole: organization.plannerRoleArn }]
      : []),
  ];
}

function byStack(stack: string): Target {
  const all = targets();
  const target = all.find((t) => t.stack === stack || t.environment === stack);
  if (!target) fail(`no stack "${stack}" that CI plans or deploys; known: ${all.map((t) => t.stack).join(', ')}`);
  return target;
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
function guardLocalState(target: Target, action: string): void {
  if (target.state.type !== 'local') return;
  const message = `${target.stack} keeps its state locally (state.type "local"); ${action} from CI would start from empty state every time. Configure state.type "s3" or "hcp" (help/state.md).`;
  if (action === 'deploy' && process.env.CI) fail(message);
  console.error(`warning: ${message}`);
}

runEntryPoint({ name: 'terraform-stack', exitCode: 1 }, () => {
  const [command, target, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'list': {
      const all = targets();
      if (rest.includes('--json') || target === '--json') {
        // The PR plan matrix: a stack without a plan role cannot be planned there; say so rather than fail the job.
        for (const t of all.filter((x) => !x.planRole)) console.error(`warning: ${t.stack} has no plan role (people.planners, or plannerRoleArn for the organization); pull requests do not plan it`);
        console.log(JSON.stringify(all.filter((t) => t.planRole).map((t) => ({ stack: t.stack, environment: t.environment, region: t.region, state: t.state.type, planRole: t.planRole }))));
      } else {
        console.log(all.map((t) => `${t.stack}\t${t.environment}\t${t.region}\t${t.account}\t${t.state.type}\t${t.planRole ?? '(no plan role)'}`).join('\n'));
      }
      break;
    }
    case 'info': {
      if (!target) fail('usage: info <environment|stack>');
      const t = byStack(target);
      console.log([`stack=${t.stack}`, `environment=${t.environment}`, `region=${t.region}`, `account=${t.account}`, `state=${t.state.type}`].join('\n'));
      break;
    }
    case 'plan': {
      if (!target) fail('usage: plan <stack> [--out-dir <dir>]');
      const t = byStack(target);
      const flag = rest.indexOf('--out-dir');
      const outDir = resolve(flag >= 0 ? (rest[flag + 1] ?? fail('--out-dir needs a directory')) : join(OUTDIR, 'plans'));
      const dir = stackDir(t.stack);
      guardLocalState(t, 'plan');
      mkdirSync(outDir, { recursive: true });
      run(dir, ['init', '-input=false']);
      run(dir, ['plan', '-input=false', '-lock-timeout=5m', '-out=tfplan']);
      run(dir, ['show', '-json', 'tfplan'], join(outDir, `${t.stack}.json`));
      console.error(`wrote ${join(outDir, `${t.stack}.json`)}`);
      break;
    }
    case 'deploy': {
      if (!target) fail('usage: deploy <stack>');
      const t = byStack(target);
      const dir = stackDir(t.stack);
      guardLocalState(t, 'deploy');
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
