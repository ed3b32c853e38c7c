import { reportFailure } from '../catalog/errors';
import { silenceSdkNodeVersionWarning } from './shared/sdk-node-warning';

/** A subcommand module: runs with the arguments after its name and returns the exit code. */
export interface CommandModule {
  readonly run: (argv: readonly string[]) => Promise<number>;
}

/**
 * Subcommand name → lazy import, so `audit` never loads another command's dependencies.
 * To add a command, add one entry here and a `cli/<name>/command.ts` exporting `run`.
 */
const COMMANDS: Readonly<Record<string, { readonly summary: string; readonly load: () => Promise<CommandModule> }>> = {
  audit: {
    summary: 'find Bedrock jobs and custom models outside the VPC or without a customer-managed key',
    load: () => import('./audit/command'),
  },
  job: {
    summary: 'submit a customization or batch inference job with the environment\'s VPC config and key, or deploy a custom model',
    load: () => import('./job/command'),
  },
};

export const USAGE = `Usage: bedrock-private <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`).join('\n')}

Run "bedrock-private <command> --help" for a command's options.`;

/** Dispatches to a subcommand; any failure exits 2 through the one error path (catalog/errors.ts). */
export async function main(argv: readonly string[]): Promise<number> {
  silenceSdkNodeVersionWarning();
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    process.stderr.write(`bedrock-private: unknown command "${name}".\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (err) {
    return reportFailure(err, { name: `bedrock-private ${name}`, exitCode: 2 });
  }
}
