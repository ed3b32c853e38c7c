/**
 * The cdktn migration proof (`npm run test:cdktn`): installs CDK Terrain from the npm registry into a temp
 * copy, so it needs the network and is not part of `npm test`. One test file, run in band: its progress
 * lines go straight to stdout.
 * @type {import('jest').Config}
 */
const unit = require('./jest.config.js');

module.exports = {
  testEnvironment: unit.testEnvironment,
  roots: unit.roots,
  transform: unit.transform,
  testMatch: ['**/*.cdktn.test.ts'],
  // A bound on a hung install, never a speed assertion.
  testTimeout: 30 * 60_000,
};
