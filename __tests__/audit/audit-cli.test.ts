import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccountFixture } from './support/account';
import { runCli } from './support/cli';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import {
  ACCOUNT,
  BATCH_INPUT,
  BATCH_OUTPUT,
  COPY_KEY,
  DATA_KEY,
  EXPECTED,
  IN_VPC,
  JOB_SG,
  MODEL_KEY,
  OTHER_KEY,
  REGION,
  SUBNETS,
  apiKey,
  copyJob,
  customModel,
  importJob,
  importedModel,
  invocationJob,
} from './support/resources';

/**
 * The CLI as a subprocess, one test per family of the kinds moto 5.2.5 lacks (import, copy, batch
 * output and buckets, API keys), against the wire-format fixture server. Invocation logging runs
 * against moto itself (audit-moto.test.ts).
 */
const FIXTURE: AccountFixture = {
  resources: {
    'model-import-job': [
      importJob('imp-ok'),
      importJob('imp-open', { vpcConfig: undefined }),
      importJob('imp-plain', { importedModelKmsKeyArn: undefined, vpcConfig: { subnetIds: ['subnet-0bad0000000000000'], securityGroupIds: [JOB_SG] } }),
    ],
    'imported-model': [importedModel('llama-ok'), importedModel('llama-plain', { modelKmsKeyArn: undefined }), importedModel('llama-foreign', { modelKmsKeyArn: OTHER_KEY })],
    'model-copy-job': [copyJob('bot-ok'), copyJob('bot', { targetModelKmsKeyArn: undefined })],
    'custom-model': [customModel('bot-ok-copy', { modelKmsKeyArn: COPY_KEY }), customModel('bot-copy', { modelKmsKeyArn: undefined })],
    'model-invocation-job': [
      invocationJob('batch-ok'),
      invocationJob('batch-plain', { outputDataConfig: { s3OutputDataConfig: { s3Uri: `s3://${BATCH_OUTPUT}/batch-plain/` } } }),
      invocationJob('batch-scratch', { inputDataConfig: { s3InputDataConfig: { s3Uri: "s3://team-scratch/it's here.jsonl" } } }),
    ],
  },
  apiKeys: [apiKey('alice', 'ACCAEXAMPLEALICE0000001'), apiKey('bob', 'ACCAEXAMPLEBOB000000001', { Status: 'Inactive' })],
  // Two to a page: every listing the CLI makes here takes several pages.
  pageSize: 2,
};

const OUTPUTS = {
  'bedrock-dev': {
    environment: 'dev',
    account_id: ACCOUNT,
    region: REGION,
    subnet_ids: SUBNETS,
    job_security_group_id: JOB_SG,
    custom_model_kms_key_arn: MODEL_KEY,
    copied_model_kms_key_arn: COPY_KEY,
    data_kms_key_arn: DATA_KEY,
    customization_role_arn: EXPECTED.customizationRoleArn,
    batch_inference_role_arn: EXPECTED.batchInferenceRoleArn,
    bucket_names: { training: 't', validation: 'v', customizationOutput: 'o', batchInput: BATCH_INPUT, batchOutput: BATCH_OUTPUT, accessLogs: 'l' },
  },
};

let server: FixtureServer;
let denying: FixtureServer;
let dir: string;
let outputsFile: string;

