import type { PolicyDocument } from '../../catalog/iam-policy';
import { policyJson } from '../policy/document';

/** AWS Organizations' limit on an SCP or RCP document (5,120; whitespace counts, so upload it minified). */
export const ORGANIZATION_POLICY_MAX_BYTES = 5120;

/**
 * Refuses a document AWS Organizations would refuse, here and not at apply. The size counted is the
 * minified JSON the stack uploads and org:render writes (policyJson).
 */
export function checkOrganizationPolicySize(label: string, doc: PolicyDocument): PolicyDocument {
  const size = Buffer.byteLength(policyJson(doc), 'utf8');
  if (size > ORGANIZATION_POLICY_MAX_BYTES) {
    throw new Error(`the ${label} is ${size} bytes, over AWS Organizations' ${ORGANIZATION_POLICY_MAX_BYTES}; use fewer name prefixes or broader role patterns (wildcards) in config/organization.json`);
  }
  return doc;
}
