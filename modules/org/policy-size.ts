import type { PolicyDocument } from '../../catalog/iam-policy';
import { UserError } from '../../catalog/errors';
import { ORGANIZATION_POLICY_MAX_BYTES } from '../../catalog/organization-policy-limits';
import { policyJson } from '../policy/document';

export { ORGANIZATION_POLICY_MAX_BYTES };

/**
 * Refuses a document AWS Organizations would refuse, here and not at apply. The size counted is the
 * minified JSON the stack uploads and org:render writes (policyJson).
 */
export function checkOrganizationPolicySize(label: string, doc: PolicyDocument): PolicyDocument {
  const size = organizationPolicySize(doc);
  if (size > ORGANIZATION_POLICY_MAX_BYTES) {
    // The configuration decides the size (prefixes, role patterns, people): the user's to fix.
    throw new UserError(
      `config/organization.json: the ${label} would be ${size} bytes, over AWS Organizations' ${ORGANIZATION_POLICY_MAX_BYTES}; use fewer name prefixes or broader role patterns (wildcards), or give the environments' people the same role names in every account`,
    );
  }
  return doc;
}

/** The bytes AWS Organizations counts: the minified JSON the stack uploads. */
export function organizationPolicySize(doc: PolicyDocument): number {
  return Buffer.byteLength(policyJson(doc), 'utf8');
}

/**
 * The same roles in fewer bytes: ARNs that name one role in several accounts become one pattern with
 * `*` for the account (`arn:aws:iam::*:role/bedrock-data-steward`). Wider than the list, so only for a
 * policy that would not fit otherwise; the bucket policies still name each account's own role.
 */
export function collapseAccounts(arns: readonly string[]): string[] {
  const accountsByRole = new Map<string, Set<string>>();
  const other: string[] = [];
  for (const arn of arns) {
    const m = /^arn:aws:iam::(\d{12}|\*):(.+)$/.exec(arn);
    if (!m) other.push(arn);
    else accountsByRole.set(m[2], (accountsByRole.get(m[2]) ?? new Set<string>()).add(m[1]));
  }
  const collapsed = [...accountsByRole].map(([role, accounts]) => `arn:aws:iam::${accounts.size === 1 ? [...accounts][0] : '*'}:${role}`);
  return [...new Set([...collapsed, ...other])].sort();
}
