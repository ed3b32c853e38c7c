#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * `npm run build` (and `npm pack`/`npm publish` through prepack): compiles the product folders into dist/
 * with type declarations (tsconfig.build.json), so the package runs on plain node. dist/ is emptied first,
 * so a source deleted since the last build never ships. No type check (npm run typecheck does that).
 * `bedrock-private checkov` (bin/checkov.ts) finds the platform's checkov skips and custom checks in
 * dist/checkov/, copied here from .checkov.yaml and scripts/checkov-checks/, which npm run checkov uses.
 */
const { cpSync, rmSync } = require('node:fs');
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
if (diagnostics.length) {
  const host = { getCanonicalFileName: (/** @type {string} */ f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
  process.stderr.write(`build: the sources do not compile:\n${ts.formatDiagnostics(diagnostics, host)}`);
  process.exitCode = 1;
}
