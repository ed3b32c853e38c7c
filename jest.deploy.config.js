/**
 * The emulator deploy loop (`npm run test:deploy`): every synthesized stack through real Terraform into moto
 * (help/emulator.md). One test file that runs its stacks in parallel itself, so jest runs it in band
 * (--runInBand in the script): its progress lines and any SKIPPED line go straight to stdout.
 * @type {import('jest').Config}
 */
const unit = require('./jest.config.js');

module.exports = {
  testEnvironment: unit.testEnvironment,
  roots: unit.roots,
  transform: unit.transform,
  testMatch: ['**/*.deploy.test.ts'],
  // Creates .venv (moto) on a fresh clone, or stops with one message (__tests__/deploy/support/python-env.ts).
  globalSetup: '<rootDir>/__tests__/deploy/support/global-setup.ts',
  // A bound on a hung run, never a speed assertion: each terraform command has its own, shorter limit.
  testTimeout: 30 * 60_000,
};
