import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { runEntryPoint } from '../catalog/errors';

/**
 * `npm run framework:seam`: points every direct import of the CDK framework (`'cdktf'`, `'cdktn'`, and
 * the synthesizer hook under their lib/) at the one module that names it, framework/index.ts.
 * Idempotent: run it after merging code that imports the framework directly; lint (eslint.config.mjs)
 * fails on any such import it leaves. `--check` only lists them and exits 1 when there are any.
 */
const ROOT = join(__dirname, '..');
const SEAM_DIR = join(ROOT, 'framework');
const SKIP = new Set(['node_modules', '.build', 'cdktf.out', '.venv', '.git', 'coverage', 'framework']);
/** `from 'cdktf'`, `from 'cdktn'`, `from 'cdktf/lib/synthesize/synthesizer'` (what the seam re-exports). */
const DIRECT = /(\bfrom\s+)(['"])cdkt[fn](\/lib\/synthesize\/synthesizer)?\2/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.') || SKIP.has(e.name)) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The import path of the seam from a file: `../framework`, `./framework`. */
export function seamSpecifier(file: string): string {
  const rel = relative(dirname(file), SEAM_DIR).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

runEntryPoint({ name: 'framework:seam', exitCode: 1 }, () => {
  const check = process.argv.includes('--check');
  const changed: string[] = [];
  for (const file of sourceFiles(ROOT)) {
    const text = readFileSync(file, 'utf8');
    const next = text.replace(DIRECT, (_m, from: string, quote: string) => `${from}${quote}${seamSpecifier(file)}${quote}`);
    if (next === text) continue;
    changed.push(relative(ROOT, file));
    if (!check) writeFileSync(file, next);
  }
  for (const file of changed) console.log(`${check ? 'imports the framework directly' : 'now imports framework/'}: ${file}`);
  console.log(`${changed.length} file(s) ${check ? 'import the framework directly' : 'rewritten'}`);
  return check && changed.length ? 1 : 0;
});
