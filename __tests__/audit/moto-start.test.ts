import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from './support/moto';

/**
 * startEmulator's failure paths (__tests__/audit/support/moto.ts): a child that never prints "listening <port>"
 * is killed before the start rejects, so no test run is left waiting on it. A node one-liner stands in for the
 * emulator: the same spawn, pipes and timer, with a chosen behaviour.
 */

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'moto-start-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Whether a process with this pid still exists (signal 0 checks without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

/** Rejects as startEmulator did; returns the message and the pid it names. */
async function failedStart(script: string, extra: { stderrFile?: string } = {}): Promise<{ message: string; pid: number }> {
  const error = await startEmulator({ command: [process.execPath, '-e', script], startTimeoutMs: 1_500, ...extra }).then(
    () => {
      throw new Error('the start resolved');
    },
    (e: Error) => e,
  );
  const pid = /\(pid (\d+)\)/.exec(error.message);
  return { message: error.message, pid: pid ? Number(pid[1]) : NaN };
}

describe('startEmulator', () => {
  it('kills a child that never listens once the start timeout passes, and says so in one message', async () => {
    const { message, pid } = await failedStart('process.stderr.write("warming up\\n"); setInterval(() => {}, 1000)');
    expect(message).toMatch(/^moto emulator for account 123456789012 \(.+ -e .+, asked for any free port on 127\.0\.0\.1\) did not print "listening <port>" within 1\.5 s, so it was killed \(pid \d+\); its stderr ends:\nwarming up$/);
    expect(alive(pid)).toBe(false);
  });

  it('kills one that ignores SIGTERM with SIGKILL, and names the stderr file when there is one', async () => {
    const stderrFile = join(scratch, 'moto.log');
    const { message, pid } = await failedStart('process.on("SIGTERM", () => console.error("ignoring SIGTERM")); console.error("started"); setInterval(() => {}, 1000)', { stderrFile });
    expect(message).toContain(`so it was killed (pid ${pid}); its stderr is in ${stderrFile}`);
    expect(alive(pid)).toBe(false);
    expect(readFileSync(stderrFile, 'utf8')).toContain('started');
  }, 20_000);

  it('rejects with the exit code when the child exits before it listens', async () => {
    const { message } = await failedStart('console.error("no such module"); process.exit(3)');
    expect(message).toMatch(/\) exited with 3 before it listened; its stderr ends:\nno such module$/);
  });

  it('rejects, with nothing left running, when the program cannot be spawned', async () => {
    const missing = join(scratch, 'no-such-python');
    const error = await startEmulator({ command: [missing], startTimeoutMs: 1_500 }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(new RegExp(`^moto emulator for account 123456789012 \\(${missing}, .+\\) could not be started: spawn ${missing} ENOENT; it wrote nothing on stderr$`));
  });
});
