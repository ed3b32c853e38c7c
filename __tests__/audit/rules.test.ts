import { BedrockClient } from '@aws-sdk/client-bedrock';
import { IAMClient } from '@aws-sdk/client-iam';
import { runAudit } from '../../cli/audit/audit';
import { type AuditReport, type ResourceKind, exitCodeOf } from '../../cli/audit/model';
import { RULE_LIST } from '../../cli/audit/rules/catalog';
import { type AccountFixture, mockAccount } from './support/account';
import {
  EXPECTED,
  IN_VPC,
  LOGGING,
  NOW,
  OTHER_KEY,
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

/**
 * Every rule of the catalogue with a compliant resource, a resource that breaks exactly that rule,
 * and that failing resource behind an AccessDenied on the call that reads the rule's field: which
 * must leave it "not checked" (exit 2), never compliant. Each failing case's remediation is sent
 * through the SDK (every flag a real member) and must carry the fix.
 */
interface RuleCase {
  readonly kind: ResourceKind;
  /** The account with one compliant resource of the kind; undefined = compliance is the absence of any. */
  readonly compliant: AccountFixture | undefined;
  readonly failing: AccountFixture;
  /** What the finding's message must say. */
  readonly because: RegExp;
  /** The operation that reads the field the rule checks. */
  readonly reads: string;
  /** The remediation call that fixes it: operation, request member and the value it must carry. */
  readonly fix: readonly [string, string, unknown];
}

const SUBNET_ELSEWHERE = { subnetIds: ['subnet-0bad0000000000000'], securityGroupIds: IN_VPC.securityGroupIds };
const res = (r: AccountFixture['resources']): AccountFixture => ({ resources: r });
const VPC_FIX = { subnetIds: IN_VPC.subnetIds, securityGroupIds: IN_VPC.securityGroupIds };

const CASES: Record<string, RuleCase> = {
  BRP001: {
    kind: 'model-customization-job',
    compliant: res({ 'model-customization-job': [customizationJob('tune')] }),
    failing: res({ 'model-customization-job': [customizationJob('tune', { vpcConfig: undefined })] }),
    because: /Customization job tune \(Completed\) has no vpcConfig/,
    reads: 'GetModelCustomizationJob',
    fix: ['CreateModelCustomizationJob', 'vpcConfig', VPC_FIX],
  },
  BRP002: {
    kind: 'model-customization-job',
    compliant: res({ 'model-customization-job': [customizationJob('tune')] }),
    failing: res({ 'model-customization-job': [customizationJob('tune', { vpcConfig: SUBNET_ELSEWHERE })] }),
    because: /uses subnet-0bad0000000000000, not in the expected VPC placement/,
    reads: 'GetModelCustomizationJob',
    fix: ['CreateModelCustomizationJob', 'vpcConfig', VPC_FIX],
  },
  BRP003: {
    kind: 'model-customization-job',
    compliant: res({ 'model-customization-job': [customizationJob('tune')] }),
    failing: res({ 'model-customization-job': [customizationJob('tune', { outputModelKmsKeyArn: undefined })] }),
    because: /outputModelKmsKeyArn is empty/,
    reads: 'GetModelCustomizationJob',
    fix: ['CreateModelCustomizationJob', 'customModelKmsKeyId', EXPECTED.customModelKmsKeyArn],
  },
  BRP004: {
    kind: 'model-invocation-job',
    compliant: res({ 'model-invocation-job': [invocationJob('batch')] }),
    failing: res({ 'model-invocation-job': [invocationJob('batch', { vpcConfig: undefined })] }),
    because: /Batch inference job batch \(Completed\) has no vpcConfig/,
    reads: 'ListModelInvocationJobs',
    fix: ['CreateModelInvocationJob', 'vpcConfig', VPC_FIX],
  },
  BRP005: {
    kind: 'model-invocation-job',
    compliant: res({ 'model-invocation-job': [invocationJob('batch')] }),
    failing: res({ 'model-invocation-job': [invocationJob('batch', { vpcConfig: SUBNET_ELSEWHERE })] }),
    because: /uses subnet-0bad0000000000000/,
    reads: 'ListModelInvocationJobs',
    fix: ['CreateModelInvocationJob', 'vpcConfig', VPC_FIX],
  },
  BRP006: {
    kind: 'custom-model',
    compliant: res({ 'custom-model': [customModel('bot')] }),
    failing: res({ 'custom-model': [customModel('bot', { modelKmsKeyArn: undefined })] }),
    because: /Custom model bot has no modelKmsKeyArn/,
    reads: 'GetCustomModel',
    fix: ['CreateModelCustomizationJob', 'customModelKmsKeyId', EXPECTED.customModelKmsKeyArn],
  },
  BRP007: {
    kind: 'model-import-job',
    compliant: res({ 'model-import-job': [importJob('imp')] }),
    failing: res({ 'model-import-job': [importJob('imp', { vpcConfig: undefined })] }),
    because: /Model import job imp \(Completed\) has no vpcConfig/,
    reads: 'GetModelImportJob',
    fix: ['CreateModelImportJob', 'vpcConfig', VPC_FIX],
  },
  BRP008: {
    kind: 'model-import-job',
    compliant: res({ 'model-import-job': [importJob('imp')] }),
    failing: res({ 'model-import-job': [importJob('imp', { vpcConfig: SUBNET_ELSEWHERE })] }),
    because: /Model import job imp uses subnet-0bad0000000000000/,
    reads: 'GetModelImportJob',
    fix: ['CreateModelImportJob', 'vpcConfig', VPC_FIX],
  },
  BRP009: {
    kind: 'model-import-job',
    compliant: res({ 'model-import-job': [importJob('imp')] }),
    failing: res({ 'model-import-job': [importJob('imp', { importedModelKmsKeyArn: undefined })] }),
    because: /no customer-managed key for imp-model \(importedModelKmsKeyArn is empty\)/,
    reads: 'GetModelImportJob',
    fix: ['CreateModelImportJob', 'importedModelKmsKeyId', EXPECTED.customModelKmsKeyArn],
  },
  BRP010: {
    kind: 'imported-model',
    compliant: res({ 'imported-model': [importedModel('llama')] }),
    failing: res({ 'imported-model': [importedModel('llama', { modelKmsKeyArn: undefined })] }),
    because: /Imported model llama has no modelKmsKeyArn/,
    reads: 'GetImportedModel',
    fix: ['CreateModelImportJob', 'importedModelKmsKeyId', EXPECTED.customModelKmsKeyArn],
  },
  BRP011: {
    kind: 'model-copy-job',
    compliant: res({ 'model-copy-job': [copyJob('bot')] }),
    failing: res({ 'model-copy-job': [copyJob('bot', { targetModelKmsKeyArn: undefined })] }),
    because: /copies arn:aws:bedrock:us-west-2:123456789012:custom-model\/bot to \S+bot-copy without targetModelKmsKeyArn/,
    reads: 'ListModelCopyJobs',
    fix: ['CreateModelCopyJob', 'modelKmsKeyId', EXPECTED.copiedModelKmsKeyArn],
  },
  BRP012: {
    kind: 'model-invocation-job',
    compliant: res({ 'model-invocation-job': [invocationJob('batch')] }),
    failing: res({
      'model-invocation-job': [invocationJob('batch', { outputDataConfig: { s3OutputDataConfig: { s3Uri: `s3://${EXPECTED.batchBuckets?.output}/batch/` } } })],
    }),
    because: /writes s3:\/\/\S+\/batch\/ without s3EncryptionKeyId/,
    reads: 'ListModelInvocationJobs',
    fix: ['CreateModelInvocationJob', 'outputDataConfig', { s3OutputDataConfig: { s3Uri: `s3://${EXPECTED.batchBuckets?.output}/batch/`, s3EncryptionKeyId: EXPECTED.dataKmsKeyArn } }],
  },
  BRP013: {
    kind: 'model-invocation-job',
    compliant: res({ 'model-invocation-job': [invocationJob('batch')] }),
    failing: res({ 'model-invocation-job': [invocationJob('batch', { inputDataConfig: { s3InputDataConfig: { s3Uri: 's3://team-scratch/prompts.jsonl' } } })] }),
    because: /input s3:\/\/team-scratch\/prompts.jsonl is not in bedrock-dev-batch-input-/,
    reads: 'ListModelInvocationJobs',
    fix: ['CreateModelInvocationJob', 'inputDataConfig', { s3InputDataConfig: { s3Uri: `s3://${EXPECTED.batchBuckets?.input}/prompts.jsonl` } }],
  },
  BRP014: {
    kind: 'custom-model',
    compliant: res({ 'custom-model': [customModel('bot')] }),
    failing: res({ 'custom-model': [customModel('bot', { modelKmsKeyArn: OTHER_KEY })] }),
    because: new RegExp(`Custom model bot is encrypted with ${OTHER_KEY}, not the environment's model key`),
    reads: 'GetCustomModel',
    fix: ['CreateModelCustomizationJob', 'customModelKmsKeyId', EXPECTED.customModelKmsKeyArn],
  },
  BRP015: {
    kind: 'imported-model',
    compliant: res({ 'imported-model': [importedModel('llama')] }),
    failing: res({ 'imported-model': [importedModel('llama', { modelKmsKeyArn: OTHER_KEY })] }),
    because: new RegExp(`Imported model llama is encrypted with ${OTHER_KEY}`),
    reads: 'GetImportedModel',
    fix: ['CreateModelImportJob', 'importedModelKmsKeyId', EXPECTED.customModelKmsKeyArn],
  },
  BRP016: {
    kind: 'invocation-logging',
    compliant: { logging: LOGGING },
    failing: { logging: undefined },
    because: /not configured in us-east-1/,
    reads: 'GetModelInvocationLoggingConfiguration',
    fix: ['PutModelInvocationLoggingConfiguration', 'loggingConfig', expect.objectContaining({ s3Config: { bucketName: EXPECTED.invocationLogBucket } })],
  },
  BRP017: {
    kind: 'invocation-logging',
    compliant: { logging: LOGGING },
    failing: { logging: { ...LOGGING, s3Config: { bucketName: 'someone-elses-bucket' } } },
    because: /go to S3 bucket someone-elses-bucket \(expected bedrock-dev-invocation-logs-/,
    reads: 'GetModelInvocationLoggingConfiguration',
    fix: ['PutModelInvocationLoggingConfiguration', 'loggingConfig', expect.objectContaining({ s3Config: { bucketName: EXPECTED.invocationLogBucket } })],
  },
  BRP018: {
    kind: 'bedrock-api-key',
    compliant: undefined,
    failing: { apiKeys: [apiKey('alice', 'ACCAEXAMPLE0000000001')] },
    because: /Bedrock API key BedrockAPIKey-0001 of IAM user alice: Active, 50 days old \(created 2026-10-01\), never expires/,
    reads: 'ListServiceSpecificCredentials',
    fix: ['UpdateServiceSpecificCredential', 'Status', 'Inactive'],
  },
};

async function auditAccount(fixture: AccountFixture, kind: ResourceKind): Promise<AuditReport> {
  const account = mockAccount(fixture);
  try {
    return await runAudit({
      regions: [REGION],
      kinds: [kind],
      clientFor: (region) => new BedrockClient({ region }),
      iamClientFor: (region) => new IAMClient({ region }),
      expected: EXPECTED,
      concurrency: 4,
      now: NOW,
    });
  } finally {
    account.restore();
  }
}

describe('audit rules: one compliant, one failing and one not-checked case each', () => {
  it('has a case for every rule in the catalogue, and no case for a rule that does not exist', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULE_LIST.map((r) => r.id).sort());
    for (const rule of RULE_LIST) expect(CASES[rule.id].kind).toBe(rule.kind);
  });

  describe.each(Object.entries(CASES))('%s', (ruleId, c) => {
    it('passes a compliant resource', async () => {
      const report = await auditAccount(c.compliant ?? {}, c.kind);
      expect(report.notChecked).toEqual([]);
      expect(report.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
      expect(report.checked[c.kind]).toBe(c.compliant === undefined ? 0 : 1);
      expect(exitCodeOf(report)).toBe(0);
    });

    it('flags the failing resource with this rule only, and a remediation the SDK accepts that fixes it', async () => {
      const report = await auditAccount(c.failing, c.kind);
      expect(report.notChecked).toEqual([]);
      expect(report.findings.map((f) => f.ruleId)).toEqual([ruleId]);
      const [finding] = report.findings;
      expect(finding.message).toMatch(c.because);
      expect(exitCodeOf(report)).toBe(1);
      const { calls, lost } = await proveRemediation(finding.remediation);
      expect(lost).toEqual([]);
      const [operation, member, value] = c.fix;
      expect(calls.find((call) => call.operation === operation)?.input[member]).toEqual(value);
    });

    it(`is "not checked" (exit 2, never compliant) when ${c.reads} is denied`, async () => {
      const report = await auditAccount({ ...c.failing, deny: [c.reads] }, c.kind);
      expect(report.findings).toEqual([]);
      expect(report.checked[c.kind]).toBe(0);
      expect(report.notChecked).toHaveLength(1);
      expect(report.notChecked[0].kind).toBe(c.kind);
      expect(report.notChecked[0].reason).toMatch(new RegExp(`^access denied \\(AccessDenied(Exception)?: .*${c.reads}.*auditor-policy\\.json$`));
      expect(exitCodeOf(report)).toBe(2);
    });
  });
});
