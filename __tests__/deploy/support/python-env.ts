import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Creating the venv downloads checkov and moto once (pip, hash-checked): minutes on a slow link, never hours. */
const PYTHON_ENV_TIMEOUT_MS = 15 * 60_000;

/**
 * The deploy loop's emulator is moto, from the project's `.venv`. `bash scripts/python-env.sh` creates it on a
 * fresh clone, and is a no-op (a hash comparison) when it is current, so the loop runs it first itself. When it
 * cannot (no Python, no PyPI), that is ONE message, instead of every test failing on a missing interpreter.
 */
export function ensurePythonEnv(repo: string): { readonly ok: true } | { readonly fail: string } {
  const result = spawnSync('bash', [join(repo, 'scripts', 'python-env.sh')], { cwd: repo, encoding: 'utf8', timeout: PYTHON_ENV_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'] });
  if (!result.error && result.status === 0) return { ok: true };
  const why = result.error ? result.error.message : `exited ${result.status}`;
  const said = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-5).map((line) => `  ${line}`).join('\n');
  return {
    fail:
      `test:deploy: the emulator's Python environment (.venv, with moto) is missing or out of date and could not be made: bash scripts/python-env.sh ${why}` +
      `${said ? `:\n${said}` : ''}\nIt needs Python 3.10+ and, the first time, PyPI; fix that and run "npm run test:deploy" again.`,
  };
}
