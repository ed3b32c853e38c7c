#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * `npm run synth` and `cdktf synth` (cdktf.json "app"): synthesizes from compiled JavaScript.
 *
 * Transpiling TypeScript on every run (tsx) was about half of synth's wall time, so main.ts and what it
 * imports are compiled once by the pinned TypeScript (tsconfig.synth.json, no type check: that is
 * `npm run typecheck`'s job) into .build/synth-<hash>/, and reused while they are fresh.
 *
 * The compiled JavaScript is then bundled with its packages (cdktf, the provider classes, zod) into one
 * file by esbuild: loading one module instead of about 570 is a fifth of what is left of synth's time.
 * The unbundled output stays beside it for debug runs, whose stack traces map to the TypeScript.
 *
 * Fresh means: .build/synth.json records every source file the compiler read and a SHA-256 of their
 * contents (plus the compiler version, both tsconfig files, this file, and npm's record of the installed
 * packages, which the bundle contains). Each run hashes those files
 * again (a few ms) and compiles again on any difference, including a deleted file, so a stale build
 * never synthesizes old code. A file nobody imported cannot change the output; once something imports
 * it, the importing file has changed. Builds are written to a temporary directory and renamed into
 * place, so a concurrent run sees a whole build or none.
 */
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { join, relative, sep } = require('node:path');

const { clearCompileCache, enableCompileCache } = require('./compile-cache');

const ROOT = join(__dirname, '..');
const BUILD = join(ROOT, '.build');
/** V8's compiled code of every module synth loads (scripts/compile-cache.js). */
const COMPILE_CACHE = join(BUILD, 'compile-cache');
const POINTER = join(BUILD, 'synth.json');
const TSCONFIG = join(ROOT, 'tsconfig.synth.json');
/** Inputs that are not source files of the program but change what it compiles to. */
const BUILD_CONFIG = ['tsconfig.json', 'tsconfig.synth.json', 'scripts/synth.js', 'node_modules/typescript/package.json', 'node_modules/.package-lock.json'];
/** The bundle synth runs outside debug runs. */
const BUNDLE = 'synth.bundle.js';

/**
 * @param {readonly string[]} inputs project-relative paths
 * @param {(path: string) => string} read
 */
function fingerprint(inputs, read) {
  const hash = createHash('sha256');
  for (const path of BUILD_CONFIG) hash.update(`${path}\0${readBuildConfig(path)}\0`);
  for (const path of inputs) hash.update(`${path}\0${read(path)}\0`);
  return hash.digest('hex');
}

const readProjectFile = (/** @type {string} */ path) => readFileSync(join(ROOT, path), 'utf8');
/** A build input that may be absent (an install without npm's record): absent is a state of its own. */
const readBuildConfig = (/** @type {string} */ path) => (existsSync(join(ROOT, path)) ? readProjectFile(path) : '\0absent');

/** The build directory if .build/synth.json matches the sources as they are now; undefined otherwise. */
function freshBuild() {
  try {
    const pointer = JSON.parse(readFileSync(POINTER, 'utf8'));
    const dir = join(BUILD, pointer.dir);
    if (fingerprint(pointer.inputs, readProjectFile) === pointer.key && existsSync(join(dir, BUNDLE))) return dir;
  } catch {
    // No build yet, or an input was deleted: compile.
  }
  return undefined;
}

/** A source that does not compile: the user's to fix, so report it like any input mistake. */
class CompileError extends Error {}

/**
 * Relative imports that resolve to no file. Without a type check the compiler emits them anyway, and
 * the missing file would not be among the recorded inputs: restoring it would not trigger a rebuild.
 * @param {typeof import('typescript')} ts
 * @param {import('typescript').Program} program
 */
function missingImports(ts, program) {
  const options = program.getCompilerOptions();
  return program
    .getSourceFiles()
    .filter((file) => !relative(ROOT, file.fileName).startsWith('..') && !file.fileName.includes(`${sep}node_modules${sep}`) && !file.isDeclarationFile)
    .flatMap((file) =>
      ts
        .preProcessFile(file.text, true, true)
        .importedFiles.filter(({ fileName }) => fileName.startsWith('.'))
        .filter(({ fileName }) => !ts.resolveModuleName(fileName, file.fileName, options, ts.sys).resolvedModule)
        .map(({ fileName }) => `${relative(ROOT, file.fileName)}: imports '${fileName}', which does not exist\n`),
    );
}

/**
 * cdktf captures a complete stack trace for every token it creates (cdktf/lib/tokens/private/stack-trace.js)
 * and reads it only to explain an error about that token: about a sixth of synth with 30 environments.
 * The bundle gets a stand-in that captures nothing; a debug run, which runs the unbundled output, keeps
 * the traces. The synthesized output does not depend on them (a test compares the two).
 * @type {import('esbuild').Plugin}
 */
const NO_TOKEN_CREATION_STACKS = {
  name: 'no-token-creation-stacks',
  setup(build) {
    build.onLoad({ filter: /[\\/]cdktf[\\/]lib[\\/]tokens[\\/]private[\\/]stack-trace\.js$/ }, () => ({
      contents: 'exports.captureStackTrace = () => [];',
      loader: 'js',
    }));
  },
};

/** Compiles main.ts and its imports into a new .build/synth-<hash>/ and points .build/synth.json at it. */
async function build() {
  const ts = require('typescript');
  mkdirSync(BUILD, { recursive: true });
  const tmp = mkdtempSync(join(BUILD, 'tmp-'));
  try {
    const parsed = ts.getParsedCommandLineOfConfigFile(TSCONFIG, { outDir: tmp }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (!parsed) throw new CompileError(`cannot read ${relative(ROOT, TSCONFIG)}`);
    const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
    const diagnostics = [...parsed.errors, ...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics()];
    const missing = missingImports(ts, program);
    if (diagnostics.length === 0 && missing.length === 0) diagnostics.push(...program.emit().diagnostics);
    if (diagnostics.length || missing.length) {
      const host = { getCanonicalFileName: (/** @type {string} */ f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
      throw new CompileError(`the sources do not compile; fix them and run synth again:\n${ts.formatDiagnostics(diagnostics, host)}${missing.join('')}`);
    }
    await require('esbuild').build({
      entryPoints: [join(tmp, 'main.js')],
      outfile: join(tmp, BUNDLE),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: `node${process.versions.node.split('.')[0]}`,
      // Whitespace and comments only (names stay, so error messages do): smaller to load, and no
      // commented-out `import(` that would keep the code cache away (scripts/compile-cache.js).
      minifyWhitespace: true,
      plugins: [NO_TOKEN_CREATION_STACKS],
      logLevel: 'silent',
    });
    // Exactly the texts that were compiled: a file edited during the build gets a different hash next run.
    const sources = new Map(
      program
        .getSourceFiles()
        .map((file) => /** @type {[string, string]} */ ([relative(ROOT, file.fileName).split(sep).join('/'), file.text]))
        .filter(([path]) => !path.startsWith('..') && !path.startsWith('node_modules/')),
    );
    const inputs = [...sources.keys()].sort();
    const key = fingerprint(inputs, (path) => sources.get(path) ?? readProjectFile(path));
    const dirName = `synth-${key.slice(0, 16)}`;
    const dir = join(BUILD, dirName);
    try {
      renameSync(tmp, dir);
    } catch (error) {
      if (!existsSync(join(dir, BUNDLE))) throw error;
      rmSync(tmp, { recursive: true, force: true }); // a concurrent run built the same sources first
    }
    const pointerTmp = `${POINTER}.${process.pid}`;
    writeFileSync(pointerTmp, `${JSON.stringify({ key, dir: dirName, inputs }, undefined, 2)}\n`);
    renameSync(pointerTmp, POINTER);
    for (const old of readdirSync(BUILD).filter((name) => name.startsWith('synth-') && name !== dirName)) {
      rmSync(join(BUILD, old), { recursive: true, force: true });
    }
    return dir;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** True when the build failed because typescript or esbuild is not installed (npm ci --omit=dev). */
function missingToolchain(/** @type {unknown} */ error) {
  const { code, message } = /** @type {{ code?: unknown, message?: unknown }} */ (error ?? {});
  return code === 'MODULE_NOT_FOUND' && typeof message === 'string' && /Cannot find module '(typescript|esbuild)'/.test(message);
}

async function run() {
  // cdktf runs the app without arguments; anything given is a mistake that would otherwise pass unseen.
  const [extra] = process.argv.slice(2);
  if (extra !== undefined) {
    process.stderr.write(`synth: unexpected argument "${extra}": synth takes none. Choose the environment files with BEDROCK_ENV_DIR and the output directory with CDKTF_OUTDIR.\n`);
    process.exitCode = 1;
    return;
  }
  let dir;
  try {
    dir = freshBuild();
    if (dir === undefined) {
      dir = await build();
      clearCompileCache(COMPILE_CACHE);
    }
  } catch (error) {
    // The one error path lives in the compiled catalog, which a failed build does not have.
    const detail =
      error instanceof CompileError
        ? error.message
        : missingToolchain(error)
          ? 'this checkout compiles its TypeScript sources with typescript and esbuild, dev dependencies that are not installed: run npm ci (without --omit=dev). A platform repository installs the package instead, whose bedrock-private synth needs neither (help/getting-started.md).'
          : `could not compile (${error instanceof Error ? error.message : String(error)})`;
    process.stderr.write(`synth: ${detail.trimEnd()}\n`);
    process.exitCode = 1;
    return;
  }
  // Stack traces of a debug run point at the TypeScript sources (tsconfig.synth.json emits maps): it runs
  // the unbundled output without the code cache, which compiles outside Node's own path (what applies
  // source maps). Every other run is the bundle, from the code cache.
  if (require(join(dir, 'catalog', 'errors.js')).isDebugging()) {
    process.setSourceMapsEnabled(true);
    require(join(dir, 'main.js')).main(ROOT);
    return;
  }
  enableCompileCache(COMPILE_CACHE, ROOT);
  require(join(dir, BUNDLE)).main(ROOT);
}

void run();
