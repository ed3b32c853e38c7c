import { z } from 'zod';
import { STACK_REGION_NAMES } from '../catalog/bedrock-regions';
import type { ConfigProblem } from './errors';

/**
 * `bedrockPolicy` in config/organization.json: the organization's Amazon Bedrock policy (Organizations policy
 * type BEDROCK_POLICY), which makes Bedrock apply a guardrail to every inference call of the target accounts,
 * Region by Region. AWS requires the guardrail to be the management account's, a published version, in that
 * Region, with a resource-based policy letting the members call bedrock:ApplyGuardrail (Organizations User
 * Guide, "Amazon Bedrock policy syntax and examples"). `npm run org:render` writes the policy; nothing deploys
 * it (help/guardrail.md says why). Absent means no Bedrock policy.
 */

const GUARDRAIL_VERSION_ARN = /^arn:aws:bedrock:([a-z0-9-]+):(\d{12}):guardrail\/[a-z0-9]+:([1-9]\d{0,7})$/;

export const OrganizationBedrockPolicySchema = z.strictObject({
  /** Region → the management account's guardrail version, `arn:aws:bedrock:<region>:<account>:guardrail/<id>:<version>`. */
  guardrails: z
    .record(
      z.string(),
      z.string().regex(GUARDRAIL_VERSION_ARN, 'must be a guardrail version ARN such as "arn:aws:bedrock:us-east-1:555555555555:guardrail/hu1dlsv9wy1d:1" (a published version, never the DRAFT)'),
    )
    .refine((g) => Object.keys(g).length > 0, { error: 'name at least one Region\'s guardrail, or remove bedrockPolicy' }),
});

export type OrganizationBedrockPolicy = z.output<typeof OrganizationBedrockPolicySchema>;

/** Each guardrail must be in the Region it is listed under and belong to the management account, as AWS requires. */
export function organizationBedrockPolicyProblems(
  org: { readonly managementAccountId: string; readonly bedrockPolicy?: OrganizationBedrockPolicy },
  file: string,
  environment: string,
): ConfigProblem[] {
  return Object.entries(org.bedrockPolicy?.guardrails ?? {}).flatMap(([region, arn]): ConfigProblem[] => {
    const [, arnRegion, account] = GUARDRAIL_VERSION_ARN.exec(arn) ?? [];
    const field = `bedrockPolicy.guardrails.${region}`;
    if (!(STACK_REGION_NAMES as readonly string[]).includes(region)) {
      return [{ environment, file, field, message: `"${region}" is not a Bedrock Region of the aws partition; use one of ${STACK_REGION_NAMES.join(', ')}` }];
    }
    if (arnRegion !== region) return [{ environment, file, field, message: `the guardrail is in ${arnRegion}, not ${region}: Bedrock applies a guardrail only in its own Region; list it under "${arnRegion}" or name one in ${region}` }];
    if (account !== org.managementAccountId) {
      return [{ environment, file, field, message: `the guardrail belongs to account ${account}, not the management account ${org.managementAccountId}; an organization's Bedrock policy can only name the management account's guardrails` }];
    }
    return [];
  });
}
