import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { UserError, runEntryPoint } from '../catalog/errors';

/**
 * `npm run framework:seam`: points every direct import of the CDK framework (`'cdktf'`, `'cdktn'`, and
 * the synthesizer hook under their lib/) at the one module that names it, framework/index.ts.
 * Idempotent: run it after merging code that imports the framework directly; lint (eslint.config.mjs)
 * fails on any such import it leaves. `--check` only lists them and exits 1 when there are any;
 * `--root <dir>` works on another checkout (the cdktn test's temp copy, a test's scratch project).
 */
const SEAM = 'framework';
const SKIP = new Set(['node_modules', '.build', 'cdktf.out', '.venv', '.git', 'coverage', SEAM]);
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
function seamSpecifier(root: string, file: string): string {
  const rel = relative(dirname(file), join(root, SEAM)).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

runEntryPoint({ name: 'framework:seam', exitCode: 1 }, () => {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const rootAt = args.indexOf('--root');
  const root = rootAt >= 0 ? args[rootAt + 1] : join(__dirname, '..');
  const unknown = args.filter((a, i) => a !== '--check' && !(rootAt >= 0 && (i === rootAt || i === rootAt + 1)));
  if (unknown.length || (rootAt >= 0 && !root)) throw new UserError(`unexpected argument ${unknown[0] ?? '--root'}; usage: framework:seam [--check] [--root <dir>]`);
  const changed: string[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const next = text.replace(DIRECT, (_m, from: string, quote: string) => `${from}${quote}${seamSpecifier(root, file)}${quote}`);
    if (next === text) continue;
    changed.push(relative(root, file));
    if (!check) writeFileSync(file, next);
  }
  for (const file of changed) console.log(`${check ? 'imports the framework directly' : 'now imports framework/'}: ${file}`);
  console.log(`${changed.length} file(s) ${check ? 'import the framework directly' : 'rewritten'}`);
  return check && changed.length ? 1 : 0;
});
