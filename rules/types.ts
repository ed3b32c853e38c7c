import type { StackResources, SynthResource } from './resources';

export type Severity = 'error' | 'warning';

/** What a rule says about one resource. Not-applicable results are left out of the report. */
export type Verdict =
  | { readonly status: 'pass' }
  | { readonly status: 'fail'; readonly reason: string }
  | { readonly status: 'not-applicable' };

export const PASS: Verdict = { status: 'pass' };
export const NOT_APPLICABLE: Verdict = { status: 'not-applicable' };
export function fail(reason: string): Verdict {
  return { status: 'fail', reason };
}

/**
 * A guardrail rule, in the manner of cdk-nag: one file per rule, named by its id, a pure function from a
 * synthesized resource (and, for cross-resource rules, the stack's resource set) to a verdict.
 */
export interface GuardrailRule {
  /** `BPP-<AREA>-<n>`; suppressions and reports name rules by it. */
  readonly id: string;
  /** What must hold, phrased as the requirement. */
  readonly description: string;
  /** `error` fails synth; `warning` is reported only. */
  readonly severity: Severity;
  /** What to change when the rule fails. */
  readonly fix: string;
  /** Terraform resource types the rule inspects; every other resource is not applicable. */
  readonly resourceTypes: readonly string[];
  evaluate(resource: SynthResource, stack: StackResources): Verdict;
}

/** A suppression's reason must be at least this long: the reviewer reads it in the report. */
export const MIN_REASON_LENGTH = 10;

/** An accepted exception: one rule, one construct, and why. */
export interface Suppression {
  readonly ruleId: string;
  /** Construct path, either full (`bedrock-dev/data/x/bucket`) or relative to the stack (`data/x/bucket`). */
  readonly path: string;
  /** Why the exception is accepted; at least MIN_REASON_LENGTH characters. */
  readonly reason: string;
}

export type FindingStatus = 'pass' | 'fail' | 'suppressed';

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Terraform address, `type.name`. */
  readonly resource: string;
  /** Construct path. */
  readonly path: string;
  readonly status: FindingStatus;
  /** Why it failed (fail and suppressed). */
  readonly detail?: string;
  /** The suppression's reason (suppressed only). */
  readonly suppressionReason?: string;
}
