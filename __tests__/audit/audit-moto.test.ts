import {
  BedrockClient,
  CreateGuardrailCommand,
  CreateModelCustomizationJobCommand,
  DeleteModelInvocationLoggingConfigurationCommand,
  GetModelCustomizationJobCommand,
  ListImportedModelsCommand,
  ListModelCopyJobsCommand,
  ListModelImportJobsCommand,
  ListModelInvocationJobsCommand,
  PutModelInvocationLoggingConfigurationCommand,
  type CreateModelCustomizationJobCommandInput,
  type LoggingConfig,
} from '@aws-sdk/client-bedrock';
import { IAMClient, ListServiceSpecificCredentialsCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { runCli } from './support/cli';
import { DUMMY_AWS_ENV, EMULATOR_START_TIMEOUT_MS, startEmulator, type Emulator } from './support/moto';

const REGION = 'us-east-1';
const SUBNETS = ['subnet-0aaa1111bbbb2222c', 'subnet-0ddd3333eeee4444f'];
const JOB_SG = 'sg-0123456789abcdef0';
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555';
const OTHER_KEY = 'arn:aws:kms:us-east-1:123456789012:key/99999999-8888-7777-6666-555555555555';
const LOG_BUCKET = 'bedrock-dev-invocation-logs-123456789012-us-east-1';
const STACK_ROLE = 'arn:aws:iam::123456789012:role/bedrock-dev-customization';
const JOB_ROLE = 'arn:aws:iam::123456789012:role/legacy-customization';
const QUOTED_TRAINING = "s3://train-data/it's a,b=c.jsonl";

function job(name: string, extra: Partial<CreateModelCustomizationJobCommandInput>): CreateModelCustomizationJobCommandInput {
  return {
    jobName: name,
    customModelName: name.replace(/-job$/, '-model'),
    roleArn: JOB_ROLE,
    baseModelIdentifier: 'amazon.titan-text-lite-v1:0:4k',
    trainingDataConfig: { s3Uri: `s3://train-data/${name}.jsonl` },
    outputDataConfig: { s3Uri: 's3://customization-output/' },
    hyperParameters: { epochCount: '2', batchSize: '1', learningRate: '0.00001' },
    ...extra,
  };
}

const SEED: readonly CreateModelCustomizationJobCommandInput[] = [
  job('compliant-job', { vpcConfig: { subnetIds: SUBNETS, securityGroupIds: [JOB_SG] }, customModelKmsKeyId: KEY }),
  job('public-job', { customModelKmsKeyId: KEY }),
  job('unencrypted-job', { vpcConfig: { subnetIds: SUBNETS, securityGroupIds: [JOB_SG] } }),
  job('stray-vpc-job', { vpcConfig: { subnetIds: ['subnet-0999999999999999a'], securityGroupIds: ['sg-0999999999999999a'] }, customModelKmsKeyId: KEY }),
  job('foreign-key-job', { vpcConfig: { subnetIds: SUBNETS, securityGroupIds: [JOB_SG] }, customModelKmsKeyId: OTHER_KEY }),
  job('quoting-job', {
    customModelKmsKeyId: KEY,
    trainingDataConfig: { s3Uri: QUOTED_TRAINING },
    validationDataConfig: { validators: [{ s3Uri: 's3://validation-data/v.jsonl' }] },
  }),
];

const outputsFor = (env: string) => ({
  environment: env,
  account_id: '123456789012',
  region: REGION,
  vpc_id: 'vpc-0abc',
  subnet_ids: SUBNETS,
  job_security_group_id: JOB_SG,
  endpoint_security_group_id: 'sg-0eeeeeeeeeeeeeeee',
  customization_role_arn: STACK_ROLE,
  batch_inference_role_arn: 'arn:aws:iam::123456789012:role/bedrock-dev-batch',
  custom_model_kms_key_arn: KEY,
  data_kms_key_arn: 'arn:aws:kms:us-east-1:123456789012:key/data',
  bucket_names: { training: 't', validation: 'v', customizationOutput: 'o', batchInput: 'bi', batchOutput: 'bo', accessLogs: 'l' },
  some_future_output: 'ignored',
});

const findingSchema = z.object({
  ruleId: z.string(),
  ruleName: z.string().min(1),
  severity: z.enum(['high', 'medium']),
  kind: z.string(),
  region: z.string(),
  resourceArn: z.string(),
  resourceName: z.string(),
  message: z.string(),
  remediation: z.string(),
});
const jsonReport = z.object({
  schemaVersion: z.literal(1),
  kinds: z.array(z.string()),
  checked: z.record(z.string(), z.number()),
  exitCode: z.number(),
  rules: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), severity: z.enum(['high', 'medium']), summary: z.string().min(1), explanation: z.string().min(1) })),
  findings: z.array(findingSchema),
  notChecked: z.array(z.object({ resource: z.string(), reason: z.string() })),
});

