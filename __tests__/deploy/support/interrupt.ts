import { spawn } from 'node:child_process';
import type { BoundedRun } from './bounded-process';

export interface InterruptOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** A bound on the whole run, signal or not: SIGKILL to the group when it passes. */
  readonly timeoutMs: number;
  /** When the output first matches, `signal` goes to the process group (as Ctrl-C or a cancelled CI job sends it). */
  readonly when: RegExp;
  readonly signal: NodeJS.Signals;
}

export interface InterruptedRun extends BoundedRun {
  /** The output had matched and the signal was sent. */
  readonly signalled: boolean;
  /** The signal the process died of, if it did not exit by itself. */
  readonly killedBy: NodeJS.Signals | null;
}

/**
 * Runs a command and signals its process group the moment its output shows a point (the first resource
 * created, an approval prompt): the fault the deploy loop's fault cases inject. stdin stays an open pipe that
 * never answers, so a prompt waits as it would for a person. Bounded like runBounded.
 */
export function runAndInterrupt(command: string, args: readonly string[], options: InterruptOptions): Promise<InterruptedRun> {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let signalled = false;
    let timedOut = false;
    const signalGroup = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch {
        // The group is already gone.
      }
    };
    const onData = (d: Buffer): void => {
      chunks.push(d);
      if (!signalled && options.when.test(Buffer.concat(chunks).toString('utf8'))) {
        signalled = true;
        signalGroup(options.signal);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const limit = setTimeout(() => {
      timedOut = true;
      signalGroup('SIGKILL');
    }, options.timeoutMs);
    child.once('close', (code, killedBy) => {
      clearTimeout(limit);
      child.stdin.destroy();
      resolve({ exitCode: code, killedBy, timedOut, signalled, output: Buffer.concat(chunks).toString('utf8'), seconds: Number(process.hrtime.bigint() - started) / 1e9 });
    });
  });
}
