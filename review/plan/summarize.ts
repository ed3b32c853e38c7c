import { ChangeKind, DEFAULT_PROD_PATTERN, Plan, ResourceChange, changeKind, isStateful } from './plan-json';
import { PolicyDiff, diffPolicies, isPolicyAttribute } from './policy-diff';
import { canonical } from '../canonical';
import { tagLines } from '../settings-diff';
import { StackCost, planCost } from '../cost';
import { ORGANIZATION_POLICY_TYPE, OrganizationPolicyChange, OrganizationPolicyValues, organizationPolicyChange } from '../organization-policies';

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
  /**
   * Updates that change nothing but `tags_all`: what a provider default_tags change does to every
   * resource of the stack. The tags are the union of `+ Key = "v"` / `- …` / `~ …` lines over them.
   */
  readonly retag?: { readonly resources: number; readonly tags: readonly string[] };
  /** Root module outputs the plan adds, changes or removes. */
  readonly outputs: ReadonlyArray<{ readonly name: string; readonly kind: ChangeKind }>;
}

export interface PlanSummary {
  readonly stacks: readonly StackSummary[];
  /** Deletes and replaces of stateful resources, in any stack. */
  readonly statefulDestroys: readonly NotableChange[];
  readonly policyChanges: readonly PolicyChange[];
  /** SCPs and RCPs created, changed, replaced or destroyed, in any stack. */
  readonly organizationPolicies: readonly OrganizationPolicyChange[];
  /** Each stack's monthly cost change (review/cost.ts). */
  readonly costs: readonly StackCost[];
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

/** Top-level attributes whose value differs, or becomes known only after apply. */
function changedAttributes(rc: ResourceChange): string[] {
  const { before, after, after_unknown: unknown } = rc.change;
  if (!before || !after) return [];
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => unknown?.[k] === true || canonical(before[k]) !== canonical(after[k]))
    .sort();
}

function organizationPolicy(stack: string, rc: ResourceChange, kind: ChangeKind): OrganizationPolicyChange | undefined {
  if (rc.type !== ORGANIZATION_POLICY_TYPE || (kind !== 'create' && kind !== 'update' && kind !== 'replace' && kind !== 'delete')) return undefined;
  const unknown = rc.change.after_unknown?.content === true;
  const after = rc.change.after && !unknown ? (rc.change.after as OrganizationPolicyValues) : rc.change.after ? { ...rc.change.after, content: undefined } : undefined;
  return organizationPolicyChange(stack, rc.address, (rc.change.before ?? undefined) as OrganizationPolicyValues | undefined, after as OrganizationPolicyValues | undefined, kind === 'replace');
}

/** Reads each stack's plan into counts, the loud sections and the policy diffs. */
export function summarizePlans(plans: ReadonlyArray<{ readonly stack: string; readonly plan: Plan }>, options: SummarizeOptions = {}): PlanSummary {
  const prodPattern = options.prodPattern ?? DEFAULT_PROD_PATTERN;
  const stacks: StackSummary[] = [];
  const statefulDestroys: NotableChange[] = [];
  const policies: PolicyChange[] = [];
  const organizationPolicies: OrganizationPolicyChange[] = [];
  for (const { stack, plan } of [...plans].sort((a, b) => a.stack.localeCompare(b.stack))) {
    const counts = emptyCounts();
    const changes: NotableChange[] = [];
    const moves: Array<{ from: string; to: string }> = [];
    let retagged = 0;
    const retagTags = new Set<string>();
    for (const rc of plan.resource_changes ?? []) {
      const kind = changeKind(rc.change.actions);
      counts[kind] += 1;
      if (rc.previous_address && rc.previous_address !== rc.address) moves.push({ from: rc.previous_address, to: rc.address });
      if (rc.mode !== 'managed' || kind === 'no-op' || kind === 'read') continue;
      const change = notable(stack, rc, kind);
      changes.push(change);
      if ((kind === 'delete' || kind === 'replace') && isStateful(rc.type)) statefulDestroys.push(change);
      policies.push(...policyChanges(stack, rc, kind));
      const org = organizationPolicy(stack, rc, kind);
      if (org) organizationPolicies.push(org);
      if (kind === 'update' && canonical(changedAttributes(rc)) === canonical(['tags_all'])) {
        retagged += 1;
        const tags = (v: Record<string, unknown> | null) => (v?.tags_all ?? {}) as Record<string, unknown>;
        for (const line of tagLines(tags(rc.change.before), tags(rc.change.after))) retagTags.add(line);
      }
    }
    const outputs = Object.entries(plan.output_changes ?? {})
      .map(([name, oc]) => ({ name, kind: changeKind(oc.actions) }))
      .filter((o) => o.kind !== 'no-op')
      .sort((a, b) => a.name.localeCompare(b.name));
    stacks.push({
      stack,
      prod: prodPattern.test(stack),
      counts,
      errored: plan.errored === true,
      changes,
      moves,
      outputs,
      ...(retagged ? { retag: { resources: retagged, tags: [...retagTags].sort() } } : {}),
    });
  }
  const costs = [...plans].sort((a, b) => a.stack.localeCompare(b.stack)).map((p) => planCost(p.stack, p.plan));
  return { stacks, statefulDestroys, policyChanges: policies, organizationPolicies, costs };
}
