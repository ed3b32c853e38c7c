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

/** Set it (to 1) to see the stack trace, and the cause chain, of a failure that is not the user's. */
export const DEBUG_VARIABLE = 'BEDROCK_PRIVATE_DEBUG';

/** How one entry point (synth, a script, a CLI command) reports a failure. */
export interface EntryPoint {
  /** Prefix of the first line, e.g. "bedrock-private job". @default no prefix (synth prints the message alone) */
  readonly name?: string;
  /** Exit code of any failure: 1 for synth and the scripts, 2 for the CLI (its documented "could not complete"). */
  readonly exitCode: number;
}

/** What an entry point prints on stderr for a failure, and the code it exits with. */
export interface FailureReport {
  readonly text: string;
  readonly exitCode: number;
}

/** True when BEDROCK_PRIVATE_DEBUG asks for stack traces (any value but empty, 0 or false). */
export function isDebugging(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env[DEBUG_VARIABLE];
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The stack of the error and of each `cause` below it (bounded: a cause chain can be a cycle). */
function traceOf(error: unknown): string {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 8; depth++) {
    const text = current instanceof Error ? (current.stack ?? `${current.name}: ${current.message}`) : String(current);
    lines.push(depth === 0 ? text : `Caused by: ${text}`);
    current = current instanceof Error ? current.cause : undefined;
  }
  return lines.join('\n');
}

/**
 * The one error path of every entry point. A UserError prints its message and nothing else: the
 * message already names the file or flag, the field and the fix, and a stack would bury it. Anything
 * else is the tool's failure: one line with its message (and its cause's), then either a hint to rerun
 * with BEDROCK_PRIVATE_DEBUG=1 or, when that is set, the stack and cause chain.
 */
export function describeFailure(error: unknown, entry: EntryPoint, env: NodeJS.ProcessEnv = process.env): FailureReport {
  const prefix = entry.name === undefined ? '' : `${entry.name}: `;
  if (error instanceof UserError) return { text: `${prefix}${error.message}\n`, exitCode: entry.exitCode };
  const cause = error instanceof Error && error.cause !== undefined ? ` (cause: ${messageOf(error.cause)})` : '';
  const headline = `${prefix}unexpected failure: ${messageOf(error)}${cause}`;
  const detail = isDebugging(env)
    ? traceOf(error)
    : `This is a bug, or a failure of something it calls, not a problem with your input. Rerun with ${DEBUG_VARIABLE}=1 to print the stack trace, and include it when you report it.`;
  return { text: `${headline}\n${detail}\n`, exitCode: entry.exitCode };
}

/** Prints a failure on stderr as describeFailure says and returns the exit code to use. */
export function reportFailure(error: unknown, entry: EntryPoint): number {
  const report = describeFailure(error, entry);
  process.stderr.write(report.text);
  return report.exitCode;
}

/**
 * Runs an entry point's body (sync or async) and sets process.exitCode: the body's number if it
 * returns one, the failure's code if it throws. Never process.exit, so stdout is flushed first.
 */
export function runEntryPoint(entry: EntryPoint, body: () => void | number | Promise<void | number>): void {
  const settle = (code: void | number) => {
    if (typeof code === 'number') process.exitCode = code;
  };
  const fail = (error: unknown) => {
    process.exitCode = reportFailure(error, entry);
  };
  try {
    const result = body();
    if (result instanceof Promise) result.then(settle, fail);
    else settle(result);
  } catch (error) {
    fail(error);
  }
}
