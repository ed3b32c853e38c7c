import { BedrockClient } from '@aws-sdk/client-bedrock';
import { IAMClient } from '@aws-sdk/client-iam';
import { runAudit } from '../../cli/audit/audit';
import { RESOURCE_KINDS, type ResourceKind } from '../../cli/audit/model';
import { type AccountFixture, REGIONAL_KINDS, WIRE, mockAccount } from './support/account';
import {
  CREATED,
  EXPECTED,
  LOGGING,
  NOW,
  REGION,
  apiKey,
  copyJob,
  customModel,
  customizationJob,
  importJob,
  importedModel,
  invocationJob,
} from './support/resources';
import { proveRemediation } from './support/sdk-proof';

const FIVE = [1, 2, 3, 4, 5];
/** Five of every kind, served two to a page: three pages per listing. */
const PAGED: AccountFixture = {
  resources: {
    'model-customization-job': FIVE.map((i) => customizationJob(`tune-${i}`)),
    'model-invocation-job': FIVE.map((i) => invocationJob(`batch-${i}`)),
    'custom-model': FIVE.map((i) => customModel(`bot-${i}`)),
    'model-import-job': FIVE.map((i) => importJob(`imp-${i}`)),
    'imported-model': FIVE.map((i) => importedModel(`llama-${i}`)),
    'model-copy-job': FIVE.map((i) => copyJob(`copy-${i}`)),
  },
  logging: LOGGING,
  apiKeys: FIVE.map((i) => apiKey(`user-${i}`, `ACCAEXAMPLE000000000${i}`)),
  pageSize: 2,
};

async function audit(fixture: AccountFixture, options: { kinds?: readonly ResourceKind[]; since?: Date; regions?: string[]; concurrency?: number } = {}) {
  const account = mockAccount(fixture);
  const report = await runAudit({
    regions: options.regions ?? [REGION],
    ...(options.kinds && { kinds: options.kinds }),
    ...(options.since && { since: options.since }),
    clientFor: (region) => new BedrockClient({ region }),
    iamClientFor: (region) => new IAMClient({ region }),
    expected: EXPECTED,
    concurrency: options.concurrency ?? 4,
    now: NOW,
  }).finally(account.restore);
  return { report, account };
}

/** The inputs of every call of one operation, in call order. */
const inputsOf = (account: ReturnType<typeof mockAccount>, operation: string) =>
  [...account.bedrock.calls(), ...account.iam.calls()]
    .map((c) => c.args[0] as unknown as { constructor: { name: string }; input: Record<string, unknown> })
    .filter((command) => command.constructor.name === `${operation}Command`)
    .map((command) => command.input);

describe('every kind is read to the last page', () => {
  it.each(REGIONAL_KINDS)('%s: one listing of three pages, five resources checked', async (kind) => {
    const { report, account } = await audit(PAGED, { kinds: [kind] });
    expect(report.notChecked).toEqual([]);
    expect(report.checked).toEqual({ [kind]: 5 });
    expect(account.pageTokens[WIRE[kind].list.operation]).toEqual([undefined, '2', '4']);
    // A Get per resource only where the listing lacks the fields the rules read.
    const get = WIRE[kind].get;
    if (get) expect(inputsOf(account, get.operation)).toHaveLength(5);
  });

  it('bedrock-api-key: ListServiceSpecificCredentials for all users, Bedrock only, followed by Marker over three pages', async () => {
    const { report, account } = await audit(PAGED, { kinds: ['bedrock-api-key'] });
    expect(report.checked).toEqual({ 'bedrock-api-key': 5 });
    const inputs = inputsOf(account, 'ListServiceSpecificCredentials');
    expect(account.pageTokens.ListServiceSpecificCredentials).toEqual([undefined, '2', '4']);
    for (const input of inputs) expect(input).toMatchObject({ ServiceName: 'bedrock.amazonaws.com', AllUsers: true });
    expect(inputs[0]).not.toHaveProperty('UserName');
  });

  it('invocation-logging: one GetModelInvocationLoggingConfiguration per region, nothing to page', async () => {
    const { report, account } = await audit(PAGED, { kinds: ['invocation-logging'], regions: ['us-east-1', 'eu-west-1', 'us-gov-west-1'] });
    expect(report.checked).toEqual({ 'invocation-logging': 3 });
    expect(inputsOf(account, 'GetModelInvocationLoggingConfiguration')).toHaveLength(3);
  });

  it('a full audit of three regions in two partitions lists IAM once per partition and every Bedrock kind once per region', async () => {
    const { report, account } = await audit(PAGED, { regions: ['us-east-1', 'eu-west-1', 'us-gov-west-1'] });
    expect(report.kinds).toEqual(RESOURCE_KINDS);
    expect(report.checked).toMatchObject({ 'model-import-job': 15, 'invocation-logging': 3, 'bedrock-api-key': 10 });
    expect(inputsOf(account, 'ListServiceSpecificCredentials')).toHaveLength(6); // 2 partitions x 3 pages
    expect(new Set(report.findings.filter((f) => f.kind === 'bedrock-api-key').map((f) => f.resourceArn.split(':')[1]))).toEqual(new Set(['aws', 'aws-us-gov']));
    // 3 regions x 3 pages; custom models are listed twice per region: as models and for their resource policies.
    for (const kind of REGIONAL_KINDS) expect(inputsOf(account, WIRE[kind].list.operation)).toHaveLength(kind === 'custom-model' ? 18 : 9);
    expect(inputsOf(account, 'GetAccountDataRetention')).toHaveLength(2); // once per partition
  });
});

