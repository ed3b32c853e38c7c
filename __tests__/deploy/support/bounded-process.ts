import { spawn } from 'node:child_process';

export interface BoundedRun {
  /** null when the process was killed (see timedOut) or died by a signal. */
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  /** stdout and stderr interleaved in arrival order: Terraform prints its errors on stderr. */
  readonly output: string;
  /** Wall time from spawn to exit. */
  readonly seconds: number;
}

export interface BoundedOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
}

const KILL_GRACE_MS = 10_000;

/**
 * Runs a command to completion or to its time limit, whichever comes first. The child leads its own
 * process group, so a timeout stops Terraform *and* the provider plugin it started (a provider stuck in a
 * retry loop would otherwise outlive the test): SIGTERM first, so Terraform can release its state lock,
 * then SIGKILL.
 */
export function runBounded(command: string, args: readonly string[], options: BoundedOptions): Promise<BoundedRun> {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => chunks.push(d));
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const signalGroup = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch {
        // The group is already gone.
      }
    };
    const limit = setTimeout(() => {
      timedOut = true;
      signalGroup('SIGTERM');
      killTimer = setTimeout(() => signalGroup('SIGKILL'), KILL_GRACE_MS);
    }, options.timeoutMs);
    const finish = (exitCode: number | null, extra = ''): void => {
      clearTimeout(limit);
      if (killTimer) clearTimeout(killTimer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ exitCode, timedOut, output: Buffer.concat(chunks).toString('utf8') + extra, seconds });
    };
    child.once('error', (error) => finish(null, `\n${command}: ${error.message}\n`));
    child.once('close', (code) => finish(code));
  });
}
