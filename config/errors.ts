import type { z } from 'zod';
import { UserError } from '../catalog/errors';
import { closest } from '../catalog/did-you-mean';

/** One invalid field: where it is and what to do about it. */
export interface ConfigProblem {
  readonly environment: string;
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

/** Where an environment's file is, for messages that name another environment's file too. */
export type FileOf = (environment: string) => string;

/** The `environment` of a problem in the organization file (config/organization.json), not an environment's. */
export const ORGANIZATION = '(organization)';

/** Thrown before any construct exists, so a bad config never leaves a half-written cdktf.out. */
export class ConfigError extends UserError {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly ConfigProblem[]) {
    // The organization file is not an environment: its problems are headed and located by file alone.
    const organization = problems.length > 0 && problems.every((p) => p.environment === ORGANIZATION);
    super(
      [
        `Invalid ${organization ? 'organization' : 'environment'} configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was synthesized:`,
        ...problems.map((p) => `  - ${p.environment === ORGANIZATION ? p.file : `environment "${p.environment}" (${p.file})`}: ${p.field}: ${p.message}`),
      ].join('\n'),
    );
  }
}

/** Keys that moved in a release: the old path → where it lives now. Kept so an old file gets told where. */
const MOVED_KEYS: Readonly<Record<string, string>> = {
  'keys.modelInvokerArns': 'people.modelInvokers',
  'keys.modelBuilderArns': 'people.jobSubmitters',
};

/** `unknown key "vpcCdir": did you mean "vpcCidr"? ...`, or the plain fix when no key is close. */
function unknownKeysMessage(keys: readonly string[], known: readonly string[], guide: string): string {
  const guesses = keys.map((key) => ({ key, guess: closest(key, known) }));
  const listed = guesses.map(({ key, guess }) => (guess && keys.length > 1 ? `"${key}" (did you mean "${guess}"?)` : `"${key}"`)).join(', ');
  const head = `unknown key${keys.length > 1 ? 's' : ''} ${listed}`;
  if (keys.length === 1 && guesses[0].guess) return `${head}: did you mean "${guesses[0].guess}"? (${guide} lists every key)`;
  return `${head}: remove ${keys.length > 1 ? 'them' : 'it'} or fix the spelling (see ${guide} for the keys)`;
}

/**
 * zod issues → problems, with a fix for the generic issue kinds zod words on its own. `keysAt` gives
 * the keys allowed where an unknown key was found, so the message can suggest the one meant; a key that
 * moved in a release is told where it went instead.
 */
export function problemsFromZod(environment: string, file: string, error: z.ZodError, keysAt: (path: readonly PropertyKey[]) => readonly string[] = () => []): ConfigProblem[] {
  const guide = environment === ORGANIZATION ? 'help/organization-guardrails.md' : 'help/adding-an-environment.md';
  return error.issues.flatMap((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(file)';
    if (issue.code === 'unrecognized_keys') {
      const at = (key: string) => [...issue.path.map(String), key].join('.');
      const moved = issue.keys.filter((k) => MOVED_KEYS[at(k)] !== undefined);
      const unknown = issue.keys.filter((k) => MOVED_KEYS[at(k)] === undefined);
      return [
        ...moved.map((k) => ({ environment, file, field: at(k), message: `moved to ${MOVED_KEYS[at(k)]}: move the list there (help/operating.md)` })),
        ...(unknown.length ? [{ environment, file, field, message: unknownKeysMessage(unknown, keysAt(issue.path), guide) }] : []),
      ];
    }
    const message = issue.code === 'invalid_type' ? `${issue.message}: set ${field} to ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}` : issue.message;
    return [{ environment, file, field, message }];
  });
}
