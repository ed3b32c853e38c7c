/**
 * Stack names and stack outputs: the contract between the stacks that write them and everything that
 * reads them (the `audit` and `job` CLIs, CI workflows, `cdktf output`). Names are added to, never
 * renamed: a rename breaks every outputs file and workflow already in use.
 */

/** `bedrock-<env>`: the stack, its state key and its HCP workspace are all named after it. */
export function environmentStackName(environment: string): string {
  return `bedrock-${environment}`;
}

/** `state-bootstrap-<account>`: the stack that creates an account's Terraform state bucket. */
export function stateBootstrapStackName(accountId: string): string {
  return `state-bootstrap-${accountId}`;
}

/** Outputs of every `bedrock-<env>` stack, in the order the stack writes them, with their descriptions. */
export const ENVIRONMENT_STACK_OUTPUTS = {
  environment: 'Environment name',
  account_id: 'AWS account id',
  region: 'AWS region',
  vpc_id: 'The private VPC',
  subnet_ids: 'Private subnet ids, in configured AZ order',
  job_security_group_id: 'Security group for Bedrock job ENIs (VpcConfig.securityGroupIds)',
  endpoint_security_group_id: 'Security group on the Bedrock interface endpoints',
  s3_gateway_endpoint_id: 'S3 gateway endpoint id (aws:SourceVpce in bucket policies)',
  interface_endpoint_ids: 'Bedrock interface endpoint ids by service',
  interface_endpoint_dns_entries: 'Bedrock interface endpoint DNS entries by service',
  customization_role_arn: 'Service role for model customization jobs',
  batch_inference_role_arn: 'Service role for batch inference jobs',
  job_submitter_policy_arn: 'Managed policy to attach to people or CI that launch jobs',
  custom_model_kms_key_arn: 'KMS key for custom models (customModelKmsKeyId)',
  custom_model_kms_key_alias: 'Alias of the custom-model key',
  /** Only when keys.modelCopy is configured. */
  copied_model_kms_key_arn: 'KMS key for copied models',
  /** Only when keys.modelCopy is configured. */
  copied_model_kms_key_alias: 'Alias of the copied-model key',
  data_kms_key_arn: 'KMS key of the data buckets',
  data_kms_key_alias: 'Alias of the data key',
  logs_kms_key_arn: 'KMS key of the log groups',
  logs_kms_key_alias: 'Alias of the logs key',
  bucket_names: 'Bucket names by purpose',
  bucket_arns: 'Bucket ARNs by purpose',
  customization_job_request: 'CreateModelCustomizationJob request fragment (SDK field names)',
  batch_inference_job_request: 'CreateModelInvocationJob request fragment (SDK field names)',
  create_customization_job_cli: 'aws bedrock create-model-customization-job with --vpc-config and --custom-model-kms-key-id prefilled',
  /** Only when customModels is configured. */
  custom_model_deployment_requests: 'CreateCustomModelDeployment requests (SDK field names), one per custom model this stack trains, by name',
  auditor_policy_json: 'Read-only IAM policy for `bedrock-private audit` (help/audit.md)',
  auditor_role_arn: 'The role `bedrock-private audit --organization` assumes here (config `auditor`), when configured',
  /** Only when invocationLogging delivers to CloudWatch Logs. */
  invocation_log_group_name: 'Log group that receives this account and region\'s model invocation logs',
  /** Only when invocationLogging delivers to S3. */
  invocation_log_bucket_name: 'Bucket that receives this account and region\'s model invocation logs (VPC-only, SSE-KMS)',
  /** Only when invocationLogging delivers to S3. */
  invocation_logs_kms_key_arn: 'KMS key of the invocation log bucket',
  model_invoker_policy_arn: 'Managed policy to attach to people or services that invoke models (only through the bedrock-runtime endpoint, with the guardrail)',
  guardrail_id: 'Id of the baseline guardrail (guardrailIdentifier)',
  guardrail_version: 'Published version of the baseline guardrail invokers must name (guardrailVersion)',
  guardrail_kms_key_arn: 'KMS key of the baseline guardrail',
  trail_arn: 'CloudTrail trail recording S3 data events on the data and state buckets',
  trail_bucket_name: 'Bucket the data-event trail delivers to',
} as const satisfies Record<string, string>;

export type EnvironmentStackOutput = keyof typeof ENVIRONMENT_STACK_OUTPUTS;

/** Outputs of every `state-bootstrap-<account>` stack, with their descriptions. */
export const STATE_BOOTSTRAP_STACK_OUTPUTS = {
  state_bucket: 'State bucket (state.bucket)',
  state_kms_key_arn: 'Key that encrypts the state objects',
  state_kms_key_alias: 'Put this in state.kmsKeyId: without it the S3 backend writes state objects with SSE-S3, not this key',
  environments: 'Environments whose state lives in this bucket',
} as const satisfies Record<string, string>;

export type StateBootstrapStackOutput = keyof typeof STATE_BOOTSTRAP_STACK_OUTPUTS;

/**
 * The management account's stack of organization guardrails (config/organization.json). Deliberately
 * not `bedrock-<name>`, so no environment name can collide with it.
 */
export const ORGANIZATION_STACK_NAME = 'organization-guardrails';

/** Outputs of the organization-guardrails stack. */
export const ORGANIZATION_STACK_OUTPUTS = {
  service_control_policy_id: 'The Bedrock platform service control policy',
  resource_control_policy_id: 'The Bedrock platform resource control policy (S3 data perimeter)',
  target_ids: 'Roots, OUs and accounts both policies are attached to',
} as const satisfies Record<string, string>;

export type OrganizationStackOutput = keyof typeof ORGANIZATION_STACK_OUTPUTS;
