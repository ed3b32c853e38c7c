import { environmentStackName } from '../../catalog/stacks';
import { UsageError } from './usage-error';

/**
 * The stack to read from an outputs file: `--env <name>` selects `bedrock-<name>`, and `--stack
 * <stack-name>` is its alias for people who think in stack names. Undefined when neither is given
 * (fine while the file holds one stack).
 */
export function stackChoice(env: string | undefined, stack: string | undefined): string | undefined {
  if (env === undefined) return stack;
  const chosen = environmentStackName(env);
  if (stack !== undefined && stack !== chosen) {
    throw new UsageError(`--env ${env} selects the stack ${chosen}, but --stack says ${stack}: pass one of them.`);
  }
  return chosen;
}
