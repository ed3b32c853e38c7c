import type { CustomModelDeploymentSummary, LoggingConfig, ProvisionedModelSummary } from '@aws-sdk/client-bedrock';
import type { ServiceSpecificCredentialMetadata } from '@aws-sdk/client-iam';
import type { Expectations } from '../../../cli/audit/expectations';
import type { AgentCoreRuntime, CustomModel, CustomizationJob, EvaluationJob, ImportedModel, InvocationJob, ModelCopyJob, ModelImportJob } from '../../../cli/audit/model';
import type { Guardrail } from './account';

/** A compliant environment and builders for compliant resources in it; tests override one field to break one rule. */
export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';
export const SUBNETS = ['subnet-0aaa1111bbbb2222c', 'subnet-0ddd3333eeee4444f'];
export const JOB_SG = 'sg-0123456789abcdef0';
export const IN_VPC = { subnetIds: SUBNETS, securityGroupIds: [JOB_SG] };
export const MODEL_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/11111111-2222-3333-4444-555555555555`;
export const COPY_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/66666666-7777-8888-9999-000000000000`;
export const DATA_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee`;
export const OTHER_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/ffffffff-0000-1111-2222-333333333333`;
export const BATCH_INPUT = `bedrock-dev-batch-input-${ACCOUNT}-${REGION}`;
export const BATCH_OUTPUT = `bedrock-dev-batch-output-${ACCOUNT}-${REGION}`;
export const LOG_BUCKET = `bedrock-dev-invocation-logs-${ACCOUNT}-${REGION}`;
export const LOG_GROUP = '/aws/bedrock/bedrock-dev/invocations';
export const CREATED = new Date('2026-10-01T12:00:00Z');
export const NOW = new Date('2026-11-20T12:00:00Z');

export const EXPECTED: Expectations = {
  subnetIds: SUBNETS,
  securityGroupIds: [JOB_SG],
  customModelKmsKeyArn: MODEL_KEY,
  copiedModelKmsKeyArn: COPY_KEY,
  dataKmsKeyArn: DATA_KEY,
  customizationRoleArn: `arn:aws:iam::${ACCOUNT}:role/bedrock-dev-customization`,
  batchInferenceRoleArn: `arn:aws:iam::${ACCOUNT}:role/bedrock-dev-batch`,
  batchBuckets: { input: BATCH_INPUT, output: BATCH_OUTPUT },
  invocationLogBucket: LOG_BUCKET,
  invocationLogGroup: LOG_GROUP,
};

const arn = (type: string, id: string, region = REGION): string => `arn:aws:bedrock:${region}:${ACCOUNT}:${type}/${id}`;

export function customizationJob(name: string, over: Partial<CustomizationJob> = {}): CustomizationJob {
  return {
    jobArn: arn('model-customization-job', name),
    jobName: name,
    outputModelName: `${name}-model`,
    outputModelArn: arn('custom-model', `${name}-model`),
    roleArn: `arn:aws:iam::${ACCOUNT}:role/legacy-customization`,
    baseModelArn: `arn:aws:bedrock:${REGION}::foundation-model/amazon.titan-text-lite-v1:0:4k`,
    status: 'Completed',
    creationTime: CREATED,
    trainingDataConfig: { s3Uri: `s3://bedrock-dev-training-${ACCOUNT}-${REGION}/${name}.jsonl` },
    validationDataConfig: { validators: [] },
    outputDataConfig: { s3Uri: `s3://bedrock-dev-custom-output-${ACCOUNT}-${REGION}/${name}/` },
    hyperParameters: { epochCount: '2' },
    vpcConfig: IN_VPC,
    outputModelKmsKeyArn: MODEL_KEY,
    ...over,
  };
}

