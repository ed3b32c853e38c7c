import {
  BedrockClient,
  GetCustomModelCommand,
  GetModelCustomizationJobCommand,
  ListCustomModelsCommand,
  ListModelCustomizationJobsCommand,
  ListModelInvocationJobsCommand,
  type ModelInvocationJobSummary,
} from '@aws-sdk/client-bedrock';
import { mockClient } from 'aws-sdk-client-mock';
import { runAudit } from '../../cli/audit/audit';
import { collectInvocationJobs } from '../../cli/audit/collectors/invocation-jobs';
import { exitCodeOf } from '../../cli/audit/model';
import { createLimiter } from '../../cli/audit/pool';

const REGION = 'us-west-2';
const SUBNET = 'subnet-0aaa1111bbbb2222c';
const SG = 'sg-0123456789abcdef0';

function batchJob(name: string, vpc: boolean): ModelInvocationJobSummary {
  return {
    jobArn: `arn:aws:bedrock:${REGION}:123456789012:model-invocation-job/${name}`,
    jobName: name,
    modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
    roleArn: 'arn:aws:iam::123456789012:role/batch',
    submitTime: new Date('2026-11-01T00:00:00Z'),
    status: 'Completed',
    inputDataConfig: { s3InputDataConfig: { s3Uri: `s3://batch-input/${name}/` } },
    outputDataConfig: { s3OutputDataConfig: { s3Uri: `s3://batch-output/${name}/`, s3EncryptionKeyId: 'alias/batch-data' } },
    timeoutDurationInHours: 24,
    ...(vpc && { vpcConfig: { subnetIds: [SUBNET], securityGroupIds: [SG] } }),
  };
}

const bedrock = mockClient(BedrockClient);

beforeEach(() => {
  bedrock.reset();
  // Empty customization-job and custom-model listings unless a test says otherwise.
  bedrock.on(ListModelCustomizationJobsCommand).resolves({ modelCustomizationJobSummaries: [] });
  bedrock.on(ListCustomModelsCommand).resolves({ modelSummaries: [] });
});

// The three kinds this file mocks; the others have their own suites (rules.test.ts, kinds.test.ts).
const KINDS = ['model-customization-job', 'model-invocation-job', 'custom-model'] as const;
const auditWith = (client: BedrockClient, concurrency = 4) =>
  runAudit({ regions: [REGION], kinds: KINDS, clientFor: () => client, expected: { subnetIds: [SUBNET], securityGroupIds: [SG] }, concurrency });

