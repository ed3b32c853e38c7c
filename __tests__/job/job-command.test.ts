import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BedrockClient, CreateModelCustomizationJobCommand, CreateModelInvocationJobCommand } from '@aws-sdk/client-bedrock';
import { mockClient } from 'aws-sdk-client-mock';
import { run } from '../../cli/job/command';
import { UsageError } from '../../cli/shared/usage-error';

const bedrock = mockClient(BedrockClient);
const dir = mkdtempSync(join(tmpdir(), 'job-cmd-'));

const DEV = {
  environment: 'dev',
  account_id: '111111111111',
  region: 'us-east-1',
  vpc_id: 'vpc-0abc',
  subnet_ids: ['subnet-0aaa', 'subnet-0bbb'],
  job_security_group_id: 'sg-0job',
  endpoint_security_group_id: 'sg-0ep',
  customization_role_arn: 'arn:aws:iam::111111111111:role/bedrock-dev-customization-job',
  batch_inference_role_arn: 'arn:aws:iam::111111111111:role/bedrock-dev-batch-inference-job',
  custom_model_kms_key_arn: 'arn:aws:kms:us-east-1:111111111111:key/cmk-1',
  data_kms_key_arn: 'arn:aws:kms:us-east-1:111111111111:key/data-1',
  bucket_names: {
    training: 'bedrock-dev-training',
    validation: 'bedrock-dev-validation',
    customizationOutput: 'bedrock-dev-custom-output',
    batchInput: 'bedrock-dev-batch-input',
    batchOutput: 'bedrock-dev-batch-output',
    accessLogs: 'bedrock-dev-access-logs',
  },
};

function outputsFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const cdktfOutputs = outputsFile('outputs.json', { 'bedrock-dev': DEV, 'bedrock-prod': { ...DEV, environment: 'prod', region: 'us-west-2' } });

async function runJob(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await run(argv, { createClient: ({ region }) => new BedrockClient({ region, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }), out: (t) => (out += t) });
  return { code, out };
}

const CUSTOMIZE = ['customize', '--outputs', cdktfOutputs, '--env', 'dev', '--job-name', 'ft-1', '--custom-model-name', 'bot-1', '--base-model', 'amazon.titan-text-lite-v1:0:4k', '--training-key', 'train.jsonl', '--validation-key', 'val.jsonl', '--hyper', 'epochCount=2', '--hyper', 'learningRate=0.00001'];

beforeEach(() => bedrock.reset());

describe('job customize', () => {
  it('submits CreateModelCustomizationJob with the environment\'s VPC config and custom-model key', async () => {
    bedrock.on(CreateModelCustomizationJobCommand).resolves({ jobArn: 'arn:aws:bedrock:us-east-1:111111111111:model-customization-job/abc' });
    const { code, out } = await runJob(CUSTOMIZE);
    expect(code).toBe(0);
    expect(out).toBe('arn:aws:bedrock:us-east-1:111111111111:model-customization-job/abc\n');
    const calls = bedrock.commandCalls(CreateModelCustomizationJobCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0].args[0].input).toEqual({
      jobName: 'ft-1',
      customModelName: 'bot-1',
      baseModelIdentifier: 'amazon.titan-text-lite-v1:0:4k',
      roleArn: DEV.customization_role_arn,
      trainingDataConfig: { s3Uri: 's3://bedrock-dev-training/train.jsonl' },
      validationDataConfig: { validators: [{ s3Uri: 's3://bedrock-dev-validation/val.jsonl' }] },
      outputDataConfig: { s3Uri: 's3://bedrock-dev-custom-output/ft-1/' },
      hyperParameters: { epochCount: '2', learningRate: '0.00001' },
      vpcConfig: { subnetIds: ['subnet-0aaa', 'subnet-0bbb'], securityGroupIds: ['sg-0job'] },
      customModelKmsKeyId: DEV.custom_model_kms_key_arn,
    });
  });

  it('prints the request and sends nothing with --dry-run', async () => {
    const { code, out } = await runJob([...CUSTOMIZE, '--dry-run']);
    expect(code).toBe(0);
    const printed = JSON.parse(out);
    expect(printed.operation).toBe('CreateModelCustomizationJob');
    expect(printed.request.vpcConfig).toEqual({ subnetIds: ['subnet-0aaa', 'subnet-0bbb'], securityGroupIds: ['sg-0job'] });
    expect(printed.request.customModelKmsKeyId).toBe(DEV.custom_model_kms_key_arn);
    expect(bedrock.calls()).toHaveLength(0);
  });

  it('reads `terraform output -json` files too', async () => {
    const tfFile = outputsFile('tf.json', Object.fromEntries(Object.entries(DEV).map(([k, v]) => [k, { value: v, type: 'string', sensitive: false }])));
    const { out } = await runJob(['customize', '--outputs', tfFile, '--job-name', 'j', '--custom-model-name', 'm', '--base-model', 'b', '--training-key', 't', '--dry-run']);
    expect(JSON.parse(out).request.vpcConfig.subnetIds).toEqual(['subnet-0aaa', 'subnet-0bbb']);
  });

  it.each([
    ['custom_model_kms_key_arn', /missing output "custom_model_kms_key_arn"/],
    ['subnet_ids', /missing output "subnet_ids"/],
    ['job_security_group_id', /missing output "job_security_group_id"/],
  ])('refuses to run when the outputs lack %s', async (missing, message) => {
    const rest: Record<string, unknown> = { ...DEV };
    delete rest[missing];
    const file = outputsFile(`no-${missing}.json`, { 'bedrock-dev': rest });
    await expect(runJob(['customize', '--outputs', file, '--job-name', 'j', '--custom-model-name', 'm', '--base-model', 'b', '--training-key', 't'])).rejects.toThrow(message);
    expect(bedrock.calls()).toHaveLength(0);
  });

  it('refuses an empty subnet list rather than launching outside the VPC', async () => {
    const file = outputsFile('empty-subnets.json', { 'bedrock-dev': { ...DEV, subnet_ids: [] } });
    await expect(runJob(['customize', '--outputs', file, '--job-name', 'j', '--custom-model-name', 'm', '--base-model', 'b', '--training-key', 't'])).rejects.toThrow(
      /output "subnet_ids" should be non-empty string\[\]/,
    );
    expect(bedrock.calls()).toHaveLength(0);
  });

  it('asks for --env when the outputs file holds several stacks', async () => {
    await expect(runJob(['customize', '--outputs', cdktfOutputs, '--job-name', 'j', '--custom-model-name', 'm', '--base-model', 'b', '--training-key', 't'])).rejects.toThrow(
      /holds 2 stacks \(bedrock-dev, bedrock-prod\); pass --env <name> to choose the stack bedrock-<name>\./,
    );
  });

  it('names a missing required flag', async () => {
    await expect(runJob(['customize', '--outputs', cdktfOutputs, '--env', 'dev'])).rejects.toThrow(new UsageError('customize: --job-name is required. Run "bedrock-private job --help" for the options.'));
  });
});

