import type { Expectations } from '../expectations';
import type { Finding, ModelCopyJob } from '../model';
import type { RuleInfo } from './catalog';

/** Everything a rule may read besides the resource itself; rules are pure functions of the two. */
export interface RuleContext {
  readonly region: string;
  readonly expected: Expectations;
  /** The run's clock, so a key's age does not depend on when the rule happens to run. */
  readonly now: Date;
  /** The copy job that made a model, when this run listed the region's copy jobs. */
  readonly copyJobFor: (modelArn: string) => ModelCopyJob | undefined;
}

/** A broken rule and what exactly is wrong with this resource. */
export type Broken = readonly [RuleInfo, string];

/**
 * The findings of one resource: one per broken rule, sharing one remediation (re-creating the
 * resource once fixes all of them), built only when something is broken.
 */
export function findingsOf(
  resource: { readonly region: string; readonly arn: string; readonly name: string },
  broken: readonly (Broken | undefined)[],
  remediation: () => string,
): Finding[] {
  const actual = broken.filter((b): b is Broken => b !== undefined);
  if (actual.length === 0) return [];
  const text = remediation();
  return actual.map(([rule, message]) => ({
    ruleId: rule.id,
    kind: rule.kind,
    region: resource.region,
    resourceArn: resource.arn,
    resourceName: resource.name,
    message,
    remediation: text,
  }));
}
