/**
 * The organization's Amazon Bedrock policy (Organizations policy type BEDROCK_POLICY), in the syntax of the
 * Organizations User Guide, "Amazon Bedrock policy syntax and examples" (read 2026-12-05): per Region one
 * configuration whose `identifier` is a guardrail version ARN of the management account. Both content
 * guarding modes are "comprehensive": the guardrail evaluates the whole system prompt and every message,
 * not only content a caller tagged, so a caller cannot narrow what is checked. No model_enforcement: every
 * model is covered. A management policy, not an IAM policy: it has no statements, and `@@assign` is the
 * inheritance operator of management policy types.
 */

interface Assign<T> {
  readonly '@@assign': T;
}

export interface BedrockGuardrailInferenceConfig {
  readonly identifier: Assign<string>;
  readonly selective_content_guarding: { readonly system: Assign<'comprehensive'>; readonly messages: Assign<'comprehensive'> };
}

export interface OrganizationBedrockPolicyDocument {
  readonly bedrock: { readonly guardrail_inference: Readonly<Record<string, { readonly config_1: BedrockGuardrailInferenceConfig }>> };
}

export interface OrganizationBedrockPolicyProps {
  /** Region → guardrail version ARN of the management account (config/organization-bedrock.ts validates both). */
  readonly guardrails: Readonly<Record<string, string>>;
}

/** Regions sorted, so the rendered file is byte-stable. */
export function organizationBedrockPolicy(props: OrganizationBedrockPolicyProps): OrganizationBedrockPolicyDocument {
  const regions = Object.keys(props.guardrails).sort();
  if (regions.length === 0) throw new Error('an organization Bedrock policy needs at least one Region\'s guardrail');
  return {
    bedrock: {
      guardrail_inference: Object.fromEntries(
        regions.map((region) => [
          region,
          {
            config_1: {
              identifier: { '@@assign': props.guardrails[region] },
              selective_content_guarding: { system: { '@@assign': 'comprehensive' }, messages: { '@@assign': 'comprehensive' } },
            },
          },
        ]),
      ),
    },
  };
}
