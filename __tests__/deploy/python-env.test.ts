import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePythonEnv } from './support/python-env';

/**
 * `npm run test:deploy` on a fresh clone, before .venv exists: the loop makes the venv itself with
 * scripts/python-env.sh (jest.deploy.config.js's globalSetup), or stops with one message. Here against a
 * stand-in script, so nothing is installed.
 */
let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'python-env-'));
  mkdirSync(join(repo, 'scripts'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const script = (body: string) => writeFileSync(join(repo, 'scripts', 'python-env.sh'), `#!/usr/bin/env bash\n${body}\n`);

describe('the deploy loop\'s Python environment', () => {
  it('is made by scripts/python-env.sh when it is missing', () => {
    script('mkdir -p .venv/bin && touch .venv/bin/python');
    expect(ensurePythonEnv(repo)).toEqual({ ok: true });
    expect(existsSync(join(repo, '.venv', 'bin', 'python'))).toBe(true);
  });

  it('stops with one message naming the command, what it said and the fix, when it cannot be made', () => {
    script('echo "python-env: installing pinned checkov and moto into .venv (hash-checked)" >&2\necho "ERROR: No matching distribution found for moto==5.2.5" >&2\nexit 1');
    expect(ensurePythonEnv(repo)).toEqual({
      fail: [
        'test:deploy: the emulator\'s Python environment (.venv, with moto) is missing or out of date and could not be made: bash scripts/python-env.sh exited 1:',
        '  python-env: installing pinned checkov and moto into .venv (hash-checked)',
        '  ERROR: No matching distribution found for moto==5.2.5',
        'It needs Python 3.10+ and, the first time, PyPI; fix that and run "npm run test:deploy" again.',
      ].join('\n'),
    });
  });
});
