import type { CreateModelCustomizationJobRequest, CreateModelInvocationJobRequest } from '@aws-sdk/client-bedrock';
import {
  type CustomModelDeploymentRequest,
  type DeploymentScope,
  type LaunchScope,
  batchInferenceJobFragment,
  customModelDeploymentRequest,
  customizationJobFragment,
  isEnvironmentCustomModelArn,
} from '../../catalog/launch';
import { UsageError } from '../shared/usage-error';
import { s3Uri } from '../../catalog/buckets';
import type { OutputName, StackOutputValues } from '../shared/stack-outputs';
import type { JobArgs } from './args';

/** Outputs without which a job cannot be launched compliantly; a missing one stops the command. */
export const LAUNCH_OUTPUTS: readonly OutputName[] = [
  'region',
  'subnet_ids',
  'job_security_group_id',
  'customization_role_arn',
  'batch_inference_role_arn',
  'custom_model_kms_key_arn',
  'data_kms_key_arn',
  'bucket_names',
];

/** What deploy-model reads: where the environment's custom models live and the key they must carry. */
export const DEPLOYMENT_OUTPUTS: readonly OutputName[] = ['environment', 'account_id', 'region', 'custom_model_kms_key_arn'];

export interface DeploymentOutputs extends DeploymentScope {
  readonly customModelKeyArn: string;
}

export function deploymentScope(values: StackOutputValues): DeploymentOutputs {
  const missing = DEPLOYMENT_OUTPUTS.filter((name) => values[name] === undefined);
  if (missing.length) throw new Error(`stack outputs lack ${missing.join(', ')}`);
  return { environment: values.environment!, accountId: values.account_id!, region: values.region!, customModelKeyArn: values.custom_model_kms_key_arn! };
}

/** The deployment request, refused unless the model is one of the environment's account and region. */
export function deploymentRequest(scope: DeploymentOutputs, args: JobArgs): CustomModelDeploymentRequest {
  const modelArn = args.modelArn ?? '';
  if (!isEnvironmentCustomModelArn(scope, modelArn)) {
    throw new UsageError(
      `--model-arn ${modelArn} is not a custom model of environment ${scope.environment} (account ${scope.accountId}, region ${scope.region}); pass arn:aws:bedrock:${scope.region}:${scope.accountId}:custom-model/... of a model trained or imported there.`,
    );
  }
  return customModelDeploymentRequest(scope, { deploymentName: args.jobName, modelArn, description: args.description });
}

export function launchScope(values: StackOutputValues): LaunchScope {
  const missing = LAUNCH_OUTPUTS.filter((name) => values[name] === undefined);
  if (missing.length) throw new Error(`stack outputs lack ${missing.join(', ')}`);
  return {
    region: values.region!,
    subnetIds: values.subnet_ids!,
    jobSecurityGroupId: values.job_security_group_id!,
    customizationRoleArn: values.customization_role_arn!,
    batchInferenceRoleArn: values.batch_inference_role_arn!,
    customModelKeyArn: values.custom_model_kms_key_arn!,
    dataKeyArn: values.data_kms_key_arn!,
    buckets: values.bucket_names!,
  };
}

/** The same fragment builder the stack's `customization_job_request` output uses, plus the caller's choices. */
export function customizationRequest(scope: LaunchScope, args: JobArgs): CreateModelCustomizationJobRequest {
  const fragment = customizationJobFragment(scope);
  return {
    ...fragment,
    jobName: args.jobName,
    customModelName: args.customModelName,
    baseModelIdentifier: args.baseModel,
    ...(args.customizationType ? { customizationType: args.customizationType } : {}),
    ...(args.teacherModel ? { customizationConfig: { distillationConfig: { teacherModelConfig: { teacherModelIdentifier: args.teacherModel } } } } : {}),
    trainingDataConfig: { s3Uri: s3Uri(scope.buckets.training, args.trainingKey) },
    validationDataConfig: args.validationKey ? { validators: [{ s3Uri: s3Uri(scope.buckets.validation, args.validationKey) }] } : undefined,
    outputDataConfig: { s3Uri: s3Uri(scope.buckets.customizationOutput, `${args.jobName}/`) },
    hyperParameters: { ...args.hyperParameters },
  };
}

export function batchRequest(scope: LaunchScope, args: JobArgs): CreateModelInvocationJobRequest {
  const fragment = batchInferenceJobFragment(scope);
  return {
    ...fragment,
    jobName: args.jobName,
    modelId: args.modelId,
    inputDataConfig: { s3InputDataConfig: { s3Uri: s3Uri(scope.buckets.batchInput, args.inputKey) } },
    outputDataConfig: { s3OutputDataConfig: { s3Uri: s3Uri(scope.buckets.batchOutput, `${args.jobName}/`), s3EncryptionKeyId: scope.dataKeyArn } },
  };
}

/** Last line of defence before anything is sent: no VPC config (or, for customization, no key), no job. */
export function assertCompliant(request: { vpcConfig?: { subnetIds?: string[]; securityGroupIds?: string[] }; customModelKmsKeyId?: string }, needsKey: boolean): void {
  if (!request.vpcConfig?.subnetIds?.length || !request.vpcConfig.securityGroupIds?.length) {
    throw new Error('refusing to submit a job without a VPC config (subnets and security groups)');
  }
  if (needsKey && !request.customModelKmsKeyId) throw new Error('refusing to submit a customization job without the custom-model KMS key');
}
