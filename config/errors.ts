import type { z } from 'zod';
import { UserError } from '../catalog/errors';

/** One invalid field: where it is and what to do about it. */
export interface ConfigProblem {
  readonly environment: string;
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

/** Thrown before any construct exists, so a bad config never leaves a half-written cdktf.out. */
export class ConfigError extends UserError {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      [
        `Invalid environment configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was synthesized:`,
        ...problems.map((p) => `  - environment "${p.environment}" (${p.file}): ${p.field}: ${p.message}`),
      ].join('\n'),
    );
  }
}

/** Keys that moved in a release: the old path → where it lives now. Kept so an old file gets told where. */
const MOVED_KEYS: Readonly<Record<string, string>> = {
  'keys.modelInvokerArns': 'people.modelInvokers',
  'keys.modelBuilderArns': 'people.jobSubmitters',
};

/** zod issues → problems, with a fix for the generic issue kinds zod words on its own. */
export function problemsFromZod(environment: string, file: string, error: z.ZodError): ConfigProblem[] {
  return error.issues.flatMap((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(file)';
    if (issue.code === 'unrecognized_keys') {
      const at = (key: string) => [...issue.path.map(String), key].join('.');
      const moved = issue.keys.filter((k) => MOVED_KEYS[at(k)] !== undefined);
      const unknown = issue.keys.filter((k) => MOVED_KEYS[at(k)] === undefined);
      return [
        ...moved.map((k) => ({ environment, file, field: at(k), message: `moved to ${MOVED_KEYS[at(k)]}: move the list there (help/operating.md)` })),
        ...(unknown.length
          ? [{ environment, file, field, message: `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}: remove ${unknown.length > 1 ? 'them' : 'it'} or fix the spelling (see help/adding-an-environment.md for the keys)` }]
          : []),
      ];
    }
    const message = issue.code === 'invalid_type' ? `${issue.message}: set ${field} to a ${issue.expected}` : issue.message;
    return [{ environment, file, field, message }];
  });
}
