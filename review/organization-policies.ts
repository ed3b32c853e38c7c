import { ORGANIZATION_POLICY_MAX_BYTES } from '../catalog/organization-policy-limits';
import { PolicyDiff, diffPolicies, policyDiffLines } from './plan/policy-diff';

/**
 * SCPs and RCPs apply to every account of the organization, so any change to one gets its own loud
 * section, from a plan or from the synth diff alike: the statement diff and the document's size before
 * and after against AWS Organizations' limit (a document over it fails only at apply).
 */
export const ORGANIZATION_POLICY_TYPE = 'aws_organizations_policy';

/** The attributes of an aws_organizations_policy this section reads. */
export interface OrganizationPolicyValues {
  readonly content?: unknown;
  readonly name?: unknown;
  readonly type?: unknown;
}

export interface OrganizationPolicyChange {
  readonly stack: string;
  readonly address: string;
  readonly change: 'added' | 'removed' | 'changed' | 'replaced';
  /** SERVICE_CONTROL_POLICY, RESOURCE_CONTROL_POLICY, … as the resource says. */
  readonly policyType: string;
  readonly name: string;
  readonly diff: PolicyDiff;
  /** Bytes of the minified document; undefined where there is none (added, removed) or it is known only after apply. */
  readonly beforeBytes?: number;
  readonly afterBytes?: number;
}

const EMPTY_POLICY = '{"Statement":[]}';
const bytesOf = (content: unknown): number | undefined => (typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : undefined);

/**
 * The change between two versions of one policy resource, or undefined when its document, type and name
 * are the same. An added or removed policy diffs against an empty document: every statement is listed.
 */
export function organizationPolicyChange(
  stack: string,
  address: string,
  before: OrganizationPolicyValues | undefined,
  after: OrganizationPolicyValues | undefined,
  replaced = false,
): OrganizationPolicyChange | undefined {
  const same = before && after && before.content === after.content && before.type === after.type && before.name === after.name;
  if (same && !replaced) return undefined;
  const diff = diffPolicies(before ? before.content : EMPTY_POLICY, after ? after.content : EMPTY_POLICY);
  const beforeBytes = before ? bytesOf(before.content) : undefined;
  const afterBytes = after ? bytesOf(after.content) : undefined;
  return {
    stack,
    address,
    change: !before ? 'added' : !after ? 'removed' : replaced ? 'replaced' : 'changed',
    policyType: String((after ?? before)?.type ?? 'SERVICE_CONTROL_POLICY'),
    name: String((after ?? before)?.name ?? '(unnamed)'),
    diff,
    ...(beforeBytes !== undefined ? { beforeBytes } : {}),
    ...(afterBytes !== undefined ? { afterBytes } : {}),
  };
}

const SHORT_TYPE: Record<string, string> = { SERVICE_CONTROL_POLICY: 'SCP', RESOURCE_CONTROL_POLICY: 'RCP' };
const fmt = (n: number): string => n.toLocaleString('en-US');

/** `2,806 → 2,973 bytes (+167) of AWS Organizations' 5,120`, with a warning when the new size is over. */
function sizeLine(c: OrganizationPolicyChange): string {
  const before = c.beforeBytes === undefined ? (c.change === 'added' ? 'none' : 'unknown') : `${fmt(c.beforeBytes)}`;
  const after = c.afterBytes === undefined ? (c.change === 'removed' ? 'none' : 'known after apply') : `${fmt(c.afterBytes)}`;
  const delta = c.beforeBytes !== undefined && c.afterBytes !== undefined ? ` (${c.afterBytes - c.beforeBytes >= 0 ? '+' : ''}${fmt(c.afterBytes - c.beforeBytes)})` : '';
  const over = c.afterBytes !== undefined && c.afterBytes > ORGANIZATION_POLICY_MAX_BYTES ? ' ⛔ over the limit: AWS Organizations will refuse it' : '';
  return `Size: ${before} → ${after} bytes${delta} of AWS Organizations' ${fmt(ORGANIZATION_POLICY_MAX_BYTES)}${over}`;
}

/** The loud section, or nothing when no SCP or RCP changes. */
export function renderOrganizationPolicies(changes: readonly OrganizationPolicyChange[]): string[] {
  if (!changes.length) return [];
  const out = [
    '### ⚠️ Organization policy changes (SCP / RCP)',
    '',
    '> These apply to every account in the organization. Review each statement; a document over the size limit fails only at apply.',
    '',
  ];
  for (const c of changes) {
    out.push(
      `#### \`${c.stack}\` · ${SHORT_TYPE[c.policyType] ?? c.policyType} \`${c.name}\` ${c.change} (\`${c.address}\`)`,
      '',
      sizeLine(c),
      '',
      ...policyDiffLines(c.diff),
      '',
    );
  }
  return out;
}
