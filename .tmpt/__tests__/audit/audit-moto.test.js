"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const client_bedrock_1 = require("@aws-sdk/client-bedrock");
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const zod_1 = require("zod");
const cli_1 = require("./support/cli");
const moto_1 = require("./support/moto");
const REGION = 'us-east-1';
const SUBNETS = ['subnet-0aaa1111bbbb2222c', 'subnet-0ddd3333eeee4444f'];
const JOB_SG = 'sg-0123456789abcdef0';
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555';
const STACK_ROLE = 'arn:aws:iam::123456789012:role/bedrock-dev-customization';
const JOB_ROLE = 'arn:aws:iam::123456789012:role/legacy-customization';
const QUOTED_TRAINING = "s3://train-data/it's a,b=c.jsonl";
function job(name, extra) {
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
const SEED = [
    job('compliant-job', { vpcConfig: { subnetIds: SUBNETS, securityGroupIds: [JOB_SG] }, customModelKmsKeyId: KEY }),
    job('public-job', { customModelKmsKeyId: KEY }),
    job('unencrypted-job', { vpcConfig: { subnetIds: SUBNETS, securityGroupIds: [JOB_SG] } }),
    job('stray-vpc-job', { vpcConfig: { subnetIds: ['subnet-0999999999999999a'], securityGroupIds: ['sg-0999999999999999a'] }, customModelKmsKeyId: KEY }),
    job('quoting-job', {
        customModelKmsKeyId: KEY,
        trainingDataConfig: { s3Uri: QUOTED_TRAINING },
        validationDataConfig: { validators: [{ s3Uri: 's3://validation-data/v.jsonl' }] },
    }),
];
const outputsFor = (env) => ({
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
const findingSchema = zod_1.z.object({
    ruleId: zod_1.z.string(),
    kind: zod_1.z.string(),
    region: zod_1.z.string(),
    resourceArn: zod_1.z.string(),
    resourceName: zod_1.z.string(),
    message: zod_1.z.string(),
    remediation: zod_1.z.string(),
});
const jsonReport = zod_1.z.object({
    schemaVersion: zod_1.z.literal(1),
    checked: zod_1.z.record(zod_1.z.string(), zod_1.z.number()),
    exitCode: zod_1.z.number(),
    findings: zod_1.z.array(findingSchema),
    notChecked: zod_1.z.array(zod_1.z.object({ resource: zod_1.z.string(), reason: zod_1.z.string() })),
});
/** The SARIF 2.1.0 properties code-scanning consumers rely on. */
const sarifSchema = zod_1.z.object({
    $schema: zod_1.z.string().includes('sarif-2.1.0'),
    version: zod_1.z.literal('2.1.0'),
    runs: zod_1.z
        .array(zod_1.z.object({
        tool: zod_1.z.object({
            driver: zod_1.z.object({
                name: zod_1.z.string().min(1),
                version: zod_1.z.string(),
                rules: zod_1.z.array(zod_1.z.object({
                    id: zod_1.z.string().min(1),
                    name: zod_1.z.string(),
                    shortDescription: zod_1.z.object({ text: zod_1.z.string().min(1) }),
                    fullDescription: zod_1.z.object({ text: zod_1.z.string().min(1) }),
                    defaultConfiguration: zod_1.z.object({ level: zod_1.z.enum(['none', 'note', 'warning', 'error']) }),
                })),
            }),
        }),
        invocations: zod_1.z.array(zod_1.z.object({ executionSuccessful: zod_1.z.boolean() })),
        results: zod_1.z.array(zod_1.z.object({
            ruleId: zod_1.z.string(),
            ruleIndex: zod_1.z.number().int().nonnegative(),
            level: zod_1.z.enum(['none', 'note', 'warning', 'error']),
            message: zod_1.z.object({ text: zod_1.z.string().min(1) }),
            locations: zod_1.z
                .array(zod_1.z.object({
                physicalLocation: zod_1.z.object({ artifactLocation: zod_1.z.object({ uri: zod_1.z.string() }) }),
                logicalLocations: zod_1.z.array(zod_1.z.object({ fullyQualifiedName: zod_1.z.string(), kind: zod_1.z.literal('resource') })),
            }))
                .min(1),
        })),
    }))
        .length(1),
});
let emulator;
let dir;
let outputsFile;
const pairs = (findings) => findings.map((f) => `${f.ruleId} ${f.resourceName}`).sort();
beforeAll(async () => {
    emulator = await (0, moto_1.startEmulator)();
    const client = new client_bedrock_1.BedrockClient({
        region: REGION,
        endpoint: emulator.endpoint,
        credentials: { accessKeyId: moto_1.DUMMY_AWS_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: moto_1.DUMMY_AWS_ENV.AWS_SECRET_ACCESS_KEY },
    });
    for (const input of SEED)
        await client.send(new client_bedrock_1.CreateModelCustomizationJobCommand(input));
    client.destroy();
    dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'audit-moto-'));
    outputsFile = (0, node_path_1.join)(dir, 'outputs.json');
    (0, node_fs_1.writeFileSync)(outputsFile, JSON.stringify({ 'bedrock-dev': outputsFor('dev'), 'bedrock-prod': outputsFor('prod') }));
}, 60_000);
afterAll(async () => {
    await emulator?.stop();
    if (dir)
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
});
const audit = (...args) => (0, cli_1.runCli)(['audit', '--region', REGION, '--endpoint-url', emulator.endpoint, ...args]);
describe('the emulator corrects moto 5.2.5 where it differs from AWS', () => {
    it('returns RFC 3339 times, finds a job by ARN and reports no key for a job created without one', async () => {
        const client = new client_bedrock_1.BedrockClient({ region: REGION, endpoint: emulator.endpoint, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
        const arn = `arn:aws:bedrock:${REGION}:123456789012:model-customization-job/unencrypted-job`;
        const got = await client.send(new client_bedrock_1.GetModelCustomizationJobCommand({ jobIdentifier: arn }));
        client.destroy();
        expect(got.jobName).toBe('unencrypted-job');
        expect(got.creationTime).toBeInstanceOf(Date);
        expect(Math.abs(Date.now() - got.creationTime.getTime())).toBeLessThan(10 * 60_000);
        expect(got.outputModelKmsKeyArn).toBeUndefined();
    });
});
describe('bedrock-private audit against the moto emulator', () => {
    it('flags jobs without a VPC or key and models without a key, with placeholder remediation, exit 1', async () => {
        const r = await audit();
        expect(r.stderr).not.toContain('could not complete');
        expect(r.code).toBe(1);
        expect(r.stdout).toContain('5 customization jobs, 0 batch inference jobs, 5 custom models');
        expect(r.stdout).toMatch(/BRP001\s+us-east-1\s+model-customization-job\s+public-job/);
        expect(r.stdout).toMatch(/BRP001\s+us-east-1\s+model-customization-job\s+quoting-job/);
        expect(r.stdout).toMatch(/BRP003\s+us-east-1\s+model-customization-job\s+unencrypted-job/);
        expect(r.stdout).toMatch(/BRP006\s+us-east-1\s+custom-model\s+unencrypted-model/);
        expect(r.stdout).not.toMatch(/BRP\d+\s+\S+\s+\S+\s+(compliant|stray-vpc)-/);
        // Seed 002's remediation, prefilled from the job; VPC values are placeholders without outputs.
        expect(r.stdout).toContain([
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
        ].join('\n'));
        expect(r.stdout).toContain('aws bedrock delete-custom-model \\\n  --region us-east-1 \\\n  --model-identifier arn:aws:bedrock:us-east-1:123456789012:custom-model/unencrypted-model');
    });
    it('with --expect-from, flags subnets outside the stack and fills remediation from its outputs (json)', async () => {
        const r = await audit('--expect-from', outputsFile, '--stack', 'bedrock-dev', '--format', 'json');
        expect(r.code).toBe(1);
        const report = jsonReport.parse(JSON.parse(r.stdout));
        expect(report.exitCode).toBe(1);
        expect(report.checked).toEqual({ 'model-customization-job': 5, 'model-invocation-job': 0, 'custom-model': 5 });
        expect(report.notChecked).toEqual([]);
        expect(pairs(report.findings)).toEqual([
            'BRP001 public-job',
            'BRP001 quoting-job',
            'BRP002 stray-vpc-job',
            'BRP003 unencrypted-job',
            'BRP006 unencrypted-model',
        ]);
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
        const argv = (0, node_child_process_1.execFileSync)('bash', ['-c', command], { encoding: 'utf8' }).trimEnd().split('\n');
        const flag = (name) => argv[argv.indexOf(name) + 1];
        expect(JSON.parse(flag('--training-data-config'))).toEqual({ s3Uri: QUOTED_TRAINING });
        expect(JSON.parse(flag('--validation-data-config'))).toEqual({ validators: [{ s3Uri: 's3://validation-data/v.jsonl' }] });
        expect(JSON.parse(flag('--hyper-parameters'))).toEqual({ epochCount: '2', batchSize: '1', learningRate: '0.00001' });
        expect(flag('--vpc-config')).toBe(`subnetIds=${SUBNETS.join(',')},securityGroupIds=${JOB_SG}`);
    });
    it('writes SARIF 2.1.0 with one result per finding, located by resource ARN', async () => {
        const r = await audit('--expect-from', outputsFile, '--stack', 'bedrock-dev', '--format', 'sarif');
        expect(r.code).toBe(1);
        const sarif = sarifSchema.parse(JSON.parse(r.stdout));
        const run = sarif.runs[0];
        const ruleIds = run.tool.driver.rules.map((x) => x.id);
        expect(new Set(ruleIds).size).toBe(ruleIds.length);
        expect(run.results).toHaveLength(5);
        for (const result of run.results) {
            expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
            const location = result.locations[0];
            expect(location.physicalLocation.artifactLocation.uri).toMatch(/^arn:aws:bedrock:us-east-1:123456789012:(model-customization-job|custom-model)\//);
            expect(location.logicalLocations[0].fullyQualifiedName).toBe(location.physicalLocation.artifactLocation.uri);
        }
        expect(run.invocations[0].executionSuccessful).toBe(true);
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
