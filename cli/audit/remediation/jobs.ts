import type { CreateModelCustomizationJobRequest, CreateModelInvocationJobRequest } from '@aws-sdk/client-bedrock';
import type { Expectations } from '../expectations';
import type { CustomizationJob, InvocationJob, ModelImportJob } from '../model';
import { bucketOf, inBucket } from '../s3-uri';
import { PLACEHOLDERS, bedrockCommand, replacementName, steps, vpcConfigFor } from './command';

/** Seed 002's remediation: re-create the job from its own settings, inside the VPC, with a customer-managed key. */
export function customizationJobRemediation(region: string, job: CustomizationJob, expected: Expectations): string {
  return customizationCommand(region, {
    jobName: replacementName(job.jobName ?? 'job'),
    customModelName: replacementName(job.outputModelName ?? job.jobName ?? 'model'),
    // The stack's role carries the ENI permissions a VPC job needs; the original role may not.
    roleArn: expected.customizationRoleArn ?? job.roleArn ?? PLACEHOLDERS.customizationRole,
    baseModelIdentifier: job.baseModelArn ?? PLACEHOLDERS.baseModel,
    customizationType: job.customizationType,
    trainingDataConfig: job.trainingDataConfig,
    validationDataConfig: job.validationDataConfig,
    outputDataConfig: job.outputDataConfig,
    hyperParameters: job.hyperParameters,
    customizationConfig: job.customizationConfig,
    customModelKmsKeyId: expected.customModelKmsKeyArn ?? job.outputModelKmsKeyArn ?? PLACEHOLDERS.kmsKey,
    vpcConfig: vpcConfigFor(expected, job.vpcConfig),
  });
}

/** create-model-customization-job; an empty hyperparameter map is left out rather than printed as {}. */
export function customizationCommand(region: string, request: CreateModelCustomizationJobRequest): string {
  const { hyperParameters } = request;
  return bedrockCommand('CreateModelCustomizationJob', region, {
    ...request,
    hyperParameters: hyperParameters && Object.keys(hyperParameters).length > 0 ? hyperParameters : undefined,
  });
}

/**
 * Seed 001's equivalent for batch inference: re-submit the job with --vpc-config, the data key on
 * its output and, when the environment's batch buckets are known, its data in them.
 */
export function invocationJobRemediation(region: string, job: InvocationJob, expected: Expectations): string {
  const s3In = job.inputDataConfig?.s3InputDataConfig;
  const s3Out = job.outputDataConfig?.s3OutputDataConfig;
  const move = (uri: string | undefined, bucket: string | undefined): string | undefined =>
    uri === undefined || bucket === undefined || bucketOf(uri) === bucket ? uri : inBucket(uri, bucket);
  const inputUri = move(s3In?.s3Uri, expected.batchBuckets?.input);
  const outputUri = move(s3Out?.s3Uri, expected.batchBuckets?.output);
  // A moved location is in the environment's own account, so a foreign bucket owner no longer applies.
  const inputDataConfig: CreateModelInvocationJobRequest['inputDataConfig'] = s3In
    ? { s3InputDataConfig: { ...s3In, s3Uri: inputUri, ...(inputUri !== s3In.s3Uri && { s3BucketOwner: undefined }) } }
    : job.inputDataConfig;
  const outputDataConfig: CreateModelInvocationJobRequest['outputDataConfig'] = s3Out
    ? {
        s3OutputDataConfig: {
          ...s3Out,
          s3Uri: outputUri,
          ...(outputUri !== s3Out.s3Uri && { s3BucketOwner: undefined }),
          s3EncryptionKeyId: expected.dataKmsKeyArn ?? s3Out.s3EncryptionKeyId ?? PLACEHOLDERS.kmsKey,
        },
      }
    : job.outputDataConfig;
  const command = bedrockCommand('CreateModelInvocationJob', region, {
    jobName: replacementName(job.jobName ?? 'batch-job'),
    modelId: job.modelId ?? PLACEHOLDERS.modelId,
    roleArn: expected.batchInferenceRoleArn ?? job.roleArn ?? PLACEHOLDERS.batchRole,
    inputDataConfig,
    outputDataConfig,
    timeoutDurationInHours: job.timeoutDurationInHours,
    modelInvocationType: job.modelInvocationType,
    vpcConfig: vpcConfigFor(expected, job.vpcConfig),
  });
  if (inputUri === s3In?.s3Uri) return command;
  return steps([`Copy the input from ${s3In?.s3Uri} to ${inputUri} first: the job reads only the environment's batch input bucket.`], [command]);
}

/** Import the model again, inside the VPC and with a customer-managed key. */
export function importJobRemediation(region: string, job: ModelImportJob, expected: Expectations): string {
  return steps(
    ['The import role needs seed 000\'s ENI permissions for the subnets to run in the VPC.'],
    [
      bedrockCommand('CreateModelImportJob', region, {
        jobName: replacementName(job.jobName ?? 'import-job'),
        importedModelName: replacementName(job.importedModelName ?? job.jobName ?? 'model'),
        roleArn: job.roleArn ?? PLACEHOLDERS.importRole,
        modelDataSource: job.modelDataSource,
        vpcConfig: vpcConfigFor(expected, job.vpcConfig),
        importedModelKmsKeyId: expected.customModelKmsKeyArn ?? job.importedModelKmsKeyArn ?? PLACEHOLDERS.kmsKey,
      }),
    ],
  );
}
