/**
 * The emulator deploy loop (issue 16, phase 1): every synthesized stack goes through real Terraform into moto,
 * one emulator per AWS account. Run with `npm run test:deploy` (jest.deploy.config.js); help/emulator.md.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EMULATOR_START_TIMEOUT_MS, type Emulator } from '../audit/support/moto';
import { knownDefect } from './support/known-defects';
import { OVERRIDE_FILE, serviceOf } from './support/override';
import { plannedChanges, say, stepLine, tail, timingTable } from './support/report';
import { prepareLoop, startAccountEmulators } from './support/setup';
import { lockedProviderVersion, prepareWorkDir, runStackLoop, runStep, type StackRun, type StepName, type StepResult } from './support/stack-loop';
import type { StackUnderTest } from './support/synth';
import { type DescribedEntry, prowlerOpenToInternet } from '../network/support/prowler-nacl';
import { REPO } from '../helpers/run';

/** The VPC's default network ACL as EC2 describes it, read with boto3 from the project's .venv (no EC2 client in the npm tree). */
function describeDefaultNetworkAcls(endpoint: string, region: string, vpcId: string): Array<{ Entries: DescribedEntry[] }> {
  const script = [
    'import json, sys, boto3',
    'ec2 = boto3.client("ec2", endpoint_url=sys.argv[1], region_name=sys.argv[2], aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")',
    'filters = [{"Name": "vpc-id", "Values": [sys.argv[3]]}, {"Name": "default", "Values": ["true"]}]',
    'print(json.dumps(ec2.describe_network_acls(Filters=filters)["NetworkAcls"]))',
  ].join('\n');
  return JSON.parse(execFileSync(join(REPO, '.venv', 'bin', 'python'), ['-c', script, endpoint, region, vpcId], { encoding: 'utf8', timeout: 60_000 }));
}

const secondsSince = (start: bigint): string => (Number(process.hrtime.bigint() - start) / 1e9).toFixed(1);
const suiteStarted = process.hrtime.bigint();
const setup = prepareLoop();

