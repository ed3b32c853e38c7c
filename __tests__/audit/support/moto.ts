import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..', '..');
const PYTHON = join(REPO, '.venv', 'bin', 'python');
const START_TIMEOUT_MS = 30_000;

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
}

const MOTO_DEFAULT_ACCOUNT = '123456789012';

/** Starts tools/moto_emulator.py on 127.0.0.1, on a port the OS picks, and waits for it to listen. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  if (!existsSync(PYTHON)) {
    throw new Error(`moto is not installed: ${PYTHON} is missing. Run "bash scripts/python-env.sh" (installs the pinned moto into .venv).`);
  }
  const accountId = options.accountId ?? MOTO_DEFAULT_ACCOUNT;
  if (options.multiAccount && options.accountId !== undefined && options.accountId !== MOTO_DEFAULT_ACCOUNT) {
    throw new Error(`a multi-account emulator's own account is moto's default, ${MOTO_DEFAULT_ACCOUNT}`);
  }
  const { MOTO_ACCOUNT_ID: _inherited, ...inherited } = process.env;
  const child: ChildProcess = spawn(PYTHON, [join(REPO, 'tools', 'moto_emulator.py'), '0'], {
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
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`moto emulator did not start within ${START_TIMEOUT_MS} ms:\n${stderr}`)), START_TIMEOUT_MS);
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`moto emulator exited with ${code}:\n${stderr}`));
    });
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    accountId,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Dummy credentials: the emulator accepts any, and the SDK's default chain must find some. */
export const DUMMY_AWS_ENV: Readonly<Record<string, string>> = {
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
