import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../audit/support/moto';

const PYTHON = join(REPO, '.venv', 'bin', 'python');

describe('the emulator fidelity patches (tools/emulator_patches)', () => {
  it('each fixes a gap that plain moto 5.2.5 still has (tools/test_moto_emulator.py)', () => {
    if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: run "npm run python-env"`);
    const run = spawnSync(PYTHON, ['-m', 'unittest', 'discover', '-s', 'tools', '-p', 'test_*.py'], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
    // unittest reports on stderr; its closing "OK" is the pass condition.
    const report = `${run.stdout}${run.stderr}`;
    expect({ status: run.status, report }).toEqual({ status: 0, report: expect.stringMatching(/Ran \d+ tests? in .*\n\nOK\s*$/) });
  });
});