if ('skip' in setup) {
  // The one loud line: on stdout (jest runs this file in band), so it is in `npm run test:deploy`'s output too.
  process.stdout.write(`SKIPPED: ${setup.skip}\n`);
  describe('emulator deploy loop', () => {
    // CI sets BEDROCK_DEPLOY_LOOP_REQUIRED (.github/workflows): there a skip is a failure, never a green job.
    if (process.env.BEDROCK_DEPLOY_LOOP_REQUIRED) {
      it('runs (BEDROCK_DEPLOY_LOOP_REQUIRED is set)', () => {
        throw new Error(`the deploy loop is required here (BEDROCK_DEPLOY_LOOP_REQUIRED) but did not run: ${setup.skip}`);
      });
    } else {
      it.skip(`did not run: ${setup.skip}`, () => undefined);
    }
  });
} else {
  const { toolchain, stacks, workRoot, synthSeconds } = setup.ready;
  const runs = new Map<string, Promise<StackRun>>();
  let emulators = new Map<string, Emulator>();
  let loopStarted = process.hrtime.bigint();
  let anyFailure = false;

  const relaxed = toolchain.mirror
    ? `from the filesystem mirror ${toolchain.mirror.path}; the stacks pin ${stacks[0].pinnedProvider}, relaxed to ${toolchain.providerVersion} in ${OVERRIDE_FILE} only`
    : 'from the registry, at the stacks\' exact pin';
  say(`Terraform ${toolchain.terraform.version} (${toolchain.terraform.bin}); hashicorp/aws ${toolchain.providerVersion} ${relaxed}`);
  say(`synthesized ${stacks.map((s) => s.name).join(', ')} with cdktf.json's app (the shipped environments, then the surface fixtures) in ${synthSeconds.toFixed(1)}s`);
  for (const stack of stacks.filter((s) => s.preventDestroy)) {
    say(`${stack.name} has prevent_destroy: applied and re-planned only; its destroy is checked to be refused (terraform plan -destroy), never run`);
  }

  /** Marks the suite failed (so its work directories are kept for the logs) when an assertion throws. */
  const checked = (body: () => Promise<void> | void) => async (): Promise<void> => {
    try {
      await body();
    } catch (error) {
      anyFailure = true;
      throw error;
    }
  };

  const runOf = (stack: StackUnderTest): Promise<StackRun> => {
    const run = runs.get(stack.name);
    if (!run) throw new Error(`${stack.name}: the loop did not start (see beforeAll)`);
    return run;
  };

  function stepOf(run: StackRun, step: StepName): StepResult {
    const result = run.steps.get(step);
    if (result) return result;
    const failed = [...run.steps.values()].find((s) => s.exitCode !== 0);
    throw new Error(`${run.stack.name}: ${step} was not run${failed ? `: ${failed.command} failed first` : ''}`);
  }

  function expectExit(result: StepResult, code: number): void {
    if (result.exitCode === code) return;
    const how = result.timedOut ? 'timed out' : `exited ${result.exitCode}`;
    throw new Error(`${result.command} ${how} after ${result.seconds.toFixed(1)}s, expected exit ${code}:\n${tail(result.output)}`);
  }

  beforeAll(async () => {
    const started = process.hrtime.bigint();
    emulators = await startAccountEmulators(stacks, workRoot);
    say(`moto emulators (127.0.0.1, one per account): ${[...emulators.values()].map((e) => `${e.accountId} → ${e.endpoint}`).join(', ')}; started in ${secondsSince(started)}s`);
    loopStarted = process.hrtime.bigint();
    // Every stack at once: each account has its own emulator, and Terraform mostly waits on the provider's pollers.
    for (const stack of stacks) {
      const emulator = emulators.get(stack.accountId) as Emulator;
      runs.set(stack.name, runStackLoop(stack, emulator.endpoint, toolchain, join(workRoot, 'work', stack.name), (name, result) => say(stepLine(name, result))));
    }
  }, EMULATOR_START_TIMEOUT_MS + 60_000);

  afterAll(async () => {
    const finished = (await Promise.allSettled(runs.values())).flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    say(`loop wall time ${secondsSince(loopStarted)}s for ${finished.length} stacks in parallel; seconds per terraform command (spawn to exit):`);
    timingTable(finished).forEach((line) => say(`  ${line}`));
    await Promise.all([...emulators.values()].map((e) => e.stop()));
    say(`total ${secondsSince(suiteStarted)}s (synth, emulators, loop)`);
    if (anyFailure) say(`kept ${workRoot} for its logs (work/<stack>/<step>.log, moto-<account>.log)`);
    else rmSync(workRoot, { recursive: true, force: true });
  });

  describe.each(stacks.map((s) => [s.name, s] as const))('%s', (_name, stack) => {
    it('declares only resource and data types whose API the emulator serves (nothing leaves the machine)', () => {
      expect(stack.types.filter((type) => serviceOf(type) === undefined)).toEqual([]);
    });

    it(`terraform init installs hashicorp/aws ${toolchain.providerVersion}`, checked(async () => {
      const run = await runOf(stack);
      expectExit(stepOf(run, 'init'), 0);
      expect(lockedProviderVersion(run.workDir)).toBe(toolchain.providerVersion);
    }));

    it(`terraform plan decides the preconditions of all ${stack.checkable.length} conditioned objects while planning (none left unknown until apply), and all pass`, checked(async () => {
      const run = await runOf(stack);
      expectExit(stepOf(run, 'plan'), 0);
      // Every conditioned object of the configuration is reported, so a check Terraform skipped cannot pass unseen.
      expect(run.plannedChecks.map((c) => c.address).sort()).toEqual(stack.checkable);
      expect(run.plannedChecks.filter((c) => c.status !== 'pass')).toEqual([]);
    }));

    it(`terraform apply creates all ${stack.resourceCount} resources in the emulator`, checked(async () => {
      const apply = stepOf(await runOf(stack), 'apply');
      expectExit(apply, 0);
      expect(apply.output).toContain(`Apply complete! Resources: ${stack.resourceCount} added, 0 changed, 0 destroyed.`);
    }));

    it('a second terraform plan -detailed-exitcode reports no changes (exit 0)', checked(async () => {
      const replan = stepOf(await runOf(stack), 'replan');
      if (replan.exitCode === 2) throw new Error(`the second plan wants changes (exit 2), a perpetual diff:\n${plannedChanges(replan.output)}`);
      expectExit(replan, 0);
      expect(replan.output).toContain('No changes. Your infrastructure matches the configuration.');
    }));

    if (stack.preventDestroy && stack.types.includes('aws_default_network_acl')) {
      // A kept stack stays applied until the emulators stop: its network ACL is what a scanner would read.
      it('passes Prowler\'s NACL checks on the deployed default network ACL (DescribeNetworkAcls, as Prowler reads it)', checked(async () => {
        const run = await runOf(stack);
        expectExit(stepOf(run, 'replan'), 0);
        const vpcId = (JSON.parse(readFileSync(join(run.workDir, 'terraform.tfstate'), 'utf8')) as { outputs: { vpc_id: { value: string } } }).outputs.vpc_id.value;
        const acls = describeDefaultNetworkAcls((emulators.get(stack.accountId) as Emulator).endpoint, stack.region, vpcId);
        expect(acls).toHaveLength(1);
        const entries = acls[0].Entries;
        expect(entries.some((e) => e.RuleNumber === 32767)).toBe(true); // AWS's final deny is there to decide the rest
        expect([prowlerOpenToInternet(entries, '-1', 0), prowlerOpenToInternet(entries, '6', 22), prowlerOpenToInternet(entries, '6', 3389)]).toEqual([false, false, false]);
      }));
    }

    const defect = knownDefect(stack.name, 'destroy');
    if (stack.preventDestroy) {
      it('is not destroyed: terraform plan -destroy is refused by prevent_destroy', checked(async () => {
        const refused = stepOf(await runOf(stack), 'destroy-refused');
        expectExit(refused, 1);
        expect(refused.output).toContain('Error: Instance cannot be destroyed');
      }));
    } else if (defect) {
      it(`terraform destroy: KNOWN PRODUCT DEFECT, fails as KNOWN_PRODUCT_DEFECTS records (${defect.issue.split(':')[0]})`, checked(async () => {
        const destroy = stepOf(await runOf(stack), 'destroy');
        if (destroy.exitCode === 0) throw new Error(`stale KNOWN_PRODUCT_DEFECTS entry: ${stack.name} destroy now succeeds; remove the entry (${defect.issue})`);
        // The known defect must be the only failure: nothing else may hide behind it.
        const errors = destroy.output.split('\n').filter((line) => line.startsWith('Error: '));
        if (errors.length !== 1 || !defect.error.test(errors[0])) {
          throw new Error(`${stack.name} destroy failed, but not with the known defect ${defect.error} alone:\n${tail(destroy.output)}`);
        }
        say(`${stack.name}: destroy fails with the known product defect: ${defect.issue}`);
      }));
    } else {
      it(`terraform destroy removes all ${stack.resourceCount} resources`, checked(async () => {
        const destroy = stepOf(await runOf(stack), 'destroy');
        expectExit(destroy, 0);
        expect(destroy.output).toContain(`Destroy complete! Resources: ${stack.resourceCount} destroyed.`);
      }));
    }
  });

  describe('one emulator per account', () => {
    const [stack] = stacks;
    const other = [...new Set(stacks.map((s) => s.accountId))].find((id) => id !== stack.accountId);
    const title = `${stack.name} planned against account ${other}'s emulator stops at allowed_account_ids`;
    (other ? it : it.skip)(title, checked(async () => {
      await Promise.allSettled(runs.values()); // after the loop: this is a check, not a load
      const workDir = join(workRoot, 'work', `${stack.name}-in-${other}`);
      prepareWorkDir(stack, (emulators.get(other as string) as Emulator).endpoint, toolchain, workDir);
      expectExit(await runStep('init', toolchain, workDir), 0);
      const plan = await runStep('replan', toolchain, workDir);
      expectExit(plan, 1);
      expect(plan.output).toContain(`Error: AWS account ID not allowed: ${other}`);
    }));
  });
}