/** The SARIF 2.1.0 properties code-scanning consumers rely on. */
const sarifSchema = z.object({
  $schema: z.string().includes('sarif-2.1.0'),
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z.object({
        tool: z.object({
          driver: z.object({
            name: z.string().min(1),
            version: z.string(),
            rules: z.array(
              z.object({
                id: z.string().min(1),
                name: z.string(),
                shortDescription: z.object({ text: z.string().min(1) }),
                fullDescription: z.object({ text: z.string().min(1) }),
                help: z.object({ text: z.string().min(1), markdown: z.string().min(1) }),
                properties: z.object({ tags: z.array(z.string()), severity: z.enum(['high', 'medium']), 'security-severity': z.string() }),
                defaultConfiguration: z.object({ level: z.enum(['none', 'note', 'warning', 'error']) }),
              }),
            ),
          }),
        }),
        invocations: z.array(z.object({ executionSuccessful: z.boolean() })),
        results: z.array(
          z.object({
            ruleId: z.string(),
            ruleIndex: z.number().int().nonnegative(),
            level: z.enum(['none', 'note', 'warning', 'error']),
            message: z.object({ text: z.string().min(1) }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({ artifactLocation: z.object({ uri: z.string() }) }),
                  logicalLocations: z.array(z.object({ fullyQualifiedName: z.string(), kind: z.literal('resource') })),
                }),
              )
              .min(1),
          }),
        ),
      }),
    )
    .length(1),
});

let emulator: Emulator;
let dir: string;
let outputsFile: string;
const pairs = (findings: readonly z.infer<typeof findingSchema>[]): string[] =>
  findings.map((f) => `${f.ruleId} ${f.resourceName}`).sort();