describe('batch inference (model invocation) jobs', () => {
  it('pages through every ListModelInvocationJobs page', async () => {
    const pages = [
      { invocationJobSummaries: [batchJob('a', true), batchJob('b', true)], nextToken: 't1' },
      { invocationJobSummaries: [batchJob('c', true)], nextToken: 't2' },
      { invocationJobSummaries: [batchJob('d', false)] },
    ];
    // The paginator reuses one input object, so record each call's token when it is made.
    const tokens: (string | undefined)[] = [];
    bedrock.on(ListModelInvocationJobsCommand).callsFake((input: { nextToken?: string }) => {
      tokens.push(input.nextToken);
      return pages[tokens.length - 1];
    });
    const client = new BedrockClient({ region: REGION });
    const collected = await collectInvocationJobs({ client, region: REGION, limit: createLimiter(2) });
    expect(collected.items.map((j) => j.jobName)).toEqual(['a', 'b', 'c', 'd']);
    expect(tokens).toEqual([undefined, 't1', 't2']);
  });

  it('flags a job without vpcConfig with the create-model-invocation-job remediation, and passes one with it', async () => {
    bedrock.on(ListModelInvocationJobsCommand).resolves({ invocationJobSummaries: [batchJob('in-vpc', true), batchJob('open', false)] });
    const report = await auditWith(new BedrockClient({ region: REGION }));
    expect(report.findings.map((f) => `${f.ruleId} ${f.resourceName}`)).toEqual(['BRP004 open']);
    expect(report.findings[0].remediation).toBe(
      [
        'aws bedrock create-model-invocation-job \\',
        `  --region ${REGION} \\`,
        '  --job-name open-private \\',
        '  --model-id anthropic.claude-3-haiku-20240307-v1:0 \\',
        '  --role-arn arn:aws:iam::123456789012:role/batch \\',
        `  --input-data-config '{"s3InputDataConfig":{"s3Uri":"s3://batch-input/open/"}}' \\`,
        `  --output-data-config '{"s3OutputDataConfig":{"s3Uri":"s3://batch-output/open/","s3EncryptionKeyId":"alias/batch-data"}}' \\`,
        '  --timeout-duration-in-hours 24 \\',
        `  --vpc-config subnetIds=${SUBNET},securityGroupIds=${SG}`,
      ].join('\n'),
    );
    expect(exitCodeOf(report)).toBe(1);
  });

  it('flags a job in a VPC but outside the expected subnets', async () => {
    const stray = { ...batchJob('stray', false), vpcConfig: { subnetIds: ['subnet-0bad'], securityGroupIds: [SG] } };
    bedrock.on(ListModelInvocationJobsCommand).resolves({ invocationJobSummaries: [stray] });
    const report = await auditWith(new BedrockClient({ region: REGION }));
    expect(report.findings.map((f) => f.ruleId)).toEqual(['BRP005']);
    expect(report.findings[0].message).toContain('subnet-0bad');
  });

  it('reports AccessDenied as "not checked", never compliant, and exits 2', async () => {
    const denied = Object.assign(new Error('User is not authorized to perform: bedrock:ListModelInvocationJobs'), {
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 403 },
    });
    bedrock.on(ListModelInvocationJobsCommand).rejects(denied);
    const report = await auditWith(new BedrockClient({ region: REGION }));
    expect(report.findings).toEqual([]);
    expect(report.notChecked).toHaveLength(1);
    expect(report.notChecked[0]).toMatchObject({ kind: 'model-invocation-job', region: REGION });
    expect(report.notChecked[0].reason).toMatch(/^access denied \(AccessDeniedException: User is not authorized/);
    expect(exitCodeOf(report)).toBe(2);
  });

  it('reports a denied Get of one custom model as "not checked" while still checking the others', async () => {
    bedrock.on(ListModelInvocationJobsCommand).resolves({ invocationJobSummaries: [] });
    const arn = (n: string) => `arn:aws:bedrock:${REGION}:123456789012:custom-model/${n}`;
    bedrock.on(ListCustomModelsCommand).resolves({
      modelSummaries: ['ok', 'secret'].map((n) => ({ modelArn: arn(n), modelName: n, creationTime: new Date(), baseModelArn: 'b', baseModelName: 'b' })),
    });
    bedrock.on(GetCustomModelCommand, { modelIdentifier: arn('ok') }).resolves({ modelArn: arn('ok'), modelName: 'ok', modelKmsKeyArn: 'k', creationTime: new Date() });
    bedrock.on(GetCustomModelCommand, { modelIdentifier: arn('secret') }).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    const report = await auditWith(new BedrockClient({ region: REGION }));
    expect(report.checked['custom-model']).toBe(1);
    expect(report.notChecked.map((n) => n.resource)).toEqual([arn('secret')]);
    expect(exitCodeOf(report)).toBe(2);
  });
});

describe('bounded concurrency', () => {
  it('never has more Get calls in flight than --concurrency', async () => {
    const arn = (i: number) => `arn:aws:bedrock:${REGION}:123456789012:model-customization-job/j${i}`;
    bedrock.on(ListModelInvocationJobsCommand).resolves({ invocationJobSummaries: [] });
    bedrock.on(ListModelCustomizationJobsCommand).resolves({
      modelCustomizationJobSummaries: Array.from({ length: 30 }, (_, i) => ({ jobArn: arn(i), jobName: `j${i}`, baseModelArn: 'b', status: 'Completed', creationTime: new Date() })),
    });
    let inFlight = 0;
    let peak = 0;
    bedrock.on(GetModelCustomizationJobCommand).callsFake(async (input: { jobIdentifier: string }) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight -= 1;
      return { jobArn: input.jobIdentifier, jobName: 'x', outputModelKmsKeyArn: 'k', vpcConfig: { subnetIds: [SUBNET], securityGroupIds: [SG] } };
    });
    const report = await auditWith(new BedrockClient({ region: REGION }), 3);
    expect(report.checked['model-customization-job']).toBe(30);
    expect(peak).toBe(3);
  });
});
