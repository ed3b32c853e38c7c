import { App, TerraformStack } from '../../framework';
import { CreateCustomModelDeploymentCommand, CreateModelCustomizationJobCommand, CreateModelInvocationJobCommand, type OutputDataConfig, type TrainingDataConfig, type ValidationDataConfig } from '@aws-sdk/client-bedrock';
import type { BatchInferenceJobFragment, CustomModelDeploymentRequest, CustomizationJobFragment, LaunchScope } from '../../catalog/launch';
import { CompliantCustomModel, CompliantCustomModelProps } from '../../modules/job-roles/compliant-custom-model';
import { bucketNames } from '../../catalog/buckets';
import { capturingClient } from '../helpers/sdk-capture';
import { TfJson, ref, resourceAt, synthEnv, testEnv } from '../helpers/synth';

const env = testEnv({
  customModels: [{ name: 'support-bot', baseModelIdentifier: 'amazon.titan-text-lite-v1:0:4k', hyperparameters: { epochCount: '2' }, trainingObjectKey: 'train.jsonl', validationObjectKey: 'val.jsonl' }],
});
const tf = synthEnv(env);

/** Replaces every `${address.attr}` with a realistic value, as after `terraform apply`. */
function applied<T>(value: T): T {
  const fake: Record<string, string> = {};
  let n = 0;
  const text = JSON.stringify(value).replace(/\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.(id|arn)\}/g, (_m, type: string, _name, attr: string) => {
    const key = _m;
    if (!fake[key]) {
      n++;
      fake[key] =
        type === 'aws_subnet' ? `subnet-0${n}abcdef0123456789`.slice(0, 24)
        : type === 'aws_security_group' ? `sg-0${n}abcdef012345678`.slice(0, 20)
        : type === 'aws_iam_role' ? `arn:aws:iam::123456789012:role/role-${n}`
        : type === 'aws_kms_key' ? `arn:aws:kms:us-east-1:123456789012:key/0000000${n}-1111-2222-3333-444444444444`
        : `${type}-${attr}-${n}`;
    }
    return fake[key];
  });
  return JSON.parse(text) as T;
}

function output<T>(out: TfJson, name: string): T {
  return applied(out.output[name].value as T);
}

