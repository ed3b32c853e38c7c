import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closestOption } from '../../catalog/did-you-mean';
import { UsageError } from './usage-error';

/**
 * node:util parseArgs for a `bedrock-private <command>`, its error as one UsageError: an unknown option
 * gets the closest known one (`Unknown option '--regoin'; did you mean --region?`), and the advice node
 * adds when positionals are allowed (pass "--x" as a positional after "--") is dropped: no command here
 * takes such a value.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw new UsageError(`${parseArgsMessage(err as Error, config.options ?? {})}\nRun "bedrock-private ${command} --help" for the options.`);
  }
}

/** parseArgs's message, with a did-you-mean for an unknown option and without node's positional advice. */
export function parseArgsMessage(error: Error, options: Readonly<Record<string, unknown>>): string {
  const message = error.message.replace(/\. To specify a positional argument starting with a '-'.*$/s, '');
  const unknown = /^Unknown option '(--[^']+)'$/.exec(message)?.[1];
  const guess = unknown === undefined ? undefined : closestOption(unknown, Object.keys(options));
  return guess === undefined ? message : `${message}; did you mean ${guess}?`;
}