beforeAll(async () => {
  emulator = await startEmulator();
  const client = new BedrockClient({
    region: REGION,
    endpoint: emulator.endpoint,
    credentials: { accessKeyId: DUMMY_AWS_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: DUMMY_AWS_ENV.AWS_SECRET_ACCESS_KEY },
  });
  for (const input of SEED) await client.send(new CreateModelCustomizationJobCommand(input));
  // Logging on in the audited region, so the resource findings below stand alone (BRP016 has its own tests).
  await client.send(new PutModelInvocationLoggingConfigurationCommand({ loggingConfig: { s3Config: { bucketName: LOG_BUCKET }, textDataDeliveryEnabled: true } }));
  // A guardrail that passes BRP025-027 for the same reason (the guardrail rules have their own tests).
  await client.send(
    new CreateGuardrailCommand({
      name: 'baseline',
      blockedInputMessaging: 'blocked',
      blockedOutputsMessaging: 'blocked',
      contentPolicyConfig: { filtersConfig: [{ type: 'PROMPT_ATTACK', inputStrength: 'HIGH', outputStrength: 'NONE' }] },
      sensitiveInformationPolicyConfig: { piiEntitiesConfig: [{ type: 'EMAIL', action: 'ANONYMIZE' }] },
    }),
  );
  client.destroy();
  dir = mkdtempSync(join(tmpdir(), 'audit-moto-'));
  outputsFile = join(dir, 'outputs.json');
  writeFileSync(outputsFile, JSON.stringify({ 'bedrock-dev': outputsFor('dev'), 'bedrock-prod': outputsFor('prod') }));
}, EMULATOR_START_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await emulator?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** IAM and AgentCore have their own endpoint settings (the SDK's AWS_ENDPOINT_URL_IAM); the emulator answers it too. */
const auditCli = (args: readonly string[]) =>
  runCli(['audit', '--endpoint-url', emulator.endpoint, ...args], { AWS_ENDPOINT_URL_IAM: emulator.endpoint, AWS_ENDPOINT_URL_BEDROCK_AGENTCORE_CONTROL: emulator.endpoint });
const audit = (...args: string[]) => auditCli(['--region', REGION, ...args]);
/** The rows of one rule's group in the table: "  <region>  <resource>  <detail>". */
const tableRows = (stdout: string, ruleId: string): string[] => {
  const group = stdout.split('\n\n').find((block) => block.startsWith(`${ruleId} `)) ?? '';
  return group.split('\n').slice(2).map((row) => row.trim());
};

describe('the emulator corrects moto 5.2.5 where it differs from AWS', () => {
  it('returns RFC 3339 times, finds a job by ARN and reports no key for a job created without one', async () => {
    const client = new BedrockClient({ region: REGION, endpoint: emulator.endpoint, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    const arn = `arn:aws:bedrock:${REGION}:123456789012:model-customization-job/unencrypted-job`;
    const got = await client.send(new GetModelCustomizationJobCommand({ jobIdentifier: arn }));
    client.destroy();
    expect(got.jobName).toBe('unencrypted-job');
    expect(got.creationTime).toBeInstanceOf(Date);
    expect(Math.abs(Date.now() - (got.creationTime as Date).getTime())).toBeLessThan(10 * 60_000);
    expect(got.outputModelKmsKeyArn).toBeUndefined();
  });
});

describe('the emulator answers the listings moto 5.2.5 lacks as AWS does for an account without any (fixes 4, 5)', () => {
  it('lists no import jobs, imported models, copy jobs or batch jobs, and no Bedrock API keys', async () => {
    const client = new BedrockClient({ region: REGION, endpoint: emulator.endpoint, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    const iam = new IAMClient({ region: REGION, endpoint: emulator.endpoint, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    expect((await client.send(new ListModelImportJobsCommand({}))).modelImportJobSummaries).toEqual([]);
    expect((await client.send(new ListImportedModelsCommand({}))).modelSummaries).toEqual([]);
    expect((await client.send(new ListModelCopyJobsCommand({}))).modelCopyJobSummaries).toEqual([]);
    expect((await client.send(new ListModelInvocationJobsCommand({}))).invocationJobSummaries).toEqual([]);
    const keys = await iam.send(new ListServiceSpecificCredentialsCommand({ ServiceName: 'bedrock.amazonaws.com', AllUsers: true }));
    expect(keys.ServiceSpecificCredentials ?? []).toEqual([]);
    expect(keys.IsTruncated).toBe(false);
    // Other IAM calls still reach moto: the body the fix read is handed back.
    expect((await iam.send(new ListUsersCommand({}))).Users).toEqual([]);
    client.destroy();
    iam.destroy();
  });
});

describe('bedrock-private audit against the moto emulator', () => {
  it('flags jobs without a VPC or key and models without a key, grouped by rule, with placeholder remediation, exit 1', async () => {
    const r = await audit();
    expect(r.stderr).not.toContain('could not complete');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'Checked in us-east-1: 6 customization jobs, 0 batch inference jobs, 6 custom models, 0 model import jobs, 0 imported models, 0 model copy jobs, 1 invocation logging configurations, 0 Bedrock API keys, ' +
        '0 custom model deployments, 0 provisioned throughputs, 0 evaluation jobs, 0 custom model resource policies, 1 data-retention settings, 1 regions with guardrails, 0 AgentCore runtimes.',
    );
    expect(r.stdout).toContain('FINDINGS (4), by rule');
    expect(r.stdout).toMatch(/^BRP001 CustomizationJobWithoutVpc \(high, 2\): Model customization job runs without a VPC configuration$/m);
    expect(tableRows(r.stdout, 'BRP001')).toEqual([
      expect.stringMatching(/^us-east-1\s+public-job\s+Customization job public-job \(\w+\) has no vpcConfig\.$/),
      expect.stringMatching(/^us-east-1\s+quoting-job\s+Customization job quoting-job/),
    ]);
    expect(tableRows(r.stdout, 'BRP003')).toEqual([expect.stringMatching(/^us-east-1\s+unencrypted-job\s/)]);
    expect(tableRows(r.stdout, 'BRP006')).toEqual([expect.stringMatching(/^us-east-1\s+unencrypted-model\s/)]);
    // Without --expect-from, any VPC and any customer-managed key count.
    expect(r.stdout).not.toMatch(/^BRP0(02|14) /m);
    // Seed 002's remediation, prefilled from the job; VPC values are placeholders without outputs.
    expect(r.stdout).toContain(
      [
        'aws bedrock create-model-customization-job \\',
        '  --region us-east-1 \\',
        '  --job-name public-job-private \\',
        '  --custom-model-name public-model-public-job-private \\',
        `  --role-arn ${JOB_ROLE} \\`,
        '  --base-model-identifier arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-lite-v1:0:4k \\',
        `  --training-data-config '{"s3Uri":"s3://train-data/public-job.jsonl"}' \\`,
        `  --output-data-config '{"s3Uri":"s3://customization-output/"}' \\`,
        `  --hyper-parameters '{"epochCount":"2","batchSize":"1","learningRate":"0.00001"}' \\`,
        `  --custom-model-kms-key-id ${KEY} \\`,
        "  --vpc-config 'subnetIds=<subnet-id>,securityGroupIds=<security-group-id>'",
      ].join('\n'),
    );
    expect(r.stdout).toContain('aws bedrock delete-custom-model \\\n  --region us-east-1 \\\n  --model-identifier arn:aws:bedrock:us-east-1:123456789012:custom-model/unencrypted-model');
  });

  it('with --expect-from, flags subnets outside the stack and fills remediation from its outputs (json)', async () => {
    const r = await audit('--expect-from', outputsFile, '--stack', 'bedrock-dev', '--format', 'json');
    expect(r.code).toBe(1);
    const report = jsonReport.parse(JSON.parse(r.stdout));
    expect(report.exitCode).toBe(1);
    expect(report.checked).toEqual({
      'model-customization-job': 6,
      'model-invocation-job': 0,
      'custom-model': 6,
      'model-import-job': 0,
      'imported-model': 0,
      'model-copy-job': 0,
      'invocation-logging': 1,
      'bedrock-api-key': 0,
      'custom-model-deployment': 0,
      'provisioned-throughput': 0,
      'evaluation-job': 0,
      'custom-model-policy': 0,
      'data-retention': 1,
      guardrail: 1,
      'agentcore-runtime': 0,
    });
    expect(report.notChecked).toEqual([]);
    expect(pairs(report.findings)).toEqual([
      'BRP001 public-job',
      'BRP001 quoting-job',
      'BRP002 stray-vpc-job',
      'BRP003 unencrypted-job',
      'BRP006 unencrypted-model',
      'BRP014 foreign-key-model',
    ]);
    expect(report.rules.map((x) => x.id)).toEqual(Array.from({ length: 28 }, (_, i) => `BRP${String(i + 1).padStart(3, '0')}`));
    expect(report.findings.find((f) => f.ruleId === 'BRP014')).toMatchObject({ ruleName: 'CustomModelKeyNotEnvironments', severity: 'medium' });
    expect(report.findings.find((f) => f.ruleId === 'BRP014')?.message).toContain(`is encrypted with ${OTHER_KEY}, not the environment's model key (${KEY})`);
    const stray = report.findings.find((f) => f.resourceName === 'stray-vpc-job');
    expect(stray?.message).toContain('subnet-0999999999999999a, sg-0999999999999999a');
    const pub = report.findings.find((f) => f.resourceName === 'public-job');
    expect(pub?.resourceArn).toBe('arn:aws:bedrock:us-east-1:123456789012:model-customization-job/public-job');
    expect(pub?.remediation).toContain(`--vpc-config subnetIds=${SUBNETS.join(',')},securityGroupIds=${JOB_SG}`);
    expect(pub?.remediation).toContain(`--custom-model-kms-key-id ${KEY}`);
    expect(pub?.remediation).toContain(`--role-arn ${STACK_ROLE}`);
    const model = report.findings.find((f) => f.ruleId === 'BRP006');
    expect(model?.remediation).toContain(`--custom-model-kms-key-id ${KEY}`);
  });

  it('prints remediation whose quoting survives a shell round trip', async () => {
    const r = await audit('--expect-from', outputsFile, '--stack', 'bedrock-dev', '--format', 'json');
    const quoting = jsonReport.parse(JSON.parse(r.stdout)).findings.find((f) => f.resourceName === 'quoting-job');
    expect(quoting).toBeDefined();
    const command = (quoting?.remediation ?? '').replace(/^aws bedrock create-model-customization-job/, "printf '%s\\n'");
    const argv = execFileSync('bash', ['-c', command], { encoding: 'utf8' }).trimEnd().split('\n');
    const flag = (name: string): string => argv[argv.indexOf(name) + 1];
    expect(JSON.parse(flag('--training-data-config'))).toEqual({ s3Uri: QUOTED_TRAINING });
    expect(JSON.parse(flag('--validation-data-config'))).toEqual({ validators: [{ s3Uri: 's3://validation-data/v.jsonl' }] });
    expect(JSON.parse(flag('--hyper-parameters'))).toEqual({ epochCount: '2', batchSize: '1', learningRate: '0.00001' });
    expect(flag('--vpc-config')).toBe(`subnetIds=${SUBNETS.join(',')},securityGroupIds=${JOB_SG}`);
  });

  it('writes SARIF 2.1.0 with one result per finding, located by resource ARN', async () => {
    const r = await audit('--expect-from', outputsFile, '--stack', 'bedrock-dev', '--format', 'sarif');
    expect(r.code).toBe(1);
    const sarif = sarifSchema.parse(JSON.parse(r.stdout));
    const [run] = sarif.runs;
    const ruleIds = run.tool.driver.rules.map((x) => x.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(run.results).toHaveLength(6);
    for (const result of run.results) {
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      const location = result.locations[0];
      expect(location.physicalLocation.artifactLocation.uri).toMatch(/^arn:aws:bedrock:us-east-1:123456789012:(model-customization-job|custom-model)\//);
      expect(location.logicalLocations[0].fullyQualifiedName).toBe(location.physicalLocation.artifactLocation.uri);
    }
    expect(run.invocations[0].executionSuccessful).toBe(true);
    const brp014 = run.tool.driver.rules.find((x) => x.id === 'BRP014');
    expect(brp014?.properties).toEqual({ tags: ['security', 'bedrock', 'custom-model'], severity: 'medium', 'security-severity': '5.0' });
    expect(run.results.find((x) => x.ruleId === 'BRP014')?.level).toBe('warning');
    expect(run.results.find((x) => x.ruleId === 'BRP001')?.level).toBe('error');
  });

  it('audits nothing and exits 0 when --since is after every resource', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const r = await audit('--since', tomorrow, '--format', 'json');
    const report = jsonReport.parse(JSON.parse(r.stdout));
    expect(report.checked['model-customization-job']).toBe(0);
    expect(report.findings).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('model invocation logging against the moto emulator (one configuration per region)', () => {
  const putLogging = async (region: string, loggingConfig: LoggingConfig | undefined): Promise<void> => {
    const client = new BedrockClient({ region, endpoint: emulator.endpoint, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    if (loggingConfig === undefined) await client.send(new DeleteModelInvocationLoggingConfigurationCommand({}));
    else await client.send(new PutModelInvocationLoggingConfigurationCommand({ loggingConfig }));
    client.destroy();
  };
  const loggingAudit = async (...args: string[]) => {
    const r = await auditCli(['--kinds', 'invocation-logging', '--format', 'json', ...args]);
    return { code: r.code, report: jsonReport.parse(JSON.parse(r.stdout)) };
  };

  it('flags a region never configured and one whose configuration was deleted; passes one that logs', async () => {
    await putLogging('eu-west-1', { cloudWatchConfig: { logGroupName: '/aws/bedrock/x', roleArn: 'arn:aws:iam::123456789012:role/log' } });
    await putLogging('eu-west-1', undefined);
    const { code, report } = await loggingAudit('--region', 'us-west-2', '--region', 'eu-west-1', '--region', REGION);
    expect(code).toBe(1);
    expect(report.kinds).toEqual(['invocation-logging']);
    expect(report.checked).toEqual({ 'invocation-logging': 3 });
    expect(report.findings.map((f) => `${f.ruleId} ${f.region}`)).toEqual(['BRP016 eu-west-1', 'BRP016 us-west-2']);
    const fix = report.findings[1].remediation;
    expect(fix.split(' \\\n')).toEqual(['aws bedrock put-model-invocation-logging-configuration', '  --region us-west-2', expect.stringMatching(/^ {2}--logging-config '/)]);
    expect(fix).toContain('"s3Config":{"bucketName":"<log-bucket-name>"}');
  });

  it('with --expect-log-bucket, flags logs delivered to another bucket and fills the remediation with the expected one', async () => {
    await putLogging('ap-northeast-1', { s3Config: { bucketName: 'someone-elses-bucket', keyPrefix: 'br/' }, textDataDeliveryEnabled: true });
    const { code, report } = await loggingAudit('--region', 'ap-northeast-1', '--region', REGION, '--expect-log-bucket', LOG_BUCKET);
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId} ${f.region}`)).toEqual(['BRP017 ap-northeast-1']);
    expect(report.findings[0].message).toBe(`Model invocation logs in ap-northeast-1 go to S3 bucket someone-elses-bucket (expected ${LOG_BUCKET}).`);
    expect(report.findings[0].remediation).toContain(`--logging-config '{"s3Config":{"bucketName":"${LOG_BUCKET}","keyPrefix":"br/"},"textDataDeliveryEnabled":true}'`);
  });

  it('takes the expected log bucket and group from the stack outputs (--expect-from), as the environment exports them', async () => {
    await putLogging('ap-southeast-2', { cloudWatchConfig: { logGroupName: '/aws/bedrock/elsewhere', roleArn: 'arn:aws:iam::123456789012:role/log' } });
    const dir = mkdtempSync(join(tmpdir(), 'audit-outputs-'));
    try {
      const outputs = join(dir, 'outputs.json');
      writeFileSync(
        outputs,
        JSON.stringify({
          'bedrock-dev': {
            subnet_ids: ['subnet-0aaa'],
            job_security_group_id: 'sg-0job',
            custom_model_kms_key_arn: 'arn:aws:kms:us-east-1:123456789012:key/cmk',
            invocation_log_bucket_name: LOG_BUCKET,
            invocation_log_group_name: '/aws/bedrock/bedrock-dev/model-invocations',
          },
        }),
      );
      const { code, report } = await loggingAudit('--region', 'ap-southeast-2', '--expect-from', outputs, '--env', 'dev');
      expect(code).toBe(1);
      expect(report.findings.map((f) => `${f.ruleId} ${f.region}`)).toEqual(['BRP017 ap-southeast-2']);
      expect(report.findings[0].message).toContain('/aws/bedrock/elsewhere');
      expect(report.findings[0].message).toContain('/aws/bedrock/bedrock-dev/model-invocations');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
