import { type Expectations, environmentModelKeys } from '../expectations';
import type { RuleInfo } from './catalog';
import type { Broken } from './context';

/**
 * The key rule pair custom and imported models share (seed 003): no customer-managed key at all,
 * or, when the environment's model keys are known, a key that is not one of them.
 */
export function modelKeyProblem(
  keyArn: string | undefined,
  expected: Expectations,
  rules: { readonly none: RuleInfo; readonly foreign: RuleInfo },
  model: { readonly label: string; readonly name: string },
): Broken | undefined {
  if (!keyArn) return [rules.none, `${model.label} ${model.name} has no modelKmsKeyArn: it is encrypted with an AWS-owned key.`];
  const allowed = environmentModelKeys(expected);
  if (allowed === undefined || allowed.includes(keyArn)) return undefined;
  return [rules.foreign, `${model.label} ${model.name} is encrypted with ${keyArn}, not the environment's model key (${allowed.join(' or ')}).`];
}
