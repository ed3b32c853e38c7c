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

/** zod issues → problems, with a fix for the generic issue kinds zod words on its own. */
export function problemsFromZod(environment: string, file: string, error: z.ZodError): ConfigProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(file)';
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or fix the spelling (see help/adding-an-environment.md for the keys)`;
    } else if (issue.code === 'invalid_type') {
      message = `${issue.message}: set ${field} to a ${issue.expected}`;
    }
    return { environment, file, field, message };
  });
}
