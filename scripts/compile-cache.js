// @ts-check
'use strict';
/**
 * A V8 code cache for the CommonJS modules synth loads (since scripts/synth.js bundles, one: the
 * compiled sources with cdktf, the provider classes and zod), so a run deserializes compiled code
 * instead of compiling it again: about half of loading the bundle (88 ms -> 42 ms here). Node 22 has this built in (module.enableCompileCache), and it is
 * used where it exists; this is the same idea for Node 20, in the way v8-compile-cache did it.
 *
 * An entry must never serve old code. Its name hashes the file's path, size and mtime, and every entry
 * lives under a generation named after npm's record of the install (node_modules/.package-lock.json):
 * npm writes package files with one fixed mtime, but rewrites that record on every install, so an
 * upgrade starts a new generation. V8 itself rejects an entry made by another V8 or for a source of
 * another length, and a rejected entry is made again.
 */
const Module = require('node:module');
const vm = require('node:vm');
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const sha1 = (/** @type {string | Buffer} */ text) => createHash('sha1').update(text).digest('hex');
/** The process's main module, for `require.main` in the modules compiled here. */
const MAIN = require.main;

/**
 * The cache directory for the installed packages: `<root>/<generation>`, other generations removed.
 * Undefined when there is no install record to key on (then nothing is cached).
 * @param {string} root
 * @param {string} projectRoot
 */
function generationDir(root, projectRoot) {
  let record;
  try {
    record = readFileSync(join(projectRoot, 'node_modules', '.package-lock.json'));
  } catch {
    return undefined;
  }
  const generation = sha1(Buffer.concat([record, Buffer.from(`\0${process.version}\0${process.arch}`)])).slice(0, 16);
  mkdirSync(join(root, generation), { recursive: true });
  for (const old of readdirSync(root).filter((name) => name !== generation)) rmSync(join(root, old), { recursive: true, force: true });
  return join(root, generation);
}

/**
 * Caches compiled code of every CommonJS module loaded from now on, under `root`.
 * @param {string} root e.g. .build/compile-cache
 * @param {string} projectRoot where node_modules is
 */
function enableCompileCache(root, projectRoot) {
  const builtIn = /** @type {{ enableCompileCache?: (dir: string) => unknown }} */ (/** @type {unknown} */ (Module)).enableCompileCache;
  if (typeof builtIn === 'function') {
    builtIn(root);
    return;
  }
  const dir = generationDir(root, projectRoot);
  if (dir === undefined) return;
  /** @type {Array<[vm.Script, string]>} */
  const toWrite = [];
  const internal = /** @type {{ prototype: { _compile: (content: string, filename: string) => unknown } }} */ (/** @type {unknown} */ (Module));
  const compile = internal.prototype._compile;
  internal.prototype._compile = function compileWithCache(/** @type {string} */ content, /** @type {string} */ filename) {
    // import() needs a callback only Node's own compile wires up: leave such modules to it.
    if (content.includes('import(')) return compile.call(this, content, filename);
    let entry;
    try {
      const stat = statSync(filename);
      entry = join(dir, sha1(`${filename}\0${stat.size}\0${stat.mtimeMs}`));
    } catch {
      return compile.call(this, content, filename);
    }
    let cachedData;
    try {
      cachedData = readFileSync(entry);
    } catch {
      // not cached yet
    }
    const script = new vm.Script(Module.wrap(content.replace(/^#!.*/, '')), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) toWrite.push([script, entry]);
    // What Node's own compile passes a module: its require (with resolve, main, extensions, cache).
    const mod = /** @type {NodeJS.Module} */ (/** @type {unknown} */ (this));
    const loader = /** @type {any} */ (Module);
    const requireFn = Object.assign((/** @type {string} */ id) => mod.require(id), {
      resolve: Object.assign((/** @type {string} */ request, /** @type {{ paths?: string[] }} */ options) => loader._resolveFilename(request, mod, false, options), {
        paths: (/** @type {string} */ request) => loader._resolveLookupPaths(request, mod),
      }),
      main: MAIN,
      extensions: loader._extensions,
      cache: loader._cache,
    });
    return script.runInThisContext({ displayErrors: true }).call(mod.exports, mod.exports, requireFn, mod, filename, dirname(filename));
  };
  // Written once the process has run, so the entries hold the functions it compiled lazily too.
  process.once('exit', () => {
    for (const [script, entry] of toWrite) {
      try {
        const tmp = `${entry}.${process.pid}`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, entry);
      } catch {
        // a cache that cannot be written only costs speed
      }
    }
  });
}

/**
 * Drops every entry (after a rebuild, the old build's entries are orphans).
 * @param {string} root
 */
function clearCompileCache(root) {
  rmSync(root, { recursive: true, force: true });
}

module.exports = { enableCompileCache, clearCompileCache, generationDir };