describe('--since', () => {
  const since = new Date('2026-11-01T00:00:00Z');

  it('is sent as creationTimeAfter (submitTimeAfter for batch jobs), so the service filters', async () => {
    const { account } = await audit(PAGED, { since });
    for (const kind of REGIONAL_KINDS) {
      const filter = kind === 'model-invocation-job' ? 'submitTimeAfter' : 'creationTimeAfter';
      expect(inputsOf(account, WIRE[kind].list.operation)[0][filter]).toEqual(since);
    }
  });

  it('keeps only API keys created after it (ListServiceSpecificCredentials has no time filter)', async () => {
    const fixture: AccountFixture = { apiKeys: [apiKey('old', 'ACCAEXAMPLEOLD000000001'), apiKey('new', 'ACCAEXAMPLENEW000000001', { CreateDate: new Date('2026-11-10T00:00:00Z') })] };
    const { report } = await audit(fixture, { kinds: ['bedrock-api-key'], since });
    expect(report.findings.map((f) => f.resourceName)).toEqual(['new/ACCAEXAMPLENEW000000001']);
    expect(CREATED < since).toBe(true);
  });
});

describe('Bedrock API keys', () => {
  it('reports owner, age, status and expiry; an inactive key is only deleted, an active one deactivated first', async () => {
    const fixture: AccountFixture = {
      apiKeys: [
        apiKey('alice', 'ACCAEXAMPLEALICE0000001', { ExpirationDate: new Date('2027-01-01T00:00:00Z') }),
        apiKey('bob', 'ACCAEXAMPLEBOB000000001', { Status: 'Inactive' }),
      ],
    };
    const { report } = await audit(fixture, { kinds: ['bedrock-api-key'] });
    const [alice, bob] = report.findings;
    expect(alice).toMatchObject({ ruleId: 'BRP018', region: 'global', resourceArn: 'iam:aws:user/alice/service-specific-credential/ACCAEXAMPLEALICE0000001' });
    expect(alice.message).toBe('Bedrock API key BedrockAPIKey-0001 of IAM user alice: Active, 50 days old (created 2026-10-01), expires 2027-01-01.');
    expect((await proveRemediation(alice.remediation)).calls.map((c) => [c.operation, c.input])).toEqual([
      ['UpdateServiceSpecificCredential', { UserName: 'alice', ServiceSpecificCredentialId: 'ACCAEXAMPLEALICE0000001', Status: 'Inactive' }],
      ['DeleteServiceSpecificCredential', { UserName: 'alice', ServiceSpecificCredentialId: 'ACCAEXAMPLEALICE0000001' }],
    ]);
    expect(bob.message).toContain('of IAM user bob: Inactive');
    expect((await proveRemediation(bob.remediation)).calls.map((c) => c.operation)).toEqual(['DeleteServiceSpecificCredential']);
  });
});

