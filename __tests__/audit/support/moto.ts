import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..', '..');
const PYTHON = join(REPO, '.venv', 'bin', 'python');
/**
 * How long the emulator may take to print "listening <port>". It is ready in 2-5 s on an idle machine; the
 * deploy loop starts one per account at once, and on a loaded 2-core machine 30 s was seen to run out. Bounded
 * all the same: past it the child is killed and the start fails with one message, rather than jest waiting on
 * a child that never listens until CI's own job limit.
 */
export const EMULATOR_START_TIMEOUT_MS = 90_000;
/** How long a stopped child has between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 5_000;

export interface Emulator {
  readonly endpoint: string;
  /** The account every request is answered as (moto's default 123456789012 unless one was asked for). */
  readonly accountId: string;
  readonly stop: () => Promise<void>;
}

export interface EmulatorOptions {
  /**
   * The AWS account the emulator answers as. moto 5.2.5 takes it from MOTO_ACCOUNT_ID before anything in the
   * request (moto/core/responses.py, get_current_account), so STS GetCallerIdentity returns it and every ARN
   * carries it: one emulator per account is how Terraform's allowed_account_ids check stays meaningful.
   */
  readonly accountId?: string;
  /**
   * Answer as the account of each request's credentials instead (moto's own rule when MOTO_ACCOUNT_ID is
   * unset: an access key from STS AssumeRole belongs to the role's account, anything else to 123456789012),
   * so one emulator holds an organization's accounts. `accountId` is then the management account.
   * @default false
   */
  readonly multiAccount?: boolean;
  /** Where to append everything the emulator writes on stderr (moto's tracebacks), e.g. beside a test's logs. */
  readonly stderrFile?: string;
  /**
   * Organization roots (`r-…`) and OUs (`ou-…`) to create, under an organization of this account, before the
   * emulator listens (MOTO_ORGANIZATION_TARGETS; tools/moto_emulator.py, fixtures). @default no organization
   */
  readonly organizationTargets?: readonly string[];
  /** Give up (and kill the child) if it has not printed "listening <port>" by then. @default EMULATOR_START_TIMEOUT_MS */
  readonly startTimeoutMs?: number;
  /**
   * The program and arguments to run instead of `.venv/bin/python tools/moto_emulator.py 0`; for the test that
   * proves a child which never listens is killed. @default the emulator
   */
  readonly command?: readonly [string, ...string[]];
}

const MOTO_DEFAULT_ACCOUNT = '123456789012';

/**
 * Stops a child and resolves once it has exited: SIGTERM, then SIGKILL after KILL_GRACE_MS. tools/moto_emulator.py
 * is one process (a threaded server, no children of its own), so its pid is all there is to stop; it is not
 * started in a process group of its own, so a Ctrl-C at the terminal still reaches it.
 */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts tools/moto_emulator.py on 127.0.0.1, on a port the OS picks, and waits for it to listen. Every way the
 * start can fail (the child exits, cannot be spawned, or does not listen within `startTimeoutMs`) kills the child
 * first and then rejects with one message naming the command, the port asked for and where its stderr went.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  if (!options.command && !existsSync(PYTHON)) {
    throw new Error(`moto is not installed: ${PYTHON} is missing. Run "bash scripts/python-env.sh" (installs the pinned moto into .venv).`);
  }
  const accountId = options.accountId ?? MOTO_DEFAULT_ACCOUNT;
  if (options.multiAccount && options.accountId !== undefined && options.accountId !== MOTO_DEFAULT_ACCOUNT) {
    throw new Error(`a multi-account emulator's own account is moto's default, ${MOTO_DEFAULT_ACCOUNT}`);
  }
  const timeoutMs = options.startTimeoutMs ?? EMULATOR_START_TIMEOUT_MS;
  const [program, ...args] = options.command ?? [PYTHON, join(REPO, 'tools', 'moto_emulator.py'), '0'];
  const { MOTO_ACCOUNT_ID: _inherited, ...inherited } = process.env;
  const child: ChildProcess = spawn(program, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...inherited,
      ...(!options.multiAccount && { MOTO_ACCOUNT_ID: accountId }),
      ...(options.organizationTargets?.length ? { MOTO_ORGANIZATION_TARGETS: options.organizationTargets.join(',') } : {}),
    },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
    if (options.stderrFile) appendFileSync(options.stderrFile, d);
  });
  const what = `moto emulator for account ${options.multiAccount ? `${accountId} and others` : accountId} (${[program, ...args].join(' ')}, asked for any free port on 127.0.0.1)`;
  const stderrSays = () => (options.stderrFile ? `its stderr is in ${options.stderrFile}` : stderr.trim() ? `its stderr ends:\n${stderr.trim()}` : 'it wrote nothing on stderr');
  const port = await new Promise<number>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Killed before the rejection, so no caller is left holding a child it never got a stop() for.
      void stopChild(child).then(() => reject(new Error(`${what} ${reason}; ${stderrSays()}`)));
    };
    const timer = setTimeout(() => fail(`did not print "listening <port>" within ${timeoutMs / 1000} s, so it was killed (pid ${child.pid})`), timeoutMs);
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      if (settled) return;
      out += d.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) {
        settled = true;
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('error', (error) => fail(`could not be started: ${error.message}`));
    child.once('exit', (code, signal) => fail(`exited with ${code ?? signal} before it listened`));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    accountId,
    stop: () => stopChild(child),
  };
}

/** Dummy credentials: the emulator accepts any, and the SDK's default chain must find some. */
export const DUMMY_AWS_ENV: Readonly<Record<string, string>> = {
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
