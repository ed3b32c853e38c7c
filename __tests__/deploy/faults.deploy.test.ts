/**
 * The deploy loop's fault cases: operations survive faults. Each injects one fault into real Terraform running
 * against the emulator and asserts that nothing is lost and the next run converges:
 *
 * 1. an apply interrupted by SIGINT halfway (Ctrl-C, a cancelled CI job), then applied again;
 * 2. the emulator restarted between apply and re-plan: the state survives, the re-plan says what was lost;
 * 3. a stale `use_lockfile` lock left by a run killed at its approval prompt, with the environment stack's S3
 *    backend, recovered exactly as help/state.md says.
 *
 * Bounded: a fixture environment of this file's own (so any team's config runs it), its two smallest real
 * stacks (the state bootstrap, and the environment stack for the S3 backend), one emulator on 127.0.0.1 at a
 * time, started and stopped here, every process under a time limit. Run by `npm run test:deploy`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMULATOR_START_TIMEOUT_MS, REPO, startEmulator, type Emulator } from '../audit/support/moto';
import { runBounded } from './support/bounded-process';
import { runAndInterrupt } from './support/interrupt';
import { OVERRIDE_FILE, emulatorOverride } from './support/override';
import { say, tail } from './support/report';
import { prepareWorkDir, runStep } from './support/stack-loop';
import { readStacks, synthesizeAsUser, type StackUnderTest } from './support/synth';
import { findTerraform, findToolchain, type Toolchain } from './support/toolchain';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const STATE_BUCKET = `bedrock-faults-tfstate-${ACCOUNT}`;
/** The stale-lock case's state bucket, created bare in the emulator (see that case). */
const LOCK_CASE_BUCKET = `bedrock-faults-lock-case-${ACCOUNT}`;
/** One environment with S3 state: its environment stack and the state-bootstrap stack that creates the bucket. */
const FAULTS_ENVIRONMENT = {
  accountId: ACCOUNT,
  region: REGION,
  vpcCidr: '10.60.0.0/20',
  azIds: ['use1-az1', 'use1-az2'],
  tags: { owner: 'ml-platform', costCentre: 'cc-1001' },
  state: { type: 's3', bucket: STATE_BUCKET },
  buckets: { forceDestroy: true },
};
/** Per terraform command: a hung provider fails the case instead of the suite's 30-minute bound. */
const COMMAND_TIMEOUT_MS = 10 * 60_000;

interface Setup {
  readonly toolchain: Toolchain;
  readonly bootstrap: StackUnderTest;
  readonly environment: StackUnderTest;
  readonly workRoot: string;
}

function prepare(): { ready: Setup } | { skip: string } {
  const terraform = findTerraform();
  if ('skip' in terraform) return terraform;
  const workRoot = mkdtempSync(join(tmpdir(), 'bedrock-faults-'));
  const envDir = join(workRoot, 'environments');
  mkdirSync(envDir);
  writeFileSync(join(envDir, 'faults.json'), JSON.stringify(FAULTS_ENVIRONMENT));
  const outdir = join(workRoot, 'synth');
  synthesizeAsUser(outdir, { BEDROCK_ENV_DIR: envDir, BEDROCK_ORG_FILE: join(workRoot, 'no-organization.json') });
  const stacks = readStacks(outdir);
  const bootstrap = stacks.find((s) => s.name === `state-bootstrap-${ACCOUNT}`);
  const environment = stacks.find((s) => s.name === 'bedrock-faults');
  if (!bootstrap || !environment) throw new Error(`synth wrote ${stacks.map((s) => s.name).join(', ')}; expected state-bootstrap-${ACCOUNT} and bedrock-faults`);
  const toolchain = findToolchain(terraform.ready, bootstrap.pinnedProvider, workRoot);
  if ('skip' in toolchain) {
    rmSync(workRoot, { recursive: true, force: true });
    return toolchain;
  }
  return { ready: { toolchain: toolchain.ready, bootstrap, environment, workRoot } };
}

const setup = prepare();

