import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..');

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** An empty npm user config: this machine's ~/.npmrc warns about unknown keys on every npm command. */
const EMPTY_NPMRC = join(tmpdir(), 'bedrock-private-empty-npmrc');
writeFileSync(EMPTY_NPMRC, '');

/**
 * The environment of a first run: PATH and HOME, no AWS config files, dummy credentials, no
 * telemetry, no debug, and no npm update notice (which npm writes to stderr once a day when the registry
 * is reachable, so a test comparing stderr would fail on a fresh clone). Callers add what their case needs.
 */
export function firstRunEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    CHECKPOINT_DISABLE: '1',
    NPM_CONFIG_USERCONFIG: EMPTY_NPMRC,
    npm_config_update_notifier: 'false',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'dummy',
    ...extra,
  };
}

/** Runs a command as a user would, from spawn to exit, without blocking this process (local servers keep answering). */
export function run(file: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(file, [...args], { cwd: options.cwd ?? REPO, env: options.env ?? firstRunEnv(), timeout: options.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
