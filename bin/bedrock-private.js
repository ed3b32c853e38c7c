#!/usr/bin/env node
'use strict';
// Runs the TypeScript CLI directly (no build step): tsx compiles cli/*.ts on load. Two hooks:
// require() loads main.ts (CJS hook), and main.ts loads each subcommand lazily with import()
// (ESM hook; 'tsx/esm' is the entry `node --import tsx/esm` would load).
require('tsx/cjs/api').register();

import('tsx/esm')
  .then(() => require('../cli/main.ts').main(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code;
    },
    // Only a failure to load the CLI itself gets here (cli/main.ts reports its commands' failures).
    (err) => {
      process.exitCode = require('../catalog/errors.ts').reportFailure(err, { name: 'bedrock-private', exitCode: 2 });
    },
  );
