#!/usr/bin/env node
'use strict';
// The bedrock-private command. Installed from the package, it runs the compiled JavaScript in dist/ (no
// TypeScript toolchain at run time). In a checkout of the repository, where bin/commands.ts exists, it runs
// the TypeScript sources through tsx (a dev dependency), so it is never behind an edit; the package ships
// no sources, so the two cannot be confused. tsx needs two hooks: require() loads the sources (CJS hook),
// and cli/main.ts loads each subcommand lazily with import() (ESM hook; 'tsx/esm' is what
// `node --import tsx/esm` would load).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const SOURCES = join(__dirname, 'commands.ts');

/** Loads the command table's module (and, lazily, the error path), or explains why it cannot and returns undefined. */
async function load() {
  if (!existsSync(SOURCES)) return { cli: require('../dist/bin/commands.js'), errors: () => require('../dist/catalog/errors.js') };
  let register;
  try {
    register = require('tsx/cjs/api').register;
  } catch {
    process.stderr.write(
      'bedrock-private: this is a checkout of the repository, whose CLI runs from its TypeScript sources with tsx, a dev dependency that is not installed.\n' +
        'Run "npm ci" (with dev dependencies) here, or install the package (npm install bedrock-private-platform), which ships the CLI compiled.\n',
    );
    return undefined;
  }
  register();
  await import('tsx/esm');
  return { cli: require('./commands.ts'), errors: () => require('../catalog/errors.ts') };
}

load().then(
  async (loaded) => {
    if (loaded === undefined) {
      process.exitCode = 2;
      return;
    }
    try {
      process.exitCode = await loaded.cli.main(process.argv.slice(2));
    } catch (err) {
      // Only a failure to load a command gets here (cli/main.ts reports its commands' failures).
      process.exitCode = loaded.errors().reportFailure(err, { name: 'bedrock-private', exitCode: 2 });
    }
  },
  (err) => {
    process.stderr.write(`bedrock-private: could not load the CLI: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
