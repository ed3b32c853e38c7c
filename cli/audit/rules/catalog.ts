import type { ResourceKind } from '../model';

/**
 * The audit's rules. Ids are public API (SARIF dashboards and suppressions key on them): never
 * renumber, only add.
 */
export interface RuleInfo {
  readonly id: string;
  readonly name: string;
  /** The kind of resource the rule reads; `--kinds` turns its rules on and off with it. */
  readonly kind: ResourceKind;
  /**
   * high: data or a model leaves the private path or the customer's key control; medium: a
   * control is missing or points elsewhere, but nothing is exposed by that alone.
   */
  readonly severity: 'high' | 'medium';
  readonly summary: string;
  /** Why it matters and what the fix is, in a sentence or two (JSON "explanation", SARIF help). */
  readonly why: string;
}

export const RULES = {
  customizationJobNoVpc: {
    id: 'BRP001',
    name: 'CustomizationJobWithoutVpc',
    kind: 'model-customization-job',
    severity: 'high',
    summary: 'Model customization job runs without a VPC configuration',
    why: 'Without vpcConfig the job reads training data and writes output over the public network path instead of your VPC and its S3 gateway endpoint, so VPC-only bucket policies cannot protect the data. A job cannot be changed: re-create it with --vpc-config.',
  },
  customizationJobUnexpectedVpc: {
    id: 'BRP002',
    name: 'CustomizationJobOutsideExpectedVpc',
    kind: 'model-customization-job',
    severity: 'high',
    summary: 'Model customization job uses subnets or security groups outside the expected ones',
    why: 'The job runs in a VPC, but not in the private subnets and job security group that the platform stacks built for Bedrock jobs, so their endpoint and bucket controls may not apply.',
  },
  customizationJobNoCmk: {
    id: 'BRP003',
    name: 'CustomizationJobOutputWithoutCmk',
    kind: 'model-customization-job',
    severity: 'high',
    summary: 'Model customization job encrypts its output model with an AWS-owned key',
    why: 'Without --custom-model-kms-key-id the custom model is encrypted with an AWS-owned key: you cannot audit or revoke access to it through a key policy.',
  },
  invocationJobNoVpc: {
    id: 'BRP004',
    name: 'BatchInferenceJobWithoutVpc',
    kind: 'model-invocation-job',
    severity: 'high',
    summary: 'Batch inference (model invocation) job runs without a VPC configuration',
    why: 'Without vpcConfig the batch job reads prompts and writes responses outside your VPC, so VPC-only bucket policies cannot protect them.',
  },
  invocationJobUnexpectedVpc: {
    id: 'BRP005',
    name: 'BatchInferenceJobOutsideExpectedVpc',
    kind: 'model-invocation-job',
    severity: 'high',
    summary: 'Batch inference job uses subnets or security groups outside the expected ones',
    why: 'The batch job runs in a VPC, but not in the subnets and job security group that the platform stacks built for Bedrock jobs.',
  },
  customModelNoCmk: {
    id: 'BRP006',
    name: 'CustomModelWithoutCmk',
    kind: 'custom-model',
    severity: 'high',
    summary: 'Custom model is encrypted with an AWS-owned key instead of a customer-managed key',
    why: "A custom model's key is fixed when it is created: re-create the model with a customer-managed key, then delete the old one.",
  },
  importJobNoVpc: {
    id: 'BRP007',
    name: 'ModelImportJobWithoutVpc',
    kind: 'model-import-job',
    severity: 'high',
    summary: 'Model import job runs without a VPC configuration',
    why: 'Without vpcConfig the import job reads the model weights from S3 outside your VPC, so VPC-only bucket policies cannot protect them. A job cannot be changed: import again with --vpc-config.',
  },
  importJobUnexpectedVpc: {
    id: 'BRP008',
    name: 'ModelImportJobOutsideExpectedVpc',
    kind: 'model-import-job',
    severity: 'high',
    summary: 'Model import job uses subnets or security groups outside the expected ones',
    why: 'The import job runs in a VPC, but not in the private subnets and job security group that the platform stacks built for Bedrock jobs.',
  },
  importJobNoCmk: {
    id: 'BRP009',
    name: 'ModelImportJobWithoutCmk',
    kind: 'model-import-job',
    severity: 'high',
    summary: 'Model import job encrypts the imported model with an AWS-owned key',
    why: 'Without --imported-model-kms-key-id the imported model is encrypted with an AWS-owned key: you cannot audit or revoke access to it through a key policy.',
  },
  importedModelNoCmk: {
    id: 'BRP010',
    name: 'ImportedModelWithoutCmk',
    kind: 'imported-model',
    severity: 'high',
    summary: 'Imported model is encrypted with an AWS-owned key instead of a customer-managed key',
    why: "An imported model's key is fixed when it is imported: import it again with a customer-managed key, then delete the old one.",
  },
  copyJobTargetNoCmk: {
    id: 'BRP011',
    name: 'ModelCopyWithoutCmk',
    kind: 'model-copy-job',
    severity: 'high',
    summary: 'Model copy job encrypts the copied model with an AWS-owned key',
    why: "Without --model-kms-key-id the copy is encrypted with an AWS-owned key, whatever the source model's key was. Copy the model again with a customer-managed key, then delete the unencrypted copy.",
  },
  invocationJobOutputNoCmk: {
    id: 'BRP012',
    name: 'BatchInferenceOutputWithoutCmk',
    kind: 'model-invocation-job',
    severity: 'medium',
    summary: 'Batch inference job writes its output without a customer-managed key (no s3EncryptionKeyId)',
    why: 'Without s3EncryptionKeyId Bedrock writes the responses with whatever the output bucket does by default; name the data key so the output is encrypted with a key you control wherever it lands.',
  },
  invocationJobForeignBuckets: {
    id: 'BRP013',
    name: 'BatchInferenceJobOutsideEnvironmentBuckets',
    kind: 'model-invocation-job',
    severity: 'high',
    summary: "Batch inference job reads or writes S3 buckets other than the environment's batch buckets",
    why: "Only the environment's batch input and output buckets deny access from outside the VPC; prompts and responses in any other bucket lack that protection. Copy the input into the batch input bucket and submit again.",
  },
  customModelForeignKey: {
    id: 'BRP014',
    name: 'CustomModelKeyNotEnvironments',
    kind: 'custom-model',
    severity: 'medium',
    summary: "Custom model is encrypted with a customer-managed key that is not the environment's model key",
    why: "The environment's custom-model key carries seed 003's key policy (who may customize and invoke); a model under another key escapes that policy. The key cannot be changed: re-create the model with the environment's key.",
  },
  importedModelForeignKey: {
    id: 'BRP015',
    name: 'ImportedModelKeyNotEnvironments',
    kind: 'imported-model',
    severity: 'medium',
    summary: "Imported model is encrypted with a customer-managed key that is not the environment's model key",
    why: "A model under a key other than the environment's custom-model key escapes the key policy the platform reviews. The key cannot be changed: import the model again with the environment's key.",
  },
  invocationLoggingOff: {
    id: 'BRP016',
    name: 'InvocationLoggingNotConfigured',
    kind: 'invocation-logging',
    severity: 'medium',
    summary: 'Model invocation logging is not configured in the region',
    why: 'Without invocation logging there is no record of who invoked which model with what; CloudTrail records the call but not the prompt or response. Configure an S3 bucket or CloudWatch Logs log group per region.',
  },
  invocationLoggingElsewhere: {
    id: 'BRP017',
    name: 'InvocationLoggingOutsideEnvironment',
    kind: 'invocation-logging',
    severity: 'medium',
    summary: "Model invocation logs go to a bucket or log group other than the environment's",
    why: "Invocation logs hold prompts and responses; they belong in the destination the platform controls (its encryption, retention and access policy), not a bucket or log group chosen elsewhere.",
  },
  bedrockApiKey: {
    id: 'BRP018',
    name: 'BedrockApiKeyPresent',
    kind: 'bedrock-api-key',
    severity: 'medium',
    summary: 'A long-term Bedrock API key (IAM service-specific credential) exists',
    why: 'A long-term Bedrock API key is a static secret tied to an IAM user, usable from anywhere the Bedrock endpoint answers. Prefer short-term API keys or role credentials; deactivate the key, then delete it once nothing uses it.',
  },
  customModelDeploymentNoCmk: {
    id: 'BRP019',
    name: 'CustomModelDeploymentWithoutCmk',
    kind: 'custom-model-deployment',
    severity: 'high',
    summary: 'Custom model deployment serves a model encrypted with an AWS-owned key',
    why: "An on-demand deployment (CreateCustomModelDeployment) serves the model under the model's own key, which is fixed when the model is made: re-create the model with a customer-managed key, deploy the new model, then delete the old deployment and model.",
  },
  provisionedThroughputNoCmk: {
    id: 'BRP020',
    name: 'ProvisionedThroughputWithoutCmk',
    kind: 'provisioned-throughput',
    severity: 'high',
    summary: 'Provisioned throughput serves a custom or imported model encrypted with an AWS-owned key',
    why: "Provisioned throughput serves the model under the model's own key. Re-create the model with a customer-managed key and point the provisioned throughput at it (UpdateProvisionedModelThroughput --desired-model-id), then delete the old model.",
  },
  evaluationJobNoCmk: {
    id: 'BRP021',
    name: 'EvaluationJobOutputWithoutCmk',
    kind: 'evaluation-job',
    severity: 'medium',
    summary: 'Evaluation job writes its results without a customer-managed key (no customerEncryptionKeyId)',
    why: 'Evaluation results hold the prompts, the responses and the scores. Without customerEncryptionKeyId they are encrypted with a key you do not control; run the evaluation again with --customer-encryption-key-id.',
  },
  evaluationJobForeignBucket: {
    id: 'BRP022',
    name: 'EvaluationJobOutputOutsideEnvironment',
    kind: 'evaluation-job',
    severity: 'high',
    summary: "Evaluation job writes its results to a bucket other than the environment's output bucket",
    why: "Only the environment's buckets deny access from outside the VPC; results written elsewhere lack that protection. Run the evaluation again with --output-data-config s3Uri in the environment's batch output bucket.",
  },
  customModelSharedOutsideOrg: {
    id: 'BRP023',
    name: 'CustomModelSharedOutsideOrganization',
    kind: 'custom-model-policy',
    severity: 'high',
    summary: 'Custom model resource policy allows principals outside the account and the organization',
    why: 'A custom model resource policy that names another account (or any principal) without an aws:PrincipalOrgID condition lets that account use the model, and what it learned from your training data. Remove the statement, or limit it with aws:PrincipalOrgID.',
  },
  dataRetentionShared: {
    id: 'BRP024',
    name: 'AccountDataRetentionSharesData',
    kind: 'data-retention',
    severity: 'high',
    summary: 'The account data-retention mode lets AWS review or the model provider receive request data',
    why: "GetAccountDataRetention reports the account-wide mode: aws_review lets AWS review request data, provider_data_share lets it go to the model provider. Set the mode back with PutAccountDataRetention (default, or none for zero retention).",
  },
  guardrailMissing: {
    id: 'BRP025',
    name: 'GuardrailNotConfigured',
    kind: 'guardrail',
    severity: 'medium',
    summary: 'No Bedrock guardrail exists in the region',
    why: 'Without a guardrail nothing filters prompt attacks, harmful content or sensitive information in model calls in this region (Prowler bedrock_guardrails_configured). Create one (the environment baseline guardrail) and require it in invocations.',
  },
  guardrailNoPromptAttackFilter: {
    id: 'BRP026',
    name: 'GuardrailWithoutPromptAttackFilterHigh',
    kind: 'guardrail',
    severity: 'high',
    summary: 'Guardrail does not filter prompt attacks at HIGH input strength',
    why: 'Prompt-attack filtering at HIGH is what stops jailbreaks and prompt injection at the input (Prowler bedrock_guardrail_prompt_attack_filter_enabled). Update the guardrail: contentPolicyConfig filter PROMPT_ATTACK, inputStrength HIGH, then publish a version.',
  },
  guardrailNoSensitiveInformationFilter: {
    id: 'BRP027',
    name: 'GuardrailWithoutSensitiveInformationFilter',
    kind: 'guardrail',
    severity: 'medium',
    summary: 'Guardrail has no sensitive-information (PII or regex) filter',
    why: 'Without a sensitive-information policy the guardrail lets personal data through in prompts and responses (Prowler bedrock_guardrail_sensitive_information_filter_enabled). Add PII entities or regexes to block or mask, then publish a version.',
  },
  agentCoreRuntimeNotInVpc: {
    id: 'BRP028',
    name: 'AgentCoreRuntimeNotInVpc',
    kind: 'agentcore-runtime',
    severity: 'high',
    summary: 'AgentCore runtime does not run in VPC mode',
    why: "A runtime in PUBLIC network mode reaches and is reached over the internet rather than through your VPC and its endpoints (Security Hub BedrockAgentCore.1). Update the runtime with networkConfiguration networkMode VPC and the environment's subnets and security group.",
  },
} as const satisfies Record<string, RuleInfo>;

export const RULE_LIST: readonly RuleInfo[] = Object.values(RULES);

const BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULE_LIST.map((r) => [r.id, r]));

export function ruleById(id: string): RuleInfo {
  const rule = BY_ID.get(id);
  if (rule === undefined) throw new Error(`no audit rule ${id}`);
  return rule;
}
