#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * `npm run build` (and `npm pack`/`npm publish` through prepack): compiles the product folders into dist/
 * with type declarations (tsconfig.build.json), so the package runs on plain node. dist/ is emptied first,
 * so a source deleted since the last build never ships. No type check (npm run typecheck does that).
 * `bedrock-private checkov` (bin/checkov.ts) finds the platform's checkov skips and custom checks in
 * dist/checkov/, copied here from .checkov.yaml and scripts/checkov-checks/, which npm run checkov uses.
 *
 * The command table the bin loads (dist/bin/commands.js) is then bundled in place by esbuild with the project
 * code it reaches (but synth's) and zod: one file instead of about 130 (zod alone is about 95), which is most of what the CLI
 * added to node's start-up (npm run bench:cli). The packages with their own module graphs (cdktf, constructs,
 * the provider classes, the AWS SDK) stay external, loaded from node_modules only by the command that needs
 * them. The rest of dist/ stays unbundled: it is the library (package.json "exports"); dist/cli and dist/review,
 * which only the command table uses, are removed once bundled.
 */
const { cpSync, readdirSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const ts = require('typescript');

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');

rmSync(DIST, { recursive: true, force: true });
const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.build.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
if (!parsed) throw new Error('cannot read tsconfig.build.json');
const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
const diagnostics = [...parsed.errors, ...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics(), ...program.emit().diagnostics];
cpSync(join(ROOT, '.checkov.yaml'), join(DIST, 'checkov', 'checkov.yaml'));
cpSync(join(ROOT, 'scripts', 'checkov-checks'), join(DIST, 'checkov', 'checks'), { recursive: true, filter: (src) => !src.includes('__pycache__') });
/**
 * `bedrock-private synth` loads dist/main.js (the stacks, modules and rules) as it is: bundled, that code would be
 * parsed by every command, `--help` included, and would double the package.
 * @type {import('esbuild').Plugin}
 */
const SYNTH_OUTSIDE_THE_BUNDLE = {
  name: 'synth-outside-the-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/main$/ }, () => ({ path: '../main', external: true }));
  },
};

if (diagnostics.length) {
  const host = { getCanonicalFileName: (/** @type {string} */ f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
  process.stderr.write(`build: the sources do not compile:\n${ts.formatDiagnostics(diagnostics, host)}`);
  process.exitCode = 1;
} else {
  const commands = join(DIST, 'bin', 'commands.js');
  require('esbuild')
    .build({
      entryPoints: [commands],
      outfile: commands,
      allowOverwrite: true,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['cdktf', 'constructs', '@cdktf/*', '@aws-sdk/*', '@smithy/*'],
      plugins: [SYNTH_OUTSIDE_THE_BUNDLE],
      // Whitespace and comments only: names stay, so error messages and stack traces read as in the sources.
      minifyWhitespace: true,
      logLevel: 'warning',
    })
    .then(() => {
      // Bundled now, and not part of the library's exports: shipping them again would only add weight.
      for (const folder of ['cli', 'review']) rmSync(join(DIST, folder), { recursive: true, force: true });
      for (const file of readdirSync(join(DIST, 'bin')).filter((f) => f !== 'commands.js')) rmSync(join(DIST, 'bin', file));
    })
    .catch((/** @type {unknown} */ error) => {
      process.stderr.write(`build: could not bundle ${commands}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
