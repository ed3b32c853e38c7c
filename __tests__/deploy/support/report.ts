import type { StackRun, StepName, StepResult } from './stack-loop';

/**
 * The loop writes straight to stdout (jest runs it in band): progress appears as each terraform command
 * ends, undecorated by jest's console capture, and lands in `npm run test:deploy`'s stdout.
 */
export function say(line: string): void {
  process.stdout.write(`[deploy] ${line}\n`);
}

function exitText(result: StepResult): string {
  return result.timedOut ? 'TIMED OUT' : `exit ${result.exitCode}`;
}

export function stepLine(stack: string, result: StepResult): string {
  return `${stack.padEnd(30)} ${result.step.padEnd(15)} ${exitText(result).padEnd(9)} ${result.seconds.toFixed(1).padStart(6)}s  (${result.command})`;
}

const COLUMNS: readonly StepName[] = ['init', 'plan', 'apply', 'replan', 'destroy', 'destroy-refused'];

/** Seconds per step (spawn to exit of each terraform command) and per stack; '-' for a step not run. */
export function timingTable(runs: readonly StackRun[]): string[] {
  const header = ['stack'.padEnd(30), ...COLUMNS.map((c) => c.padStart(15)), 'stack total'.padStart(12)].join(' ');
  const rows = runs.map((run) => {
    const cells = COLUMNS.map((c) => (run.steps.get(c)?.seconds.toFixed(1) ?? '-').padStart(15));
    const total = [...run.steps.values()].reduce((sum, s) => sum + s.seconds, 0);
    return [run.stack.name.padEnd(30), ...cells, `${total.toFixed(1)}s`.padStart(12)].join(' ');
  });
  return [header, ...rows];
}

/** The last lines of a command's output: where Terraform puts its errors. */
export function tail(output: string, lines = 60): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * What a re-plan wants to change: from Terraform's action list to its "Plan:" summary. This is what a
 * perpetual diff looks like, and what to show when the second plan is not clean.
 */
export function plannedChanges(planOutput: string): string {
  const start = planOutput.search(/^(Terraform will perform the following actions:|Terraform used the selected providers)/m);
  const summary = /^Plan: .*$/m.exec(planOutput);
  if (start < 0 || !summary) return tail(planOutput);
  return planOutput.slice(start, summary.index + summary[0].length).trim();
}
