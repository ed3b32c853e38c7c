import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The seed documents live beside the checkout (../shared/reference), as in CI. A git worktree sits one
 * level deeper (../wt/<name>), so look upward from the repository for the first shared/reference;
 * BEDROCK_SEED_DIR overrides the search.
 */
function findSeedDir(): string {
  // A copy of the repo elsewhere (the guide test's) is pointed at them explicitly.
  if (process.env.BEDROCK_SEED_DIR) return process.env.BEDROCK_SEED_DIR;
  const repo = join(__dirname, '..', '..');
  for (let dir = dirname(repo); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'reference');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return join(dirname(repo), 'shared', 'reference');
  }
}

export const SEED_DIR = findSeedDir();

export function seedText(seed: '000' | '001' | '002' | '003' | '004'): string {
  const file = readdirSync(SEED_DIR).find((f) => f.startsWith(`${seed}_`));
  if (!file) throw new Error(`seed ${seed} not found in ${SEED_DIR}`);
  return readFileSync(join(SEED_DIR, file), 'utf8');
}

/**
 * Every `{ "Version": ... }` policy document in a seed, in order. The seeds' examples are not valid
 * JSON as printed: several carry trailing commas, and seed 000's ENI policy never closes its last
 * statement (`... } } ] }`). Both defects are repaired here, explicitly, and nowhere in our code.
 */
export function seedPolicies(seed: '000' | '001' | '003' | '004'): Array<{ Version: string; Id?: string; Statement: Record<string, unknown>[] }> {
  const text = seedText(seed);
  const docs = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('{ "Version"', from);
    if (start < 0) break;
    // Each example sits on one line of the seed text.
    const lineEnd = text.indexOf('\n', start);
    const end = (lineEnd < 0 ? text.length : lineEnd) - 1;
    const raw = text.slice(start, end + 1).replace(/,(\s*[\]}])/g, '$1');
    docs.push(parseRepaired(raw));
    from = end + 1;
  }
  return docs;
}

function parseRepaired(raw: string) {
  try {
    return JSON.parse(raw);
  } catch (e) {
    const closed = raw.replace(/\} \} \] \}$/, '} } } ] }');
    if (closed === raw) throw e;
    return JSON.parse(closed);
  }
}

/** Replaces the seed's placeholders with concrete values, in every string of a JSON value. */
export function substitute<T>(value: T, replacements: ReadonlyArray<[string | RegExp, string]>): T {
  let text = JSON.stringify(value);
  for (const [from, to] of replacements) text = text.split(from as string).join(to);
  return JSON.parse(text) as T;
}