describe('job: choosing the stack and the customization type', () => {
  const dryRun = (argv: string[]) => runJob([...argv, '--dry-run']).then(({ out }) => JSON.parse(out) as { region: string; request: Record<string, unknown> });
  const withoutEnv = CUSTOMIZE.filter((arg, i) => arg !== '--env' && CUSTOMIZE[i - 1] !== '--env');

  it('takes --stack <stack-name> as an alias of --env <name>', async () => {
    expect((await dryRun([...withoutEnv, '--stack', 'bedrock-prod'])).region).toBe('us-west-2');
    expect((await dryRun([...withoutEnv, '--env', 'prod', '--stack', 'bedrock-prod'])).region).toBe('us-west-2');
  });

  it('refuses --env and --stack naming different stacks', async () => {
    await expect(runJob([...withoutEnv, '--env', 'dev', '--stack', 'bedrock-prod'])).rejects.toThrow(
      new UsageError('--env dev selects the stack bedrock-dev, but --stack says bedrock-prod: pass one of them.'),
    );
  });

  it('sends a distillation job with its teacher model', async () => {
    const { request } = await dryRun([...CUSTOMIZE, '--customization-type', 'DISTILLATION', '--teacher-model', 'amazon.nova-pro-v1:0']);
    expect(request.customizationType).toBe('DISTILLATION');
    expect(request.customizationConfig).toEqual({ distillationConfig: { teacherModelConfig: { teacherModelIdentifier: 'amazon.nova-pro-v1:0' } } });
  });

  it('refuses a teacher model for any other type', async () => {
    await expect(runJob([...CUSTOMIZE, '--teacher-model', 'amazon.nova-pro-v1:0'])).rejects.toThrow(
      new UsageError('--teacher-model goes with --customization-type DISTILLATION, and only with it: pass both or neither.'),
    );
  });
});

describe('job batch', () => {
  it('submits CreateModelInvocationJob with the VPC config, the batch role and encrypted output', async () => {
    bedrock.on(CreateModelInvocationJobCommand).resolves({ jobArn: 'arn:aws:bedrock:us-east-1:111111111111:model-invocation-job/xyz' });
    const { code } = await runJob(['batch', '--outputs', cdktfOutputs, '--env', 'dev', '--job-name', 'b-1', '--model-id', 'anthropic.claude-3-haiku-20240307-v1:0', '--input-key', 'in/records.jsonl']);
    expect(code).toBe(0);
    expect(bedrock.commandCalls(CreateModelInvocationJobCommand)[0].args[0].input).toEqual({
      jobName: 'b-1',
      modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
      roleArn: DEV.batch_inference_role_arn,
      inputDataConfig: { s3InputDataConfig: { s3Uri: 's3://bedrock-dev-batch-input/in/records.jsonl' } },
      outputDataConfig: { s3OutputDataConfig: { s3Uri: 's3://bedrock-dev-batch-output/b-1/', s3EncryptionKeyId: DEV.data_kms_key_arn } },
      vpcConfig: { subnetIds: ['subnet-0aaa', 'subnet-0bbb'], securityGroupIds: ['sg-0job'] },
    });
  });
});
