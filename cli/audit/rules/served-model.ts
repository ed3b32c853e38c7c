import type { ServedModel } from '../model';
import type { RuleInfo } from './catalog';
import type { Broken } from './context';

/** A deployment or provisioned throughput that serves a custom or imported model without a customer-managed key. */
export function servedModelKeyProblem(served: ServedModel, rule: RuleInfo, what: { readonly label: string; readonly modelArn: string | undefined }): Broken | undefined {
  if (served.kind === 'foundation' || served.modelKmsKeyArn) return undefined;
  return [rule, `${what.label} serves ${served.kind} model ${what.modelArn ?? '?'}, which has no modelKmsKeyArn: it is encrypted with an AWS-owned key.`];
}
