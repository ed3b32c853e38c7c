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
}

/** Upper bounds, so a hung provider cannot hang the suite; never assertions on speed. */
const STEP_TIMEOUT_MS: Readonly<Record<StepName, number>> = {
  init: 3 * 60_000,
  apply: 10 * 60_000,
  replan: 5 * 60_000,
  destroy: 8 * 60_000,
  'destroy-refused': 5 * 60_000,
};

const STEP_ARGS: Readonly<Record<StepName, readonly string[]>> = {
  init: ['init', '-input=false'],
  apply: ['apply', '-auto-approve', '-input=false'],
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

/**
 * init → apply → plan -detailed-exitcode → destroy (or, for a prevent_destroy stack, plan -destroy) against
 * the emulator at `endpoint`. Stops after a failed init or apply: nothing later could mean anything. The
 * re-plan's result does not stop the teardown.
 */
export async function runStackLoop(stack: StackUnderTest, endpoint: string, toolchain: Toolchain, workDir: string, progress: Progress): Promise<StackRun> {
  prepareWorkDir(stack, endpoint, toolchain, workDir);
  const steps = new Map<StepName, StepResult>();
  const run = async (step: StepName): Promise<StepResult> => {
    const outcome = await runStep(step, toolchain, workDir);
    steps.set(step, outcome);
    progress(stack.name, outcome);
    return outcome;
  };

  if ((await run('init')).exitCode !== 0) return { stack, workDir, steps };
  if ((await run('apply')).exitCode !== 0) return { stack, workDir, steps };
  await run('replan');
  await run(stack.preventDestroy ? 'destroy-refused' : 'destroy');
  return { stack, workDir, steps };
}

/** The hashicorp/aws version `terraform init` selected, from the dependency lock file it wrote. */
export function lockedProviderVersion(workDir: string): string | undefined {
  const lockFile = join(workDir, '.terraform.lock.hcl');
  if (!existsSync(lockFile)) return undefined;
  return /provider "registry\.terraform\.io\/hashicorp\/aws" \{\s*version\s*=\s*"([^"]+)"/.exec(readFileSync(lockFile, 'utf8'))?.[1];
}
