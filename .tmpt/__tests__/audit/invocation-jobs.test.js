"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const client_bedrock_1 = require("@aws-sdk/client-bedrock");
const aws_sdk_client_mock_1 = require("aws-sdk-client-mock");
const audit_1 = require("../../cli/audit/audit");
const invocation_jobs_1 = require("../../cli/audit/collectors/invocation-jobs");
const model_1 = require("../../cli/audit/model");
const pool_1 = require("../../cli/audit/pool");
const REGION = 'us-west-2';
const SUBNET = 'subnet-0aaa1111bbbb2222c';
const SG = 'sg-0123456789abcdef0';
function batchJob(name, vpc) {
    return {
        jobArn: `arn:aws:bedrock:${REGION}:123456789012:model-invocation-job/${name}`,
        jobName: name,
        modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
        roleArn: 'arn:aws:iam::123456789012:role/batch',
        submitTime: new Date('2026-11-01T00:00:00Z'),
        status: 'Completed',
        inputDataConfig: { s3InputDataConfig: { s3Uri: `s3://batch-input/${name}/` } },
        outputDataConfig: { s3OutputDataConfig: { s3Uri: `s3://batch-output/${name}/` } },
        timeoutDurationInHours: 24,
        ...(vpc && { vpcConfig: { subnetIds: [SUBNET], securityGroupIds: [SG] } }),
    };
}
const bedrock = (0, aws_sdk_client_mock_1.mockClient)(client_bedrock_1.BedrockClient);
beforeEach(() => {
    bedrock.reset();
    // Empty customization-job and custom-model listings unless a test says otherwise.
    bedrock.on(client_bedrock_1.ListModelCustomizationJobsCommand).resolves({ modelCustomizationJobSummaries: [] });
    bedrock.on(client_bedrock_1.ListCustomModelsCommand).resolves({ modelSummaries: [] });
});
const auditWith = (client, concurrency = 4) => (0, audit_1.runAudit)({ regions: [REGION], clientFor: () => client, expected: { subnetIds: [SUBNET], securityGroupIds: [SG] }, concurrency });
describe('batch inference (model invocation) jobs', () => {
    it('pages through every ListModelInvocationJobs page', async () => {
        const pages = [
            { invocationJobSummaries: [batchJob('a', true), batchJob('b', true)], nextToken: 't1' },
            { invocationJobSummaries: [batchJob('c', true)], nextToken: 't2' },
            { invocationJobSummaries: [batchJob('d', false)] },
        ];
        // The paginator reuses one input object, so record each call's token when it is made.
        const tokens = [];
        bedrock.on(client_bedrock_1.ListModelInvocationJobsCommand).callsFake((input) => {
            tokens.push(input.nextToken);
            return pages[tokens.length - 1];
        });
        const client = new client_bedrock_1.BedrockClient({ region: REGION });
        const collected = await (0, invocation_jobs_1.collectInvocationJobs)({ client, region: REGION, limit: (0, pool_1.createLimiter)(2) });
        expect(collected.items.map((j) => j.jobName)).toEqual(['a', 'b', 'c', 'd']);
        expect(tokens).toEqual([undefined, 't1', 't2']);
    });
    it('flags a job without vpcConfig with the create-model-invocation-job remediation, and passes one with it', async () => {
        bedrock.on(client_bedrock_1.ListModelInvocationJobsCommand).resolves({ invocationJobSummaries: [batchJob('in-vpc', true), batchJob('open', false)] });
        const report = await auditWith(new client_bedrock_1.BedrockClient({ region: REGION }));
        expect(report.findings.map((f) => `${f.ruleId} ${f.resourceName}`)).toEqual(['BRP004 open']);
        expect(report.findings[0].remediation).toBe([
            'aws bedrock create-model-invocation-job \\',
            `  --region ${REGION} \\`,
            '  --job-name open-private \\',
            '  --model-id anthropic.claude-3-haiku-20240307-v1:0 \\',
            '  --role-arn arn:aws:iam::123456789012:role/batch \\',
            `  --input-data-config '{"s3InputDataConfig":{"s3Uri":"s3://batch-input/open/"}}' \\`,
            `  --output-data-config '{"s3OutputDataConfig":{"s3Uri":"s3://batch-output/open/"}}' \\`,
            '  --timeout-duration-in-hours 24 \\',
            `  --vpc-config subnetIds=${SUBNET},securityGroupIds=${SG}`,
        ].join('\n'));
        expect((0, model_1.exitCodeOf)(report)).toBe(1);
    });
    it('flags a job in a VPC but outside the expected subnets', async () => {
        const stray = { ...batchJob('stray', false), vpcConfig: { subnetIds: ['subnet-0bad'], securityGroupIds: [SG] } };
        bedrock.on(client_bedrock_1.ListModelInvocationJobsCommand).resolves({ invocationJobSummaries: [stray] });
        const report = await auditWith(new client_bedrock_1.BedrockClient({ region: REGION }));
        expect(report.findings.map((f) => f.ruleId)).toEqual(['BRP005']);
        expect(report.findings[0].message).toContain('subnet-0bad');
    });
    it('reports AccessDenied as "not checked", never compliant, and exits 2', async () => {
        const denied = Object.assign(new Error('User is not authorized to perform: bedrock:ListModelInvocationJobs'), {
            name: 'AccessDeniedException',
            $metadata: { httpStatusCode: 403 },
        });
        bedrock.on(client_bedrock_1.ListModelInvocationJobsCommand).rejects(denied);
        const report = await auditWith(new client_bedrock_1.BedrockClient({ region: REGION }));
        expect(report.findings).toEqual([]);
        expect(report.notChecked).toHaveLength(1);
        expect(report.notChecked[0]).toMatchObject({ kind: 'model-invocation-job', region: REGION });
        expect(report.notChecked[0].reason).toMatch(/^access denied \(AccessDeniedException: User is not authorized/);
        expect((0, model_1.exitCodeOf)(report)).toBe(2);
    });
    it('reports a denied Get of one custom model as "not checked" while still checking the others', async () => {
        bedrock.on(client_bedrock_1.ListModelInvocationJobsCommand).resolves({ invocationJobSummaries: [] });
        const arn = (n) => `arn:aws:bedrock:${REGION}:123456789012:custom-model/${n}`;
        bedrock.on(client_bedrock_1.ListCustomModelsCommand).resolves({
            modelSummaries: ['ok', 'secret'].map((n) => ({ modelArn: arn(n), modelName: n, creationTime: new Date(), baseModelArn: 'b', baseModelName: 'b' })),
        });
        bedrock.on(client_bedrock_1.GetCustomModelCommand, { modelIdentifier: arn('ok') }).resolves({ modelArn: arn('ok'), modelName: 'ok', modelKmsKeyArn: 'k', creationTime: new Date() });
        bedrock.on(client_bedrock_1.GetCustomModelCommand, { modelIdentifier: arn('secret') }).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
        const report = await auditWith(new client_bedrock_1.BedrockClient({ region: REGION }));
        expect(report.checked['custom-model']).toBe(1);
        expect(report.notChecked.map((n) => n.resource)).toEqual([arn('secret')]);
        expect((0, model_1.exitCodeOf)(report)).toBe(2);
    });
});
describe('bounded concurrency', () => {
    it('never has more Get calls in flight than --concurrency', async () => {
        const arn = (i) => `arn:aws:bedrock:${REGION}:123456789012:model-customization-job/j${i}`;
        bedrock.on(client_bedrock_1.ListModelInvocationJobsCommand).resolves({ invocationJobSummaries: [] });
        bedrock.on(client_bedrock_1.ListModelCustomizationJobsCommand).resolves({
            modelCustomizationJobSummaries: Array.from({ length: 30 }, (_, i) => ({ jobArn: arn(i), jobName: `j${i}`, baseModelArn: 'b', status: 'Completed', creationTime: new Date() })),
        });
        let inFlight = 0;
        let peak = 0;
        bedrock.on(client_bedrock_1.GetModelCustomizationJobCommand).callsFake(async (input) => {
            inFlight += 1;
            peak = Math.max(peak, inFlight);
            await new Promise((r) => setTimeout(r, 5));
            inFlight -= 1;
            return { jobArn: input.jobIdentifier, jobName: 'x', outputModelKmsKeyArn: 'k', vpcConfig: { subnetIds: [SUBNET], securityGroupIds: [SG] } };
        });
        const report = await auditWith(new client_bedrock_1.BedrockClient({ region: REGION }), 3);
        expect(report.checked['model-customization-job']).toBe(30);
        expect(peak).toBe(3);
    });
});
