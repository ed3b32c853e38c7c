/**
 * The project's two kinds of failure, after AWS CDK's toolkit errors: every entry point (synth, the
 * scripts, the CLI) decides how to print an error from whose fault it is.
 *
 * - A UserError is a mistake the person running the command can fix (a config field, a flag, a file).
 *   Its message is the whole story: it names the file or flag, the field and the fix, so it is printed
 *   alone, without a stack trace.
 * - A ToolError is a failure of the tool or of what it calls (a bug, an unexpected SDK response). It
 *   keeps its cause, and its stack is worth showing to whoever debugs it.
 * Anything else thrown is treated like a ToolError.
 */
export type ErrorSource = 'user' | 'tool';

abstract class PlatformError extends Error {
  abstract readonly source: ErrorSource;

  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
  }
}

/** Bad input the user can fix; the message names where, what and the fix. */
export class UserError extends PlatformError {
  readonly source = 'user' as const;
  override readonly name: string = 'UserError';
}

/** A failure that is not the user's input; carries the underlying error as `cause`. */
export class ToolError extends PlatformError {
  readonly source = 'tool' as const;
  override readonly name: string = 'ToolError';
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
