import { reportFailure } from '../catalog/errors';
import { silenceSdkNodeVersionWarning } from './shared/sdk-node-warning';

/** A subcommand module: runs with the arguments after its name and returns the exit code. */
export interface CommandModule {
  readonly run: (argv: readonly string[]) => Promise<number>;
}

/** A subcommand: its one-line summary for the usage text, and how to load it. */
export interface Command {
  readonly summary: string;
  readonly load: () => Promise<CommandModule>;
}

/** Subcommand name → command. */
export type Commands = Readonly<Record<string, Command>>;

/**
 * Subcommand name → lazy import, so `audit` never loads another command's dependencies.
 * To add a command, add one entry here and a `cli/<name>/command.ts` exporting `run`. Commands that
 * build stacks (synth) are added by bin/commands.ts, the one place the CLI meets the constructs.
 */
export const COMMANDS: Commands = {
  audit: {
    summary: 'find Bedrock jobs and custom models outside the VPC or without a customer-managed key',
    load: () => import('./audit/command'),
  },
  job: {
    summary: 'submit a customization or batch inference job with the environment\'s VPC config and key, or deploy a custom model',
    load: () => import('./job/command'),
  },
};

/** The top-level usage text for a command table. */
export function usage(commands: Commands): string {
  const width = Math.max(8, ...Object.keys(commands).map((name) => name.length));
  return `Usage: bedrock-private <command> [options]

Commands:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)} ${c.summary}`).join('\n')}

Run "bedrock-private <command> --help" for a command's options.`;
}

export const USAGE = usage(COMMANDS);

/** Dispatches to a subcommand; any failure exits 2 through the one error path (catalog/errors.ts). */
export async function main(argv: readonly string[], commands: Commands = COMMANDS): Promise<number> {
  silenceSdkNodeVersionWarning();
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage(commands) + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) {
    process.stderr.write(`bedrock-private: unknown command "${name}".\n\n${usage(commands)}\n`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (err) {
    return reportFailure(err, { name: `bedrock-private ${name}`, exitCode: 2 });
  }
}
