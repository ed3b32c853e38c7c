/**
 * Prowler's half of the side-by-side table in help/audit.md (`npm run test:prowler`): needs .venv-prowler
 * (scripts/prowler-env.sh, about 8 minutes of PyPI), so it is not part of the unit suite.
 * @type {import('jest').Config}
 */
module.exports = {
  ...require('./jest.config.js'),
  testMatch: ['**/*.prowler.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 600000,
};