if ('skip' in setup) {
  process.stdout.write(`SKIPPED: fault cases: ${setup.skip}\n`);
  describe('deploy loop fault cases', () => {
    it.skip(`did not run: ${setup.skip}`, () => undefined);
  });
} else {
  const { toolchain, bootstrap, environment, workRoot } = setup.ready;
  const bootstrapDir = join(workRoot, 'work', bootstrap.name);
  const environmentDir = join(workRoot, 'work', environment.name);
  let emulator: Emulator | undefined;
  let failed = false;

  const terraform = (dir: string, args: readonly string[], env: NodeJS.ProcessEnv = toolchain.env) =>
    runBounded(toolchain.terraform.bin, [...args, ...(args[0] === 'force-unlock' ? [] : ['-no-color'])], { cwd: dir, env, timeoutMs: COMMAND_TIMEOUT_MS });
  const stateList = async (dir: string): Promise<string[]> => {
    const r = await terraform(dir, ['state', 'list']);
    if (r.exitCode !== 0) throw new Error(`terraform state list exited ${r.exitCode}:\n${tail(r.output)}`);
    return r.output.split('\n').filter(Boolean).sort();
  };
  const expectExit = (r: { exitCode: number | null; output: string }, code: number, what: string): void => {
    if (r.exitCode !== code) throw new Error(`${what} exited ${r.exitCode}, expected ${code}:\n${tail(r.output)}`);
  };
  /** Points a work directory at the current emulator (its port changes when it restarts). */
  const pointAt = (dir: string, endpoint: string, backend?: Record<string, unknown>): void => {
    const override = emulatorOverride({ endpoint, providerVersion: toolchain.mirror ? toolchain.providerVersion : undefined }) as { terraform: Record<string, unknown> };
    if (backend) override.terraform.backend = backend;
    writeFileSync(join(dir, OVERRIDE_FILE), `${JSON.stringify(override, null, 2)}\n`);
  };
  const startAccountEmulator = () => startEmulator({ accountId: ACCOUNT, stderrFile: join(workRoot, `moto-${ACCOUNT}.log`) });
  const checked = (body: () => Promise<void>) => async (): Promise<void> => {
    try {
      await body();
    } catch (error) {
      failed = true;
      throw error;
    }
  };

  beforeAll(async () => {
    emulator = await startAccountEmulator();
    say(`fault cases: emulator for ${ACCOUNT} at ${emulator.endpoint}; stacks ${bootstrap.name} (${bootstrap.resourceCount} resources), ${environment.name} (${environment.resourceCount})`);
    prepareWorkDir(bootstrap, emulator.endpoint, toolchain, bootstrapDir);
  }, EMULATOR_START_TIMEOUT_MS + 60_000);

  afterAll(async () => {
    await emulator?.stop();
    if (failed) say(`fault cases: kept ${workRoot} for its logs`);
    else rmSync(workRoot, { recursive: true, force: true });
  });

  describe('deploy loop fault cases', () => {
    it(`an apply interrupted by SIGINT halfway keeps what it created in state, and the next apply creates only the rest`, checked(async () => {
      expectExit(await runStep('init', toolchain, bootstrapDir), 0, 'terraform init');
      // One change at a time, so "halfway" is a point in the apply and not a race with its end.
      const interrupted = await runAndInterrupt(toolchain.terraform.bin, ['apply', '-auto-approve', '-input=false', '-parallelism=1', '-no-color'], {
        cwd: bootstrapDir,
        env: toolchain.env,
        timeoutMs: COMMAND_TIMEOUT_MS,
        when: /: Creation complete after /,
        signal: 'SIGINT',
      });
      say(`fault cases: apply interrupted after ${interrupted.seconds.toFixed(1)}s`);
      expect(interrupted.signalled).toBe(true);
      expect(interrupted.output).toContain('Interrupt received.');
      expect(interrupted.exitCode).toBe(1); // Terraform's own graceful stop: it exits, it is not killed
      const kept = await stateList(bootstrapDir);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(bootstrap.resourceCount);

      const again = await terraform(bootstrapDir, ['apply', '-auto-approve', '-input=false']);
      expectExit(again, 0, 'the second apply');
      // Exactly the rest: nothing the interrupted run created is created twice or forgotten.
      expect(again.output).toContain(`Apply complete! Resources: ${bootstrap.resourceCount - kept.length} added, 0 changed, 0 destroyed.`);
      expect(await stateList(bootstrapDir)).toHaveLength(bootstrap.resourceCount);
      const replan = await terraform(bootstrapDir, ['plan', '-detailed-exitcode', '-input=false']);
      expectExit(replan, 0, 'the re-plan');
      expect(replan.output).toContain('No changes. Your infrastructure matches the configuration.');
    }), COMMAND_TIMEOUT_MS * 4);

    it('the emulator restarted between apply and re-plan: the state survives, the re-plan says what was lost, and apply converges', checked(async () => {
      const before = await stateList(bootstrapDir);
      expect(before).toHaveLength(bootstrap.resourceCount);
      await emulator?.stop();
      emulator = await startAccountEmulator(); // empty: moto keeps everything in memory
      pointAt(bootstrapDir, emulator.endpoint);
      expect(await stateList(bootstrapDir)).toEqual(before);

      const replan = await terraform(bootstrapDir, ['plan', '-detailed-exitcode', '-input=false']);
      expectExit(replan, 2, 'the re-plan against the restarted emulator');
      // Honest: the objects the emulator lost are reported deleted outside Terraform (the bucket and the key;
      // their settings went with them), and every managed resource is planned again: nothing is said to be fine.
      const gone = before.filter((address) => !address.startsWith('data.'));
      const reported = [...replan.output.matchAll(/^ {2}# (\S+) has been deleted$/gm)].map((m) => m[1]).sort();
      expect(reported).toEqual(gone.filter((address) => /^aws_(s3_bucket|kms_key)\./.test(address)));
      for (const address of gone) expect(replan.output).toContain(`# ${address} will be created`);
      expect(replan.output).toContain(`Plan: ${gone.length} to add, 0 to change, 0 to destroy.`);

      const apply = await terraform(bootstrapDir, ['apply', '-auto-approve', '-input=false']);
      expectExit(apply, 0, 'the apply after the restart');
      expect(apply.output).toContain(`Apply complete! Resources: ${gone.length} added, 0 changed, 0 destroyed.`);
      const clean = await terraform(bootstrapDir, ['plan', '-detailed-exitcode', '-input=false']);
      expectExit(clean, 0, 'the re-plan after the apply');
    }), COMMAND_TIMEOUT_MS * 4);

    it('a stale use_lockfile lock left by a killed run stops the next run with its ID; help/state.md\'s recovery frees it, and the next apply converges', checked(async () => {
      const endpoint = (emulator as Emulator).endpoint;
      // The environment stack's own S3 backend (use_lockfile = true), pointed at the emulator. Its bucket is one
      // without the bootstrap bucket's DenyInsecureTransport: the emulator speaks plain HTTP, which that policy
      // rightly refuses (403 on the state object).
      const synthesized = JSON.parse(readFileSync(join(environment.dir, 'cdk.tf.json'), 'utf8')) as { terraform: { backend: { s3: Record<string, unknown> } } };
      expect(synthesized.terraform.backend.s3).toMatchObject({ bucket: STATE_BUCKET, use_lockfile: true });
      const created = await fetch(`${endpoint}/${LOCK_CASE_BUCKET}`, { method: 'PUT' });
      expect(created.status).toBe(200);
      prepareWorkDir(environment, endpoint, toolchain, environmentDir);
      pointAt(environmentDir, endpoint, {
        s3: {
          ...synthesized.terraform.backend.s3,
          bucket: LOCK_CASE_BUCKET,
          endpoints: { s3: endpoint, sts: endpoint },
          use_path_style: true,
          access_key: 'AKIAIOSFODNN7EXAMPLE',
          secret_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          skip_credentials_validation: true,
          skip_requesting_account_id: true,
          skip_metadata_api_check: true,
        },
      });
      expectExit(await terraform(environmentDir, ['init', '-input=false']), 0, 'terraform init (S3 backend)');

      // The killed run: an apply that took the lock and waits for its approval, killed outright (no clean-up).
      const killed = await runAndInterrupt(toolchain.terraform.bin, ['apply', '-no-color'], {
        cwd: environmentDir,
        env: { ...toolchain.env, TF_INPUT: '1' },
        timeoutMs: COMMAND_TIMEOUT_MS,
        when: /Enter a value:/,
        signal: 'SIGKILL',
      });
      expect({ signalled: killed.signalled, killedBy: killed.killedBy }).toEqual({ signalled: true, killedBy: 'SIGKILL' });

      // help/state.md's recovery, its commands as written: the first names the lock...
      const state = readFileSync(join(REPO, 'help', 'state.md'), 'utf8');
      const section = state.slice(state.indexOf('### A stale lock'));
      const commands = (/```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '').split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
      expect(commands).toEqual(['terraform plan -lock-timeout=0s', 'terraform force-unlock -force <ID>', 'terraform plan']);
      const args = (command: string, id = '') => command.replace('<ID>', id).split(' ').slice(1);
      const locked = await terraform(environmentDir, args(commands[0]));
      expectExit(locked, 1, commands[0]);
      expect(locked.output).toContain('Error acquiring the state lock');
      const id = /ID:\s+([0-9a-f-]{36})/.exec(locked.output)?.[1];
      expect(id).toBeDefined();
      // ...the second frees it...
      const unlock = await terraform(environmentDir, args(commands[1], id));
      expectExit(unlock, 0, commands[1]);
      expect(unlock.output).toContain('Terraform state has been successfully unlocked!');
      // ...and the third runs: the killed run changed nothing, so everything is still to create.
      const plan = await terraform(environmentDir, [...args(commands[2]), '-input=false', '-detailed-exitcode']);
      expectExit(plan, 2, commands[2]);
      expect(plan.output).toContain(`Plan: ${environment.resourceCount} to add, 0 to change, 0 to destroy.`);

      // The next run converges, under the same lock it now takes and releases itself.
      const apply = await terraform(environmentDir, ['apply', '-auto-approve', '-input=false']);
      expectExit(apply, 0, 'the apply after the recovery');
      expect(apply.output).toContain(`Apply complete! Resources: ${environment.resourceCount} added, 0 changed, 0 destroyed.`);
      const replan = await terraform(environmentDir, ['plan', '-detailed-exitcode', '-input=false', '-lock-timeout=0s']);
      expectExit(replan, 0, 'the re-plan');
    }), COMMAND_TIMEOUT_MS * 5);
  });
}
