"use strict";
/**
 * Stack names and stack outputs: the contract between the stacks that write them and everything that
 * reads them (the `audit` and `job` CLIs, CI workflows, `cdktf output`). Names are added to, never
 * renamed: a rename breaks every outputs file and workflow already in use.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.STATE_BOOTSTRAP_STACK_OUTPUTS = exports.ENVIRONMENT_STACK_OUTPUTS = void 0;
exports.environmentStackName = environmentStackName;
exports.stateBootstrapStackName = stateBootstrapStackName;
/** `bedrock-<env>`: the stack, its state key and its HCP workspace are all named after it. */
function environmentStackName(environment) {
    return `bedrock-${environment}`;
}
/** `state-bootstrap-<account>`: the stack that creates an account's Terraform state bucket. */
function stateBootstrapStackName(accountId) {
    return `state-bootstrap-${accountId}`;
}
/** Outputs of every `bedrock-<env>` stack, in the order the stack writes them, with their descriptions. */
exports.ENVIRONMENT_STACK_OUTPUTS = {
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
    auditor_policy_json: 'Read-only IAM policy for `bedrock-private audit` (help/audit.md)',
};
/** Outputs of every `state-bootstrap-<account>` stack, with their descriptions. */
exports.STATE_BOOTSTRAP_STACK_OUTPUTS = {
    state_bucket: 'State bucket (state.bucket)',
    state_kms_key_arn: 'Key that encrypts the state objects',
    state_kms_key_alias: 'Put this in state.kmsKeyId: without it the S3 backend writes state objects with SSE-S3, not this key',
    environments: 'Environments whose state lives in this bucket',
};
