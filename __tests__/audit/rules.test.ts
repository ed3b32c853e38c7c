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
  OTHER_ACCOUNT,
  OTHER_KEY,
  REGION,
  agentRuntime,
  apiKey,
  BATCH_OUTPUT,
  DATA_KEY,
  deployment,
  evaluation,
  guardrail,
  provisioned,
  sharingPolicy,
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
  /**
   * The remediation call that fixes it: operation, request member and the value it must carry; or, where
   * the fix is not one call the audit can print whole (AgentCore's update takes the runtime's artifact), the
   * text the instructions must hold.
   */
  readonly fix: readonly [string, string, unknown] | RegExp;
}

const SUBNET_ELSEWHERE = { subnetIds: ['subnet-0bad0000000000000'], securityGroupIds: IN_VPC.securityGroupIds };
const res = (r: AccountFixture['resources']): AccountFixture => ({ resources: r });
const VPC_FIX = { subnetIds: IN_VPC.subnetIds, securityGroupIds: IN_VPC.securityGroupIds };

const bot = customModel('bot');
const BOT = bot.modelArn ?? '';
const withoutKey = (over: AccountFixture): AccountFixture => ({ ...over, resources: { 'custom-model': [customModel('bot', { modelKmsKeyArn: undefined })] } });
const withKey = (over: AccountFixture): AccountFixture => ({ ...over, resources: { 'custom-model': [bot] } });

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
  BRP019: {
    kind: 'custom-model-deployment',
    compliant: withKey({ deployments: [deployment('serve', BOT)] }),
    failing: withoutKey({ deployments: [deployment('serve', BOT)] }),
    because: /Custom model deployment serve \(Active\) serves custom model .*custom-model\/bot, which has no modelKmsKeyArn/,
    reads: 'GetCustomModel',
    fix: ['DeleteCustomModelDeployment', 'customModelDeploymentIdentifier', deployment('serve', BOT).customModelDeploymentArn],
  },
  BRP020: {
    kind: 'provisioned-throughput',
    compliant: withKey({ provisioned: [provisioned('pt', BOT)] }),
    failing: withoutKey({ provisioned: [provisioned('pt', BOT)] }),
    because: /Provisioned throughput pt \(InService\) serves custom model .*custom-model\/bot, which has no modelKmsKeyArn/,
    reads: 'GetCustomModel',
    fix: ['UpdateProvisionedModelThroughput', 'provisionedModelId', provisioned('pt', BOT).provisionedModelArn],
  },
  BRP021: {
    kind: 'evaluation-job',
    compliant: { evaluations: [evaluation('eval')] },
    failing: { evaluations: [evaluation('eval', { customerEncryptionKeyId: undefined })] },
    because: /Evaluation job eval \(Completed\) writes its results to s3:\/\/.*without customerEncryptionKeyId/,
    reads: 'GetEvaluationJob',
    fix: ['CreateEvaluationJob', 'customerEncryptionKeyId', DATA_KEY],
  },
  BRP022: {
    kind: 'evaluation-job',
    compliant: { evaluations: [evaluation('eval')] },
    failing: { evaluations: [evaluation('eval', { outputDataConfig: { s3Uri: 's3://someone-elses-bucket/eval/' } })] },
    because: /writes its results to s3:\/\/someone-elses-bucket\/eval\/, not the environment's output bucket/,
    reads: 'GetEvaluationJob',
    fix: ['CreateEvaluationJob', 'outputDataConfig', { s3Uri: `s3://${BATCH_OUTPUT}/evaluations/eval/` }],
  },
  BRP023: {
    kind: 'custom-model-policy',
    compliant: withKey({ modelPolicies: { [BOT]: sharingPolicy(OTHER_ACCOUNT, { StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorgid' } }) } }),
    failing: withKey({ modelPolicies: { [BOT]: sharingPolicy(`arn:aws:iam::${OTHER_ACCOUNT}:root`) } }),
    because: new RegExp(`Custom model bot's resource policy allows arn:aws:iam::${OTHER_ACCOUNT}:root without an aws:PrincipalOrgID condition`),
    reads: 'GetResourcePolicy',
    fix: ['DeleteResourcePolicy', 'resourceArn', BOT],
  },
  BRP024: {
    kind: 'data-retention',
    compliant: { dataRetention: 'none' },
    failing: { dataRetention: 'provider_data_share' },
    because: /The account data-retention mode is provider_data_share/,
    reads: 'GetAccountDataRetention',
    fix: ['PutAccountDataRetention', 'mode', 'default'],
  },
  BRP025: {
    kind: 'guardrail',
    compliant: { guardrails: [guardrail('baseline')] },
    failing: {},
    because: /No guardrail exists in us-east-1/,
    reads: 'ListGuardrails',
    fix: ['CreateGuardrail', 'contentPolicyConfig', { filtersConfig: [{ type: 'PROMPT_ATTACK', inputStrength: 'HIGH', outputStrength: 'NONE' }] }],
  },
  BRP026: {
    kind: 'guardrail',
    compliant: { guardrails: [guardrail('baseline')] },
    failing: { guardrails: [guardrail('baseline', { contentPolicy: { filters: [{ type: 'PROMPT_ATTACK', inputStrength: 'MEDIUM', outputStrength: 'NONE' }] } })] },
    because: /Guardrail baseline has no PROMPT_ATTACK content filter at HIGH input strength/,
    reads: 'GetGuardrail',
    fix: ['CreateGuardrailVersion', 'guardrailIdentifier', guardrail('baseline').guardrailId],
  },
  BRP027: {
    kind: 'guardrail',
    compliant: { guardrails: [guardrail('baseline')] },
    failing: { guardrails: [guardrail('baseline', { sensitiveInformationPolicy: undefined })] },
    because: /Guardrail baseline has no sensitive-information filter/,
    reads: 'GetGuardrail',
    fix: ['CreateGuardrailVersion', 'guardrailIdentifier', guardrail('baseline').guardrailId],
  },
  BRP028: {
    kind: 'agentcore-runtime',
    compliant: { agentRuntimes: [agentRuntime('agent')] },
    failing: { agentRuntimes: [agentRuntime('agent', { networkConfiguration: { networkMode: 'PUBLIC' } })] },
    because: /AgentCore runtime agent \(READY\) runs in PUBLIC network mode, not VPC/,
    reads: 'GetAgentRuntime',
    fix: /update-agent-runtime --region us-east-1 --agent-runtime-id agent-abc123\n.*networkMode=VPC,networkModeConfig=\{subnets=\[subnet-0aaa1111bbbb2222c,subnet-0ddd3333eeee4444f\],securityGroups=\[sg-0123456789abcdef0\]\}/,
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
      if (c.fix instanceof RegExp) {
        expect(finding.remediation).toMatch(c.fix);
        return;
      }
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
