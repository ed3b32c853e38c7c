import type { CreateCustomModelDeploymentRequest, CreateModelCustomizationJobRequest, CreateModelInvocationJobRequest, VpcConfig } from '@aws-sdk/client-bedrock';
import { type DataBucketPurpose, s3Uri } from './buckets';

/**
 * Ready-to-use request fragments for launching jobs the compliant way. The seeds spell the VPC config
 * three ways; the SDK's own types (`VpcConfig { subnetIds, securityGroupIds }`) are the truth, and the
 * CLI's `--vpc-config subnetIds=...,securityGroupIds=...` shorthand uses the same member names.
 */

/** The environment-specific part of CreateModelCustomizationJob; the caller adds job/model names and base model. */
export type CustomizationJobFragment = Required<
  Pick<CreateModelCustomizationJobRequest, 'roleArn' | 'trainingDataConfig' | 'validationDataConfig' | 'outputDataConfig' | 'vpcConfig' | 'customModelKmsKeyId'>
>;

/** The environment-specific part of CreateModelInvocationJob; the caller adds job name and model id. */
export type BatchInferenceJobFragment = Required<Pick<CreateModelInvocationJobRequest, 'roleArn' | 'inputDataConfig' | 'outputDataConfig' | 'vpcConfig'>>;

export interface LaunchScope {
  readonly region: string;
  readonly subnetIds: readonly string[];
  readonly jobSecurityGroupId: string;
  readonly customizationRoleArn: string;
  readonly batchInferenceRoleArn: string;
  readonly customModelKeyArn: string;
  readonly dataKeyArn: string;
  readonly buckets: Readonly<Record<DataBucketPurpose, string>>;
}

function jobVpcConfig(scope: LaunchScope): VpcConfig {
  return { subnetIds: [...scope.subnetIds], securityGroupIds: [scope.jobSecurityGroupId] };
}

export function customizationJobFragment(scope: LaunchScope): CustomizationJobFragment {
  return {
    roleArn: scope.customizationRoleArn,
    trainingDataConfig: { s3Uri: s3Uri(scope.buckets.training) },
    validationDataConfig: { validators: [{ s3Uri: s3Uri(scope.buckets.validation) }] },
    outputDataConfig: { s3Uri: s3Uri(scope.buckets.customizationOutput) },
    vpcConfig: jobVpcConfig(scope),
    customModelKmsKeyId: scope.customModelKeyArn,
  };
}

export function batchInferenceJobFragment(scope: LaunchScope): BatchInferenceJobFragment {
  return {
    roleArn: scope.batchInferenceRoleArn,
    inputDataConfig: { s3InputDataConfig: { s3Uri: s3Uri(scope.buckets.batchInput) } },
    outputDataConfig: { s3OutputDataConfig: { s3Uri: s3Uri(scope.buckets.batchOutput), s3EncryptionKeyId: scope.dataKeyArn } },
    vpcConfig: jobVpcConfig(scope),
  };
}

/**
 * A structure argument for the AWS CLI as JSON in single quotes. Shorthand (`s3Uri=...`) would split an
 * S3 URI at ',' or '='; the JSON holds only bucket names ([a-z0-9.-]) and <placeholders>, never a quote.
 */
function jsonArgument(value: unknown): string {
  return `'${JSON.stringify(value)}'`;
}

/** The AWS CLI equivalent of the customization fragment (seed 002's remediation command, prefilled). */
export function customizationJobCliCommand(scope: LaunchScope, subnetIdsCsv: string): string {
  const f = customizationJobFragment(scope);
  return [
    'aws bedrock create-model-customization-job',
    `--region ${scope.region}`,
    '--job-name <job-name>',
    '--custom-model-name <custom-model-name>',
    '--base-model-identifier <base-model-id>',
    `--role-arn ${f.roleArn}`,
    `--training-data-config ${jsonArgument({ s3Uri: s3Uri(scope.buckets.training, '<train.jsonl>') })}`,
    `--validation-data-config ${jsonArgument({ validators: [{ s3Uri: s3Uri(scope.buckets.validation, '<validation.jsonl>') }] })}`,
    `--output-data-config ${jsonArgument(f.outputDataConfig)}`,
    '--hyper-parameters <name>=<value>,...',
    `--custom-model-kms-key-id ${f.customModelKmsKeyId}`,
    `--vpc-config subnetIds=${subnetIdsCsv},securityGroupIds=${scope.jobSecurityGroupId}`,
  ].join(' ');
}

/**
 * CreateCustomModelDeployment as the platform sends it. The request has no role, VPC config or key (the
 * API takes none: catalog/job-kinds.ts); what makes a deployment compliant is the model it serves, so the
 * model must be a custom model of the environment's own account and region, and `job deploy-model` checks
 * before sending that the model is encrypted with the environment's custom-model key.
 */
export type CustomModelDeploymentRequest = Required<Pick<CreateCustomModelDeploymentRequest, 'modelDeploymentName' | 'modelArn' | 'description'>>;

/** Where an environment's custom models live. */
export interface DeploymentScope {
  readonly environment: string;
  readonly region: string;
  readonly accountId: string;
}

/** `arn:aws[-partition]:bedrock:<region>:<account>:custom-model/...`: the API's own modelArn shape, in this account and region. */
export function isEnvironmentCustomModelArn(scope: DeploymentScope, arn: string): boolean {
  const m = /^arn:aws(?:-[a-z-]+)?:bedrock:([a-z0-9-]+):(\d{12}):custom-model\/[A-Za-z0-9.:/-]+$/.exec(arn);
  return m !== null && m[1] === scope.region && m[2] === scope.accountId;
}

/** The deployment request: the caller's name and model, described as this environment's. */
export function customModelDeploymentRequest(scope: DeploymentScope, choice: { readonly deploymentName: string; readonly modelArn: string; readonly description?: string }): CustomModelDeploymentRequest {
  return {
    modelDeploymentName: choice.deploymentName,
    modelArn: choice.modelArn,
    description: choice.description ?? `On-demand deployment of a custom model of environment ${scope.environment}`,
  };
}
