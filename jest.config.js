/**
 * The unit suite (`npm run test:unit`): everything but the emulator deploy loop. `*.deploy.test.ts` files need
 * Terraform and run under jest.deploy.config.js (`npm run test:deploy`).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '\\.deploy\\.test\\.ts$'],
  // The AWS SDK's Node-version warning, and only it (cli/shared/sdk-node-warning.ts says why and until when);
  // npm's update notice in child processes.
  setupFiles: ['<rootDir>/__tests__/setup/sdk-node-warning.ts', '<rootDir>/__tests__/setup/quiet-npm.ts'],
  transform: {
    // isolatedModules: type checking is `npm run typecheck`'s job; jest only transpiles.
    '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true } }],
  },
  testTimeout: 60000,
  // Two cores: one worker per core keeps the synth-heavy suites from thrashing.
  maxWorkers: 2,
};
