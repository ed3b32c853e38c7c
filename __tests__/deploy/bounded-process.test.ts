import { readFileSync } from 'node:fs';
import { runBounded } from './support/bounded-process';

const env = { PATH: process.env.PATH };

/** Alive and not a zombie (a container's PID 1 may never reap an orphan). Linux /proc. */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('a bounded command', () => {
  it('reports the exit code and both streams', async () => {
    const run = await runBounded('sh', ['-c', 'echo out; echo err >&2; exit 3'], { cwd: __dirname, env, timeoutMs: 10_000 });
    expect(run).toMatchObject({ exitCode: 3, timedOut: false });
    expect(run.output.split('\n').sort()).toEqual(['', 'err', 'out']);
  });

  it('is stopped at its time limit together with the processes it started', async () => {
    // The background sleep stands in for a provider plugin: it must not outlive the limit.
    const run = await runBounded('sh', ['-c', 'sleep 30 & echo $!; wait'], { cwd: __dirname, env, timeoutMs: 300 });
    expect(run).toMatchObject({ exitCode: null, timedOut: true });
    const grandchild = Number(run.output.trim());
    expect(grandchild).toBeGreaterThan(0);
    expect(running(grandchild)).toBe(false);
  });

  it('reports a command that cannot start', async () => {
    const run = await runBounded('/nonexistent/terraform', [], { cwd: __dirname, env, timeoutMs: 10_000 });
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain('ENOENT');
  });
});