describe('copied models', () => {
  it('a custom model made by a listed copy job is fixed by copying again, not by re-running a customization', async () => {
    const job = copyJob('bot', { targetModelKmsKeyArn: undefined });
    const copied = customModel('bot-copy', { modelKmsKeyArn: undefined, trainingDataConfig: undefined, outputDataConfig: undefined });
    const { report } = await audit({ resources: { 'model-copy-job': [job], 'custom-model': [copied] } }, { kinds: ['custom-model', 'model-copy-job'] });
    expect(report.findings.map((f) => `${f.ruleId} ${f.resourceName}`)).toEqual(['BRP006 bot-copy', 'BRP011 bot-copy']);
    const [model, copy] = report.findings;
    expect(model.message).toBe('Copied model bot-copy has no modelKmsKeyArn: it is encrypted with an AWS-owned key.');
    expect(model.remediation).toBe(copy.remediation);
    const { calls, lost } = await proveRemediation(model.remediation);
    expect(lost).toEqual([]);
    expect(calls.map((c) => [c.operation, c.input])).toEqual([
      ['CreateModelCopyJob', { sourceModelArn: job.sourceModelArn, targetModelName: 'bot-copy-private', modelKmsKeyId: EXPECTED.copiedModelKmsKeyArn }],
      ['DeleteCustomModel', { modelIdentifier: job.targetModelArn }],
    ]);
  });

  it('a custom model under the copied-model key is in the environment', async () => {
    const { report } = await audit({ resources: { 'custom-model': [customModel('bot-copy', { modelKmsKeyArn: EXPECTED.copiedModelKmsKeyArn })] } }, { kinds: ['custom-model'] });
    expect(report.findings).toEqual([]);
  });
});

describe('batch jobs in other buckets', () => {
  it('moves input and output into the batch buckets and says to copy the input first', async () => {
    const job = invocationJob('batch', {
      inputDataConfig: { s3InputDataConfig: { s3Uri: 's3://team-scratch/in/records.jsonl', s3BucketOwner: '210987654321' } },
      outputDataConfig: { s3OutputDataConfig: { s3Uri: 's3://team-scratch/out/', s3EncryptionKeyId: EXPECTED.dataKmsKeyArn } },
    });
    const { report } = await audit({ resources: { 'model-invocation-job': [job] } }, { kinds: ['model-invocation-job'] });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['BRP013']);
    expect(report.findings[0].message).toBe(
      `Batch inference job batch: input s3://team-scratch/in/records.jsonl is not in ${EXPECTED.batchBuckets?.input}; output s3://team-scratch/out/ is not in ${EXPECTED.batchBuckets?.output}.`,
    );
    const text = report.findings[0].remediation;
    expect(text.split('\n')[0]).toBe(`# Copy the input from s3://team-scratch/in/records.jsonl to s3://${EXPECTED.batchBuckets?.input}/in/records.jsonl first: the job reads only the environment's batch input bucket.`);
    const [call] = (await proveRemediation(text)).calls;
    expect(call.input.inputDataConfig).toEqual({ s3InputDataConfig: { s3Uri: `s3://${EXPECTED.batchBuckets?.input}/in/records.jsonl` } });
    expect(call.input.outputDataConfig).toEqual({ s3OutputDataConfig: { s3Uri: `s3://${EXPECTED.batchBuckets?.output}/out/`, s3EncryptionKeyId: EXPECTED.dataKmsKeyArn } });
  });
});

describe('the remediation proof', () => {
  it('catches a flag that is no request member and an operation that does not exist', async () => {
    const typo = await proveRemediation('aws bedrock create-model-copy-job --region us-east-1 --source-model-arn a --target-model-name b --model-kms-key-arn k');
    expect(typo.lost).toEqual(['CreateModelCopyJob.modelKmsKeyArn']);
    const iamTypo = await proveRemediation('aws iam delete-service-specific-credential --user-name u --service-specific-credential-id i --user x');
    expect(iamTypo.lost).toEqual(['DeleteServiceSpecificCredential.User']);
    const noSuchOperation = await proveRemediation('aws bedrock delete-model-copy-job --region us-east-1 --job-arn a');
    expect(noSuchOperation.lost).toEqual(['DeleteModelCopyJob.<operation DeleteModelCopyJob does not exist in @aws-sdk/client-bedrock>']);
  });
});

describe('bounded concurrency across kinds', () => {
  it('never has more Gets in flight than --concurrency, whatever mix of kinds needs them', async () => {
    let inFlight = 0;
    let peak = 0;
    const account = mockAccount(PAGED, {
      aroundGet: async (answer) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight -= 1;
        return answer();
      },
    });
    const report = await runAudit({ regions: [REGION], clientFor: (region) => new BedrockClient({ region }), iamClientFor: (region) => new IAMClient({ region }), expected: EXPECTED, concurrency: 3, now: NOW }).finally(account.restore);
    expect(report.notChecked).toEqual([]);
    expect(report.checked).toMatchObject({ 'model-customization-job': 5, 'custom-model': 5, 'model-import-job': 5, 'imported-model': 5 });
    expect(peak).toBe(3);
  });
});
