import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrganizationConfig } from '../../config/organization';
import { organizationPolicies } from '../../stacks/organization-policies';
import { organizationBedrockPolicy } from '../../modules/org/bedrock-policy';

/** The files `npm run org:render` writes, by policy type, for `aws organizations create-policy --type`. */
export const ORGANIZATION_POLICY_FILES = {
  SERVICE_CONTROL_POLICY: 'bedrock-platform-guardrails.scp.json',
  RESOURCE_CONTROL_POLICY: 'bedrock-platform-data-perimeter.rcp.json',
  /** Only with `bedrockPolicy` in the organization file; rendered, never deployed (help/guardrail.md). */
  BEDROCK_POLICY: 'bedrock-platform-guardrail.bedrock.json',
} as const;

export interface RenderedPolicy {
  readonly type: keyof typeof ORGANIZATION_POLICY_FILES;
  readonly path: string;
  readonly bytes: number;
}

/**
 * Writes both organization policies as minified JSON, byte for byte what the organization-guardrails
 * stack uploads (AWS counts whitespace against the 5,120-byte limit).
 */
export function renderOrganizationPolicies(org: OrganizationConfig, outDir: string): RenderedPolicy[] {
  const { serviceControlPolicy, resourceControlPolicy } = organizationPolicies(org);
  mkdirSync(outDir, { recursive: true });
  const docs: Partial<Record<keyof typeof ORGANIZATION_POLICY_FILES, unknown>> = { SERVICE_CONTROL_POLICY: serviceControlPolicy, RESOURCE_CONTROL_POLICY: resourceControlPolicy };
  if (org.bedrockPolicy) docs.BEDROCK_POLICY = organizationBedrockPolicy(org.bedrockPolicy);
  return (Object.keys(docs) as Array<keyof typeof ORGANIZATION_POLICY_FILES>).map((type) => {
    const text = JSON.stringify(docs[type]);
    const path = join(outDir, ORGANIZATION_POLICY_FILES[type]);
    writeFileSync(path, `${text}\n`);
    return { type, path, bytes: Buffer.byteLength(text, 'utf8') };
  });
}