export function invocationJob(name: string, over: Partial<InvocationJob> = {}): InvocationJob {
  return {
    jobArn: arn('model-invocation-job', name),
    jobName: name,
    modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
    roleArn: `arn:aws:iam::${ACCOUNT}:role/bedrock-dev-batch`,
    status: 'Completed',
    submitTime: CREATED,
    inputDataConfig: { s3InputDataConfig: { s3Uri: `s3://${BATCH_INPUT}/${name}/records.jsonl` } },
    outputDataConfig: { s3OutputDataConfig: { s3Uri: `s3://${BATCH_OUTPUT}/${name}/`, s3EncryptionKeyId: DATA_KEY } },
    timeoutDurationInHours: 24,
    vpcConfig: IN_VPC,
    ...over,
  };
}

export function customModel(name: string, over: Partial<CustomModel> = {}): CustomModel {
  return {
    modelArn: arn('custom-model', name),
    modelName: name,
    jobName: `${name}-job`,
    baseModelArn: `arn:aws:bedrock:${REGION}::foundation-model/amazon.titan-text-lite-v1:0:4k`,
    creationTime: CREATED,
    customizationType: 'FINE_TUNING',
    trainingDataConfig: { s3Uri: `s3://bedrock-dev-training-${ACCOUNT}-${REGION}/${name}.jsonl` },
    outputDataConfig: { s3Uri: `s3://bedrock-dev-custom-output-${ACCOUNT}-${REGION}/${name}/` },
    hyperParameters: { epochCount: '2' },
    modelKmsKeyArn: MODEL_KEY,
    ...over,
  };
}

export function importJob(name: string, over: Partial<ModelImportJob> = {}): ModelImportJob {
  return {
    jobArn: arn('model-import-job', name),
    jobName: name,
    importedModelName: `${name}-model`,
    importedModelArn: arn('imported-model', `${name}-model`),
    roleArn: `arn:aws:iam::${ACCOUNT}:role/bedrock-import`,
    modelDataSource: { s3DataSource: { s3Uri: `s3://model-weights-${ACCOUNT}/${name}/` } },
    status: 'Completed',
    creationTime: CREATED,
    vpcConfig: IN_VPC,
    importedModelKmsKeyArn: MODEL_KEY,
    ...over,
  };
}

export function importedModel(name: string, over: Partial<ImportedModel> = {}): ImportedModel {
  return {
    modelArn: arn('imported-model', name),
    modelName: name,
    jobName: `${name}-import`,
    jobArn: arn('model-import-job', `${name}-import`),
    modelDataSource: { s3DataSource: { s3Uri: `s3://model-weights-${ACCOUNT}/${name}/` } },
    creationTime: CREATED,
    modelArchitecture: 'llama3',
    modelKmsKeyArn: MODEL_KEY,
    ...over,
  };
}

export function copyJob(name: string, over: Partial<ModelCopyJob> = {}): ModelCopyJob {
  return {
    jobArn: arn('model-copy-job', name),
    status: 'Completed',
    creationTime: CREATED,
    targetModelArn: arn('custom-model', `${name}-copy`),
    targetModelName: `${name}-copy`,
    sourceAccountId: ACCOUNT,
    sourceModelArn: arn('custom-model', name, 'us-west-2'),
    targetModelKmsKeyArn: COPY_KEY,
    ...over,
  };
}

export const LOGGING: LoggingConfig = {
  s3Config: { bucketName: LOG_BUCKET, keyPrefix: 'invocations/' },
  cloudWatchConfig: { logGroupName: LOG_GROUP, roleArn: `arn:aws:iam::${ACCOUNT}:role/bedrock-logging`, largeDataDeliveryS3Config: { bucketName: LOG_BUCKET } },
  textDataDeliveryEnabled: true,
  imageDataDeliveryEnabled: false,
  embeddingDataDeliveryEnabled: false,
};

export function apiKey(user: string, id: string, over: Partial<ServiceSpecificCredentialMetadata> = {}): ServiceSpecificCredentialMetadata {
  return {
    UserName: user,
    Status: 'Active',
    ServiceUserName: `${user}-at-${ACCOUNT}`,
    ServiceCredentialAlias: `BedrockAPIKey-${id.slice(-4)}`,
    CreateDate: CREATED,
    ServiceSpecificCredentialId: id,
    ServiceName: 'bedrock.amazonaws.com',
    ...over,
  };
}