describe('launch configuration outputs', () => {
  it('customization_job_request serializes through the SDK with every field intact', async () => {
    const fragment = output<CustomizationJobFragment>(tf, 'customization_job_request');
    expect(fragment.vpcConfig).toEqual({ subnetIds: [expect.stringMatching(/^subnet-/), expect.stringMatching(/^subnet-/)], securityGroupIds: [expect.stringMatching(/^sg-/)] });
    expect(fragment.customModelKmsKeyId).toMatch(/^arn:aws:kms:us-east-1:123456789012:key\//);
    const { client, bodies } = capturingClient({ jobArn: 'arn:aws:bedrock:us-east-1:123456789012:model-customization-job/x' });
    const request = { ...fragment, clientRequestToken: 'token-1', jobName: 'job-1', customModelName: 'model-1', baseModelIdentifier: 'amazon.titan-text-lite-v1:0:4k' };
    await client.send(new CreateModelCustomizationJobCommand(request));
    expect(bodies[0]).toEqual(request);
  });

  it('batch_inference_job_request serializes through the SDK with every field intact', async () => {
    const fragment = output<BatchInferenceJobFragment>(tf, 'batch_inference_job_request');
    expect(fragment.vpcConfig?.subnetIds).toHaveLength(2);
    const { client, bodies } = capturingClient({ jobArn: 'arn:aws:bedrock:us-east-1:123456789012:model-invocation-job/x' });
    const request = { ...fragment, clientRequestToken: 'token-2', jobName: 'batch-1', modelId: 'anthropic.claude-3-haiku-20240307-v1:0' };
    await client.send(new CreateModelInvocationJobCommand(request));
    expect(bodies[0]).toEqual(request);
  });

  it('custom_model_deployment_requests holds one CreateCustomModelDeployment request per trained model, and it serializes through the SDK intact', async () => {
    const requests = output<Record<string, CustomModelDeploymentRequest>>(tf, 'custom_model_deployment_requests');
    expect(Object.keys(requests)).toEqual(['support-bot']);
    const raw = tf.output.custom_model_deployment_requests.value as Record<string, CustomModelDeploymentRequest>;
    expect(raw['support-bot']).toEqual({
      modelDeploymentName: 'bedrock-test-support-bot',
      modelArn: ref(tf, 'aws_bedrock_custom_model', 'custom-model-support-bot/model', 'custom_model_arn'),
      description: 'On-demand deployment of a custom model of environment test',
    });
    const { client, bodies } = capturingClient({ customModelDeploymentArn: 'arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/x' });
    const request = { ...requests['support-bot'], modelArn: 'arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.nova-lite-v1:0:300k/a1b2c3d4e5f6', clientRequestToken: 'token-3' };
    await client.send(new CreateCustomModelDeploymentCommand(request));
    expect(bodies[0]).toEqual(request);
  });

  it('has no custom_model_deployment_requests without custom models', () => {
    expect(synthEnv(testEnv()).output.custom_model_deployment_requests).toBeUndefined();
  });

  it('the CLI command carries --vpc-config subnetIds/securityGroupIds and --custom-model-kms-key-id', () => {
    const cli = tf.output.create_customization_job_cli.value as string;
    const subnets = env.azIds.map((az) => ref(tf, 'aws_subnet', `network/subnet-${az}`, 'id').slice(2, -1)).join(', ');
    expect(cli).toContain(`--vpc-config subnetIds=\${join(",", [${subnets}])},securityGroupIds=${ref(tf, 'aws_security_group', 'security-groups/jobs', 'id')}`);
    expect(cli).toContain(`--custom-model-kms-key-id ${ref(tf, 'aws_kms_key', 'data/custom-model-key/key', 'arn')}`);
    expect(cli).toMatch(/^aws bedrock create-model-customization-job --region us-east-1 /);
  });

  it('passes the data configs as JSON, never shorthand that would split an S3 URI at "," or "="', () => {
    const cli = tf.output.create_customization_job_cli.value as string;
    const json = (flag: string): unknown => JSON.parse(new RegExp(`${flag} '([^']*)'`).exec(cli)?.[1] ?? 'null');
    const buckets = bucketNames(env);
    const training: TrainingDataConfig = { s3Uri: `s3://${buckets.training}/<train.jsonl>` };
    const validation: ValidationDataConfig = { validators: [{ s3Uri: `s3://${buckets.validation}/<validation.jsonl>` }] };
    const output: OutputDataConfig = { s3Uri: `s3://${buckets.customizationOutput}/` };
    expect(json('--training-data-config')).toEqual(training);
    expect(json('--validation-data-config')).toEqual(validation);
    expect(json('--output-data-config')).toEqual(output);
    expect(cli).not.toMatch(/-data-config s3Uri=/);
  });

  it('exports the output names the CLIs and README rely on', () => {
    expect(Object.keys(tf.output).sort()).toEqual([
      'account_id',
      'auditor_policy_json',
      'batch_inference_job_request',
      'batch_inference_role_arn',
      'bucket_arns',
      'bucket_names',
      'create_customization_job_cli',
      'custom_model_deployment_requests',
      'custom_model_kms_key_alias',
      'custom_model_kms_key_arn',
      'customization_job_request',
      'customization_role_arn',
      'data_kms_key_alias',
      'data_kms_key_arn',
      'endpoint_security_group_id',
      'environment',
      'interface_endpoint_dns_entries',
      'interface_endpoint_ids',
      'job_security_group_id',
      'job_submitter_policy_arn',
      'logs_kms_key_alias',
      'logs_kms_key_arn',
      'region',
      's3_gateway_endpoint_id',
      'subnet_ids',
      'vpc_id',
    ]);
  });

  it('ships the auditor\'s read-only policy as literal JSON', () => {
    const policy = JSON.parse(tf.output.auditor_policy_json.value as string);
    const actions = policy.Statement.flatMap((s: { Action: string | string[] }) => [s.Action].flat()).sort();
    expect(actions).toEqual([
      'bedrock-agentcore:GetAgentRuntime',
      'bedrock-agentcore:ListAgentRuntimes',
      'bedrock:GetAccountDataRetention',
      'bedrock:GetCustomModel',
      'bedrock:GetEvaluationJob',
      'bedrock:GetGuardrail',
      'bedrock:GetImportedModel',
      'bedrock:GetModelCustomizationJob',
      'bedrock:GetModelImportJob',
      'bedrock:GetModelInvocationLoggingConfiguration',
      'bedrock:GetResourcePolicy',
      'bedrock:ListCustomModelDeployments',
      'bedrock:ListCustomModels',
      'bedrock:ListEvaluationJobs',
      'bedrock:ListGuardrails',
      'bedrock:ListImportedModels',
      'bedrock:ListModelCopyJobs',
      'bedrock:ListModelCustomizationJobs',
      'bedrock:ListModelImportJobs',
      'bedrock:ListModelInvocationJobs',
      'bedrock:ListProvisionedModelThroughputs',
      'iam:ListServiceSpecificCredentials',
    ]);
  });
});

describe('CompliantCustomModel', () => {
  it('creates the model in the environment\'s VPC with its key, role and buckets', () => {
    expect(resourceAt(tf, 'aws_bedrock_custom_model', 'custom-model-support-bot/model')).toMatchObject({
      custom_model_name: 'bedrock-test-support-bot',
      job_name: 'bedrock-test-support-bot',
      base_model_identifier: 'amazon.titan-text-lite-v1:0:4k',
      customization_type: 'FINE_TUNING',
      hyperparameters: { epochCount: '2' },
      role_arn: ref(tf, 'aws_iam_role', 'jobs/customization-role/role', 'arn'),
      custom_model_kms_key_id: ref(tf, 'aws_kms_key', 'data/custom-model-key/key', 'arn'),
      vpc_config: [{ subnet_ids: env.azIds.map((az) => ref(tf, 'aws_subnet', `network/subnet-${az}`, 'id')), security_group_ids: [ref(tf, 'aws_security_group', 'security-groups/jobs', 'id')] }],
      training_data_config: [{ s3_uri: `s3://bedrock-test-training-123456789012-us-east-1/train.jsonl` }],
      validation_data_config: [{ validator: [{ s3_uri: `s3://bedrock-test-validation-123456789012-us-east-1/val.jsonl` }] }],
      output_data_config: [{ s3_uri: `s3://bedrock-test-custom-output-123456789012-us-east-1/bedrock-test-support-bot/` }],
    });
  });

  it('is off by default', () => {
    expect(synthEnv(testEnv()).resource.aws_bedrock_custom_model).toBeUndefined();
  });

  const scope: LaunchScope = {
    region: 'us-east-1',
    subnetIds: ['subnet-1'],
    jobSecurityGroupId: 'sg-1',
    customizationRoleArn: 'arn:aws:iam::123456789012:role/r',
    batchInferenceRoleArn: 'arn:aws:iam::123456789012:role/b',
    customModelKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k',
    dataKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/d',
    buckets: { training: 't', validation: 'v', customizationOutput: 'o', batchInput: 'bi', batchOutput: 'bo' },
  };
  const base: CompliantCustomModelProps = { environment: scope, customModelName: 'm', jobName: 'j', baseModelIdentifier: 'b', hyperparameters: {}, trainingObjectKey: 'k' };
  const build = (props: unknown) => new CompliantCustomModel(new TerraformStack(new App(), 's'), 'model', props as CompliantCustomModelProps);

  it.each([
    ['vpcConfig', { vpcConfig: [{ subnetIds: ['subnet-other'], securityGroupIds: ['sg-other'] }] }],
    ['customModelKmsKeyId', { customModelKmsKeyId: 'alias/aws/bedrock' }],
    ['roleArn', { roleArn: 'arn:aws:iam::123456789012:role/other' }],
  ])('fails synth when a caller tries to override %s', (field, override) => {
    expect(() => build({ ...base, ...override })).toThrow(`s/model: ${field} cannot be set on a CompliantCustomModel; they always come from the environment`);
  });

  it('fails synth when the environment has no VPC config', () => {
    expect(() => build({ ...base, environment: { ...scope, subnetIds: [] } })).toThrow('s/model: the environment has no VPC config (subnets and job security group); a custom model must run in the VPC.');
  });

  it('fails synth when the environment has no custom-model key', () => {
    expect(() => build({ ...base, environment: { ...scope, customModelKeyArn: '' } })).toThrow('s/model: the environment has no custom-model KMS key; a custom model must be encrypted with it.');
  });
});
