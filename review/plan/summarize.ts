import { ChangeKind, DEFAULT_PROD_PATTERN, Plan, ResourceChange, changeKind, isStateful } from './plan-json';
import { PolicyDiff, diffPolicies, isPolicyAttribute } from './policy-diff';

export type Counts = Record<ChangeKind, number>;

export interface NotableChange {
  readonly stack: string;
  readonly address: string;
  readonly type: string;
  readonly kind: ChangeKind;
  readonly reason?: string;
  /** Attributes that force a replace, as dotted paths. */
  readonly replacePaths: readonly string[];
}

export interface PolicyChange {
  readonly stack: string;
  readonly address: string;
  readonly attribute: string;
  readonly kind: ChangeKind;
  readonly diff: PolicyDiff;
}

export interface StackSummary {
  readonly stack: string;
  readonly prod: boolean;
  readonly counts: Counts;
  readonly errored: boolean;
  /** Every change that is not a no-op or a read, in plan order. */
  readonly changes: readonly NotableChange[];
  readonly moves: ReadonlyArray<{ readonly from: string; readonly to: string }>;
}

export interface PlanSummary {
  readonly stacks: readonly StackSummary[];
  /** Deletes and replaces of stateful resources, in any stack. */
  readonly statefulDestroys: readonly NotableChange[];
  readonly policyChanges: readonly PolicyChange[];
}

export interface SummarizeOptions {
  /** Which stacks are production. @default a "prod" segment in the stack name */
  readonly prodPattern?: RegExp;
}

function emptyCounts(): Counts {
  return { create: 0, update: 0, replace: 0, delete: 0, 'no-op': 0, read: 0, forget: 0 };
}

function notable(stack: string, rc: ResourceChange, kind: ChangeKind): NotableChange {
  return {
    stack,
    address: rc.address,
    type: rc.type,
    kind,
    ...(rc.action_reason ? { reason: rc.action_reason } : {}),
    replacePaths: (rc.change.replace_paths ?? []).map((p) => p.join('.')),
  };
}

function policyChanges(stack: string, rc: ResourceChange, kind: ChangeKind): PolicyChange[] {
  const { before, after, after_unknown: unknown } = rc.change;
  if (!before || !after || (kind !== 'update' && kind !== 'replace')) return [];
  const names = new Set([...Object.keys(before), ...Object.keys(after)].filter(isPolicyAttribute));
  const out: PolicyChange[] = [];
  for (const attribute of [...names].sort()) {
    const afterValue = unknown?.[attribute] === true ? undefined : after[attribute];
    if (afterValue !== undefined && JSON.stringify(before[attribute]) === JSON.stringify(afterValue)) continue;
    const diff = diffPolicies(before[attribute], afterValue);
    if (diff.kind === 'statements' && diff.changes.length === 0) continue; // reformatted, same meaning
    out.push({ stack, address: rc.address, attribute, kind, diff });
  }
  return out;
}

/** Reads each stack's plan into counts, the loud sections and the policy diffs. */
export function summarizePlans(plans: ReadonlyArray<{ readonly stack: string; readonly plan: Plan }>, options: SummarizeOptions = {}): PlanSummary {
  const prodPattern = options.prodPattern ?? DEFAULT_PROD_PATTERN;
  const stacks: StackSummary[] = [];
  const statefulDestroys: NotableChange[] = [];
  const policies: PolicyChange[] = [];
  for (const { stack, plan } of [...plans].sort((a, b) => a.stack.localeCompare(b.stack))) {
    const counts = emptyCounts();
    const changes: NotableChange[] = [];
    const moves: Array<{ from: string; to: string }> = [];
    for (const rc of plan.resource_changes ?? []) {
      const kind = changeKind(rc.change.actions);
      counts[kind] += 1;
      if (rc.previous_address && rc.previous_address !== rc.address) moves.push({ from: rc.previous_address, to: rc.address });
      if (rc.mode !== 'managed' || kind === 'no-op' || kind === 'read') continue;
      const change = notable(stack, rc, kind);
      changes.push(change);
      if ((kind === 'delete' || kind === 'replace') && isStateful(rc.type)) statefulDestroys.push(change);
      policies.push(...policyChanges(stack, rc, kind));
    }
    stacks.push({ stack, prod: prodPattern.test(stack), counts, errored: plan.errored === true, changes, moves });
  }
  return { stacks, statefulDestroys, policyChanges: policies };
}