beforeAll(async () => {
  server = await startFixtureServer(FIXTURE);
  denying = await startFixtureServer({ ...FIXTURE, deny: [`GetImportedModel arn:aws:bedrock:${REGION}:${ACCOUNT}:imported-model/llama-plain`, 'ListServiceSpecificCredentials'] });
  dir = mkdtempSync(join(tmpdir(), 'audit-cli-'));
  outputsFile = join(dir, 'outputs.json');
  writeFileSync(outputsFile, JSON.stringify(OUTPUTS));
});
afterAll(async () => {
  await server?.stop();
  await denying?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const audit = (on: FixtureServer, ...args: string[]) =>
  runCli(['audit', '--region', REGION, '--endpoint-url', on.endpoint, '--expect-from', outputsFile, ...args], { AWS_ENDPOINT_URL_IAM: on.endpoint });
const json = (stdout: string) =>
  JSON.parse(stdout) as { exitCode: number; checked: Record<string, number>; findings: { ruleId: string; resourceName: string; message: string; remediation: string }[]; notChecked: { resource: string; reason: string }[] };
const pairs = (stdout: string) => json(stdout).findings.map((f) => `${f.ruleId} ${f.resourceName}`).sort();

describe('bedrock-private audit as a subprocess, kinds moto lacks', () => {
  it('model import jobs and imported models: VPC, key, and the environment key', async () => {
    const r = await audit(server, '--kinds', 'model-import-job,imported-model', '--format', 'json');
    expect(r.code).toBe(1);
    expect(json(r.stdout).checked).toEqual({ 'model-import-job': 3, 'imported-model': 3 });
    expect(pairs(r.stdout)).toEqual(['BRP007 imp-open', 'BRP008 imp-plain', 'BRP009 imp-plain', 'BRP010 llama-plain', 'BRP015 llama-foreign']);
    const plain = json(r.stdout).findings.find((f) => f.ruleId === 'BRP009');
    expect(plain?.remediation).toContain(`--imported-model-kms-key-id ${MODEL_KEY}`);
    expect(plain?.remediation).toContain(`--vpc-config subnetIds=${SUBNETS.join(',')},securityGroupIds=${JOB_SG}`);
  });

  it('model copy jobs and the models they copied: re-copy with the copied-model key', async () => {
    const r = await audit(server, '--kinds', 'model-copy-job,custom-model', '--format', 'json');
    expect(r.code).toBe(1);
    expect(pairs(r.stdout)).toEqual(['BRP006 bot-copy', 'BRP011 bot-copy']);
    for (const f of json(r.stdout).findings) {
      expect(f.remediation).toContain(`aws bedrock create-model-copy-job \\\n  --region ${REGION} \\\n  --source-model-arn arn:aws:bedrock:us-west-2:${ACCOUNT}:custom-model/bot`);
      expect(f.remediation).toContain(`--model-kms-key-id ${COPY_KEY}`);
    }
  });

  it('batch jobs: output key and the environment buckets, with a command that survives the shell', async () => {
    const r = await audit(server, '--kinds', 'model-invocation-job', '--format', 'json');
    expect(r.code).toBe(1);
    expect(pairs(r.stdout)).toEqual(['BRP012 batch-plain', 'BRP013 batch-scratch']);
    const scratch = json(r.stdout).findings.find((f) => f.ruleId === 'BRP013')?.remediation ?? '';
    const argv = execFileSync('bash', ['-c', `aws() { printf '%s\\n' "$@"; }\n${scratch}`], { encoding: 'utf8' }).trimEnd().split('\n');
    expect(JSON.parse(argv[argv.indexOf('--input-data-config') + 1])).toEqual({ s3InputDataConfig: { s3Uri: `s3://${BATCH_INPUT}/it's here.jsonl` } });
    expect(argv[argv.indexOf('--vpc-config') + 1]).toBe(`subnetIds=${IN_VPC.subnetIds.join(',')},securityGroupIds=${JOB_SG}`);
  });

  it('Bedrock API keys: IAM at its own endpoint, the table grouped by rule with owner and age', async () => {
    const r = await audit(server, '--kinds', 'bedrock-api-key');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Checked in us-east-1: 2 Bedrock API keys.');
    expect(r.stdout).toMatch(/^BRP018 BedrockApiKeyPresent \(medium, 2\): A long-term Bedrock API key \(IAM service-specific credential\) exists$/m);
    expect(r.stdout).toMatch(/^ {2}global\s+alice\/ACCAEXAMPLEALICE0000001\s+Bedrock API key BedrockAPIKey-0001 of IAM user alice: Active, \d+ days old \(created 2026-10-01\), never expires\.$/m);
    expect(r.stdout).toContain('aws iam update-service-specific-credential \\\n  --user-name alice \\\n  --service-specific-credential-id ACCAEXAMPLEALICE0000001 \\\n  --status Inactive');
  });
});

describe('a scheduled run: every kind, one summary line', () => {
  it('--summary prints one parseable line instead of the table, exit code unchanged', async () => {
    const r = await audit(server, '--summary', '--kinds', 'model-import-job,imported-model,model-copy-job,custom-model,model-invocation-job,bedrock-api-key');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'bedrock-private audit: FINDINGS exit=1 findings=11 not_checked=0 checked=15 regions=us-east-1 ' +
        'kinds=model-invocation-job,custom-model,model-import-job,imported-model,model-copy-job,bedrock-api-key ' +
        'rules=BRP006:1,BRP007:1,BRP008:1,BRP009:1,BRP010:1,BRP011:1,BRP012:1,BRP013:1,BRP015:1,BRP018:2\n',
    );
  });

  it('with --format sarif the report stays on stdout and the summary goes to stderr; anything denied makes it INCOMPLETE, exit 2', async () => {
    const r = await audit(denying, '--summary', '--format', 'sarif', '--kinds', 'imported-model,bedrock-api-key');
    expect(r.code).toBe(2);
    const sarif = JSON.parse(r.stdout) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[]; results: { ruleId: string }[] }[] };
    const [invocation] = sarif.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((n) => n.message.text)).toEqual([
      expect.stringMatching(/^Not checked: listing of Bedrock API keys \(IAM\) in global: access denied \(AccessDenied: not authorized to perform: iam:ListServiceSpecificCredentials\)/),
      expect.stringMatching(/^Not checked: arn:aws:bedrock:us-east-1:123456789012:imported-model\/llama-plain: access denied \(AccessDeniedException/),
    ]);
    // The denied model is not a finding and not compliant: only the foreign-key one is reported.
    expect(sarif.runs[0].results.map((x) => x.ruleId)).toEqual(['BRP015']);
    expect(r.stderr).toMatch(/^bedrock-private audit: INCOMPLETE exit=2 findings=1 not_checked=2 checked=2 regions=us-east-1 kinds=imported-model,bedrock-api-key rules=BRP015:1\n/m);
    // ...and, on the next line, why: two different denials here, so the count of causes and the most frequent.
    expect(r.stderr).toMatch(/^not checked \(2\), 2 causes; 1 of them: access denied \(.*\); grant the actions in catalog\/auditor-policy\.json\. Run without --summary for each\.\n$/m);
  });
});
