import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBounded } from './bounded-process';
import type { LoopStep } from './known-defects';
import { OVERRIDE_FILE, emulatorOverride } from './override';
import type { StackUnderTest } from './synth';
import type { Toolchain } from './toolchain';

/** `destroy-refused`: for a prevent_destroy stack, `plan -destroy` stands in for destroy and must be refused. */
export type StepName = LoopStep | 'destroy-refused';

export interface StepResult {
  readonly step: StepName;
  readonly command: string;
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  /** Spawn to exit of the terraform process. */
  readonly seconds: number;
  readonly output: string;
}

export interface StackRun {
  readonly stack: StackUnderTest;
  readonly workDir: string;
  readonly steps: ReadonlyMap<StepName, StepResult>;
  /** The first plan's condition checks (`terraform show -json`): address and status, as Terraform decided them while planning. */
  readonly plannedChecks: ReadonlyArray<{ readonly address: string; readonly status: string }>;
}

/** The saved first plan: the loop applies exactly what it planned, as deploy:stack does. */
const PLAN_FILE = 'first.tfplan';

/** Upper bounds, so a hung provider cannot hang the suite; never assertions on speed. */
const STEP_TIMEOUT_MS: Readonly<Record<StepName, number>> = {
  init: 3 * 60_000,
  plan: 5 * 60_000,
  apply: 10 * 60_000,
  replan: 5 * 60_000,
  destroy: 8 * 60_000,
  'destroy-refused': 5 * 60_000,
};

const STEP_ARGS: Readonly<Record<StepName, readonly string[]>> = {
  init: ['init', '-input=false'],
  plan: ['plan', `-out=${PLAN_FILE}`, '-input=false'],
  apply: ['apply', '-input=false', PLAN_FILE],
  // Exit 0: no changes; 2: changes (a perpetual diff); 1: error.
  replan: ['plan', '-detailed-exitcode', '-input=false'],
  destroy: ['destroy', '-auto-approve', '-input=false'],
  // prevent_destroy is checked against the configuration while planning; refreshing would only add time.
  'destroy-refused': ['plan', '-destroy', '-refresh=false', '-input=false'],
};

export type Progress = (stack: string, result: StepResult) => void;

/**
 * A copy of the synthesized stack in `workDir` with the emulator override beside its cdk.tf.json. The
 * provider's version constraint is relaxed only when the provider comes from a mirror (to the mirror's version).
 */
export function prepareWorkDir(stack: StackUnderTest, endpoint: string, toolchain: Toolchain, workDir: string): void {
  cpSync(stack.dir, workDir, { recursive: true });
  const relaxTo = toolchain.mirror ? toolchain.providerVersion : undefined;
  writeFileSync(join(workDir, OVERRIDE_FILE), `${JSON.stringify(emulatorOverride({ endpoint, providerVersion: relaxTo }), null, 2)}\n`);
}

/** One terraform command in `workDir`, bounded by the step's time limit; its output is kept in `<step>.log`. */
export async function runStep(step: StepName, toolchain: Toolchain, workDir: string): Promise<StepResult> {
  const args = [...STEP_ARGS[step], '-no-color'];
  const result = await runBounded(toolchain.terraform.bin, args, { cwd: workDir, env: toolchain.env, timeoutMs: STEP_TIMEOUT_MS[step] });
  writeFileSync(join(workDir, `${step}.log`), result.output);
  return { step, command: `terraform ${args.join(' ')}`, ...result };
}

/** The condition checks of a saved plan, as `terraform show -json` reports them (status pass, fail, error or unknown). */
async function plannedChecks(toolchain: Toolchain, workDir: string): Promise<StackRun['plannedChecks']> {
  const shown = await runBounded(toolchain.terraform.bin, ['show', '-json', PLAN_FILE], { cwd: workDir, env: toolchain.env, timeoutMs: STEP_TIMEOUT_MS.plan });
  if (shown.exitCode !== 0) throw new Error(`terraform show -json ${PLAN_FILE} exited ${shown.exitCode}:\n${shown.output}`);
  const plan = JSON.parse(shown.output) as { checks?: Array<{ address: { to_display: string }; status: string }> };
  return (plan.checks ?? []).map((c) => ({ address: c.address.to_display, status: c.status }));
}

/**
 * init → plan (saved) → apply of that plan → plan -detailed-exitcode → destroy (or, for a prevent_destroy stack,
 * plan -destroy) against the emulator at `endpoint`. Stops after a failed init, plan or apply: nothing later
 * could mean anything. The re-plan's result does not stop the teardown.
 */
export async function runStackLoop(stack: StackUnderTest, endpoint: string, toolchain: Toolchain, workDir: string, progress: Progress): Promise<StackRun> {
  prepareWorkDir(stack, endpoint, toolchain, workDir);
  const steps = new Map<StepName, StepResult>();
  let checks: StackRun['plannedChecks'] = [];
  const run = async (step: StepName): Promise<StepResult> => {
    const outcome = await runStep(step, toolchain, workDir);
    steps.set(step, outcome);
    progress(stack.name, outcome);
    return outcome;
  };

  const done = (): StackRun => ({ stack, workDir, steps, plannedChecks: checks });
  if ((await run('init')).exitCode !== 0) return done();
  if ((await run('plan')).exitCode !== 0) return done();
  checks = await plannedChecks(toolchain, workDir);
  if ((await run('apply')).exitCode !== 0) return done();
  await run('replan');
  await run(stack.preventDestroy ? 'destroy-refused' : 'destroy');
  return done();
}

/** The hashicorp/aws version `terraform init` selected, from the dependency lock file it wrote. */
export function lockedProviderVersion(workDir: string): string | undefined {
  const lockFile = join(workDir, '.terraform.lock.hcl');
  if (!existsSync(lockFile)) return undefined;
  return /provider "registry\.terraform\.io\/hashicorp\/aws" \{\s*version\s*=\s*"([^"]+)"/.exec(readFileSync(lockFile, 'utf8'))?.[1];
}