// The kinds of issue 21: compliant builders, overridden per test to break one rule.
export const OTHER_ACCOUNT = '999988887777';

export function deployment(name: string, modelArn: string, over: Partial<CustomModelDeploymentSummary> = {}): CustomModelDeploymentSummary {
  return { customModelDeploymentArn: arn('custom-model-deployment', name), customModelDeploymentName: name, modelArn, createdAt: CREATED, status: 'Active', ...over };
}

export function provisioned(name: string, modelArn: string, over: Partial<ProvisionedModelSummary> = {}): ProvisionedModelSummary {
  return {
    provisionedModelName: name,
    provisionedModelArn: arn('provisioned-model', name),
    modelArn,
    desiredModelArn: modelArn,
    foundationModelArn: `arn:aws:bedrock:${REGION}::foundation-model/amazon.titan-text-lite-v1:0:4k`,
    modelUnits: 1,
    desiredModelUnits: 1,
    status: 'InService',
    creationTime: CREATED,
    lastModifiedTime: CREATED,
    ...over,
  };
}

export function evaluation(name: string, over: Partial<EvaluationJob> = {}): EvaluationJob {
  return {
    jobName: name,
    jobArn: arn('evaluation-job', name),
    status: 'Completed',
    roleArn: `arn:aws:iam::${ACCOUNT}:role/bedrock-evaluation`,
    jobType: 'Automated',
    customerEncryptionKeyId: DATA_KEY,
    evaluationConfig: { automated: { datasetMetricConfigs: [{ taskType: 'Summarization', dataset: { name: 'Builtin.Gigaword' }, metricNames: ['Builtin.Accuracy'] }] } },
    inferenceConfig: { models: [{ bedrockModel: { modelIdentifier: 'amazon.titan-text-lite-v1', inferenceParams: '{}' } }] },
    outputDataConfig: { s3Uri: `s3://${BATCH_OUTPUT}/evaluations/${name}/` },
    creationTime: CREATED,
    ...over,
  };
}

export function guardrail(name: string, over: Partial<Guardrail> = {}): Guardrail {
  const id = `gr${name.replace(/[^a-z0-9]/g, '').slice(0, 10)}`;
  return {
    name,
    guardrailId: id,
    guardrailArn: arn('guardrail', id),
    version: 'DRAFT',
    status: 'READY',
    contentPolicy: { filters: [{ type: 'PROMPT_ATTACK', inputStrength: 'HIGH', outputStrength: 'NONE' }] },
    sensitiveInformationPolicy: { piiEntities: [{ type: 'EMAIL', action: 'ANONYMIZE' }] },
    createdAt: CREATED,
    updatedAt: CREATED,
    blockedInputMessaging: 'blocked',
    blockedOutputsMessaging: 'blocked',
    ...over,
  };
}

/** A resource policy that shares a model with `principal` (an account id, an ARN or "*"). */
export function sharingPolicy(principal: string, condition?: object): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal === '*' ? '*' : { AWS: principal }, Action: ['bedrock:InvokeModel'], Resource: '*', ...(condition && { Condition: condition }) }],
  });
}

export function agentRuntime(name: string, over: Partial<AgentCoreRuntime> = {}): AgentCoreRuntime {
  return {
    agentRuntimeArn: `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/${name}-abc123`,
    agentRuntimeName: name,
    agentRuntimeId: `${name}-abc123`,
    agentRuntimeVersion: '1',
    createdAt: CREATED,
    lastUpdatedAt: CREATED,
    roleArn: `arn:aws:iam::${ACCOUNT}:role/agentcore`,
    networkConfiguration: { networkMode: 'VPC', networkModeConfig: { subnets: SUBNETS, securityGroups: [JOB_SG] } },
    status: 'READY',
    lifecycleConfiguration: { idleRuntimeSessionTimeout: 900, maxLifetime: 28800 },
    ...over,
  };
}
