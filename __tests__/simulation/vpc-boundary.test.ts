import { ACCOUNT, BREAK_GLASS, IDS, OTHER_ACCOUNT, PEOPLE, REGION, SynthesizedPolicies, synthesizePolicies } from './support/synthesized-policies';
import { type Case, type IdentityOf, type Where, allowEverythingIn, itDecides } from './support/cases';
import type { Expected } from './support/simulate';

/**
 * The VPC data boundary, proven on the synthesized policies (identity, bucket, key, trust and endpoint)
 * with @cloud-copilot/iam-simulate. One synth for the suite; each row is one request IAM would evaluate.
 */

const bucket = (slug: string) => `bedrock-sim-${slug}-${ACCOUNT}-${REGION}`;
const object = (slug: string, key = 'data/train.jsonl') => `arn:aws:s3:::${bucket(slug)}/${key}`;
const role = (name: string, account = ACCOUNT) => `arn:aws:iam::${account}:role/${name}`;
const subnetArn = (id: string) => `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/${id}`;
const OUR_SUBNET = IDS.subnets['use1-az2'];
const CUSTOMIZATION_JOB = `arn:aws:bedrock:${REGION}:${ACCOUNT}:model-customization-job/abc123`;
/** IAM authorizes CreateModelCustomizationJob on the custom model it creates (and the base model). */
const CUSTOM_MODEL = `arn:aws:bedrock:${REGION}:${ACCOUNT}:custom-model/support-assistant-v2`;
const INVOCATION_JOB = `arn:aws:bedrock:${REGION}:${ACCOUNT}:model-invocation-job/def456`;
const ENI = `arn:aws:ec2:${REGION}:${ACCOUNT}:network-interface/eni-0123456789abcdef0`;
const ANALYST = role('Analyst');
const INFERENCE_SERVICE = PEOPLE.invoker;
const SUBMITTER = PEOPLE.submitter;

let policies: SynthesizedPolicies;
beforeAll(() => {
  policies = synthesizePolicies();
});

/** Identity policies attached to each principal, read from the synthesized stack. */
const identity: IdentityOf = (principal, synthesized) => {
  const inline = (paths: string[]) => paths.map((p) => ({ name: p, policy: synthesized.at(p) }));
  switch (principal) {
    case IDS.customizationRole:
      return inline(['jobs/customization-role/vpc-eni', 'jobs/customization-role/data-access']);
    case IDS.batchRole:
      return inline(['jobs/batch-inference-role/vpc-eni', 'jobs/batch-inference-role/data-access', 'jobs/batch-inference-role/invoke-models']);
    case SUBMITTER:
      return inline(['jobs/submitter-policy']);
    case INFERENCE_SERVICE:
      return [{ name: 'invoke', policy: allowEverythingIn('bedrock', 'bedrock-mantle', 'bedrock-agentcore') }];
    default:
      // Analysts, stewards and other accounts' principals: broad S3 and KMS rights of their own, so only our policies can stop them.
      return [{ name: 's3-admin', policy: allowEverythingIn('s3') }, { name: 'kms-admin', policy: allowEverythingIn('kms') }];
  }
};

const s3 = (name: string, expected: Expected, principal: string, action: string, slug: string, from: Where, extra: Partial<Case> = {}): Case => ({
  name,
  expected,
  principal,
  action,
  resource: action === 's3:ListBucket' ? `arn:aws:s3:::${bucket(slug)}` : object(slug),
  from,
  resourcePolicy: { path: `data/bucket-${{ training: 'training', 'custom-output': 'customizationOutput', 'batch-input': 'batchInput', validation: 'validation' }[slug]}/policy` },
  ...extra,
});

const ec2 = (name: string, expected: Expected, principal: string, action: string, resource: string, context: Record<string, string | string[]>): Case => ({
  name,
  expected,
  principal,
  action,
  resource,
  context,
});

const customizationEniTags = { 'aws:RequestTag/BedrockManaged': 'true', 'aws:RequestTag/BedrockModelCustomizationJobArn': CUSTOMIZATION_JOB, 'aws:TagKeys': ['BedrockManaged', 'BedrockModelCustomizationJobArn'] };
const batchEniTags = { 'aws:RequestTag/BedrockManaged': 'true', 'aws:RequestTag/BedrockModelInvocationJobArn': INVOCATION_JOB, 'aws:TagKeys': ['BedrockManaged', 'BedrockModelInvocationJobArn'] };

const CASES: Case[] = [
  // S3: the VPC-only bucket policies (seed 000) and the gateway endpoint policy.
  s3('customization role reads training data from inside the VPC', 'Allowed', IDS.customizationRole, 's3:GetObject', 'training', 'vpc'),
  s3('customization role lists the training bucket from inside the VPC', 'Allowed', IDS.customizationRole, 's3:ListBucket', 'training', 'vpc'),
  s3('customization role reads training data from outside the VPC', 'Denied', IDS.customizationRole, 's3:GetObject', 'training', 'internet'),
  s3('customization role writes the output bucket from inside the VPC', 'Allowed', IDS.customizationRole, 's3:PutObject', 'custom-output', 'vpc'),
  s3('customization role cannot write its training bucket (read-only input)', 'Denied', IDS.customizationRole, 's3:PutObject', 'training', 'vpc'),
  s3('customization role reads training data without TLS, from inside the VPC', 'Denied', IDS.customizationRole, 's3:GetObject', 'training', 'vpc', {
    context: { 'aws:SecureTransport': 'false' },
  }),
  s3('another principal of the account reads the output bucket outside the VPC', 'Denied', ANALYST, 's3:GetObject', 'custom-output', 'internet'),
  s3('another principal of the account reads the output bucket inside the VPC (the boundary is the network; IAM still governs who)', 'Allowed', ANALYST, 's3:GetObject', 'custom-output', 'vpc'),
  s3('a principal of the account reads training data through a second S3 endpoint in our VPC (an interface endpoint with a full-access policy)', 'Denied', ANALYST, 's3:GetObject', 'training', 'vpc', {
    context: { 'aws:SourceVpce': 'vpce-0second0interface01' },
  }),
  s3('the customization role reads training data through a second S3 endpoint in our VPC', 'Denied', IDS.customizationRole, 's3:GetObject', 'training', 'vpc', {
    context: { 'aws:SourceVpce': 'vpce-0second0interface01' },
  }),
  s3('another principal of the account deletes training data outside the VPC', 'Denied', ANALYST, 's3:DeleteObject', 'training', 'internet'),
  s3('a break-glass principal (buckets.exemptPrincipalArns) reads training data from outside the VPC', 'Allowed', BREAK_GLASS, 's3:GetObject', 'training', 'internet'),
  s3('a role named like break-glass in another account reads training data from outside the VPC', 'Denied', role('BreakGlass', OTHER_ACCOUNT), 's3:GetObject', 'training', 'internet'),

  // Replication: S3 copies objects to the configured bucket from its side, never through our VPC.
  s3('another principal of the account sets a replication configuration on the training bucket (a copy channel to any bucket)', 'Denied', ANALYST, 's3:PutReplicationConfiguration', 'training', 'internet', {
    resource: `arn:aws:s3:::${bucket('training')}`,
  }),
  s3('a break-glass principal sets a replication configuration on the training bucket', 'Allowed', BREAK_GLASS, 's3:PutReplicationConfiguration', 'training', 'internet', {
    resource: `arn:aws:s3:::${bucket('training')}`,
  }),
  s3('a replication role reads a training object version for replication from outside the VPC (how S3 replication reads)', 'Denied', role('s3-replication'), 's3:GetObjectVersionForReplication', 'training', 'internet'),
  s3('a replication role reads customization output for replication from outside the VPC', 'Denied', role('s3-replication'), 's3:GetObjectVersionForReplication', 'custom-output', 'internet'),
  s3('a replication role of the account writes a replica into the batch input bucket from outside the VPC', 'Denied', role('s3-replication'), 's3:ReplicateObject', 'batch-input', 'internet'),
  s3('a principal of another account reads training data through our VPC endpoint', 'Denied', role('Intruder', OTHER_ACCOUNT), 's3:GetObject', 'training', 'vpc'),
  s3('batch role reads batch input from inside the VPC', 'Allowed', IDS.batchRole, 's3:GetObject', 'batch-input', 'vpc'),
  s3('batch role reads the customization training bucket (not its data)', 'Denied', IDS.batchRole, 's3:GetObject', 'training', 'vpc'),
  {
    name: 'a principal of the account copies data to a bucket outside the platform through the gateway endpoint (exfiltration)',
    expected: 'Denied',
    principal: ANALYST,
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::someone-elses-bucket/loot.jsonl',
    resourceAccount: OTHER_ACCOUNT,
    from: 'vpc',
  },

  // ENIs: seed 000 (customization) and seed 001 (batch) statements.
  ec2('customization role creates a job ENI with both Bedrock request tags', 'Allowed', IDS.customizationRole, 'ec2:CreateNetworkInterface', ENI, customizationEniTags),
  ec2('customization role creates a job ENI without the BedrockManaged tag', 'Denied', IDS.customizationRole, 'ec2:CreateNetworkInterface', ENI, {
    'aws:RequestTag/BedrockModelCustomizationJobArn': CUSTOMIZATION_JOB,
  }),
  ec2('customization role places an ENI in our subnet', 'Allowed', IDS.customizationRole, 'ec2:CreateNetworkInterface', subnetArn(OUR_SUBNET), {}),
  ec2('customization role places an ENI in a foreign subnet', 'Denied', IDS.customizationRole, 'ec2:CreateNetworkInterface', subnetArn(IDS.foreignSubnet), {}),
  ec2('batch role places a tagged ENI in our subnet', 'Allowed', IDS.batchRole, 'ec2:CreateNetworkInterface', subnetArn(OUR_SUBNET), batchEniTags),
  ec2('batch role places an untagged ENI in our subnet (seed 001 tags the subnet statement too)', 'Denied', IDS.batchRole, 'ec2:CreateNetworkInterface', subnetArn(OUR_SUBNET), {}),
  ec2('batch role places a tagged ENI in a foreign subnet', 'Denied', IDS.batchRole, 'ec2:CreateNetworkInterface', subnetArn(IDS.foreignSubnet), batchEniTags),
  ec2('customization role deletes a Bedrock-managed job ENI in our subnet', 'Allowed', IDS.customizationRole, 'ec2:DeleteNetworkInterface', ENI, {
    'ec2:Subnet': subnetArn(OUR_SUBNET),
    'ec2:ResourceTag/BedrockManaged': 'true',
    'ec2:ResourceTag/BedrockModelCustomizationJobArn': CUSTOMIZATION_JOB,
  }),
  ec2('customization role deletes an ENI without BedrockManaged', 'Denied', IDS.customizationRole, 'ec2:DeleteNetworkInterface', ENI, {
    'ec2:Subnet': subnetArn(OUR_SUBNET),
    'ec2:ResourceTag/BedrockModelCustomizationJobArn': CUSTOMIZATION_JOB,
  }),
  {
    ...ec2('batch role deletes an ENI without BedrockManaged (seed 001 does not require it; we follow the seed)', 'Allowed', IDS.batchRole, 'ec2:DeleteNetworkInterface', ENI, {
      'ec2:Subnet': subnetArn(OUR_SUBNET),
      'ec2:ResourceTag/BedrockModelInvocationJobArn': INVOCATION_JOB,
    }),
    note: 'seed 001 statement 3 conditions deletes on ec2:Subnet and the job-ARN tag only',
  },
  ec2('batch role deletes a job ENI in a foreign subnet', 'Denied', IDS.batchRole, 'ec2:DeleteNetworkInterface', ENI, {
    'ec2:Subnet': subnetArn(IDS.foreignSubnet),
    'ec2:ResourceTag/BedrockModelInvocationJobArn': INVOCATION_JOB,
  }),
  ec2('customization role tags a new ENI with the two Bedrock tags while creating it', 'Allowed', IDS.customizationRole, 'ec2:CreateTags', ENI, {
    'ec2:CreateAction': 'CreateNetworkInterface',
    'aws:TagKeys': ['BedrockManaged', 'BedrockModelCustomizationJobArn'],
  }),
  ec2('customization role adds another tag key to an ENI', 'Denied', IDS.customizationRole, 'ec2:CreateTags', ENI, {
    'ec2:CreateAction': 'CreateNetworkInterface',
    'aws:TagKeys': ['BedrockManaged', 'Owner'],
  }),
  ec2('customization role re-tags an existing ENI (not during CreateNetworkInterface)', 'Denied', IDS.customizationRole, 'ec2:CreateTags', ENI, {
    'aws:TagKeys': ['BedrockManaged'],
  }),

  // KMS: seed 003 custom-model key, and the data key through S3 only.
  {
    name: 'customization role decrypts with the custom-model key via Bedrock',
    expected: 'Allowed',
    principal: IDS.customizationRole,
    action: 'kms:Decrypt',
    resource: IDS.customModelKey,
    context: { 'kms:ViaService': `bedrock.${REGION}.amazonaws.com` },
    resourcePolicy: { path: 'data/custom-model-key/key' },
  },
  {
    name: 'customization role decrypts with the custom-model key directly',
    expected: 'Denied',
    principal: IDS.customizationRole,
    action: 'kms:Decrypt',
    resource: IDS.customModelKey,
    resourcePolicy: { path: 'data/custom-model-key/key' },
  },
  {
    name: 'model invoker decrypts a custom model via Bedrock',
    expected: 'Allowed',
    principal: INFERENCE_SERVICE,
    action: 'kms:Decrypt',
    resource: IDS.customModelKey,
    context: { 'kms:ViaService': `bedrock.${REGION}.amazonaws.com` },
    resourcePolicy: { path: 'data/custom-model-key/key' },
  },
  {
    name: 'batch role generates a data key with the custom-model key (decrypt-only principal)',
    expected: 'Denied',
    principal: IDS.batchRole,
    action: 'kms:GenerateDataKey',
    resource: IDS.customModelKey,
    context: { 'kms:ViaService': `bedrock.${REGION}.amazonaws.com` },
    resourcePolicy: { path: 'data/custom-model-key/key' },
  },
  {
    name: 'customization role decrypts bucket data with the data key through S3',
    expected: 'Allowed',
    principal: IDS.customizationRole,
    action: 'kms:Decrypt',
    resource: IDS.dataKey,
    context: { 'kms:ViaService': `s3.${REGION}.amazonaws.com`, 'kms:CallerAccount': ACCOUNT },
    resourcePolicy: { path: 'data/data-key/key' },
  },
  {
    name: 'customization role decrypts with the data key directly',
    expected: 'Denied',
    principal: IDS.customizationRole,
    action: 'kms:Decrypt',
    resource: IDS.dataKey,
    context: { 'kms:CallerAccount': ACCOUNT },
    resourcePolicy: { path: 'data/data-key/key' },
  },

  // PrivateLink endpoints (seed 004).
  {
    name: 'a principal of our account invokes a model through the runtime endpoint',
    expected: 'Allowed',
    principal: INFERENCE_SERVICE,
    action: 'bedrock:InvokeModel',
    resource: `arn:aws:bedrock:${REGION}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0`,
    endpoint: 'bedrock-endpoints/bedrock-runtime',
  },
  {
    name: 'a principal of another account invokes a model through our runtime endpoint',
    expected: 'Denied',
    principal: role('InferenceService', OTHER_ACCOUNT),
    action: 'bedrock:InvokeModel',
    resource: `arn:aws:bedrock:${REGION}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0`,
    endpoint: 'bedrock-endpoints/bedrock-runtime',
  },
  {
    name: 'a principal of our account creates a customization job through the runtime endpoint (control-plane action)',
    expected: 'Denied',
    principal: INFERENCE_SERVICE,
    action: 'bedrock:CreateModelCustomizationJob',
    resource: CUSTOM_MODEL,
    endpoint: 'bedrock-endpoints/bedrock-runtime',
  },
  {
    name: 'the job submitter creates a customization job through the control-plane endpoint',
    expected: 'Allowed',
    principal: SUBMITTER,
    action: 'bedrock:CreateModelCustomizationJob',
    resource: CUSTOM_MODEL,
    endpoint: 'bedrock-endpoints/bedrock',
  },

  // The newer surface (help/endpoints.md): runtime use cases R5-R7, Mantle and AgentCore, and no API keys.
  ...([
    ['applies a guardrail', 'Allowed', 'bedrock:ApplyGuardrail', `arn:aws:bedrock:${REGION}:${ACCOUNT}:guardrail/gr1a2b3c4d5e`, 'bedrock-runtime'],
    ['counts tokens', 'Allowed', 'bedrock:CountTokens', `arn:aws:bedrock:${REGION}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0`, 'bedrock-runtime'],
    ['calls with a Bedrock API key (bearer token)', 'Denied', 'bedrock:CallWithBearerToken', '*', 'bedrock-runtime'],
    ['creates a Mantle inference in a project', 'Allowed', 'bedrock-mantle:CreateInference', `arn:aws:bedrock-mantle:${REGION}:${ACCOUNT}:project/default`, 'bedrock-mantle'],
    ['calls Mantle with an API key (bearer token)', 'Denied', 'bedrock-mantle:CallWithBearerToken', '*', 'bedrock-mantle'],
    ['uploads a Mantle fine-tuning file (not a default action)', 'Denied', 'bedrock-mantle:CreateFile', `arn:aws:bedrock-mantle:${REGION}:${ACCOUNT}:project/default`, 'bedrock-mantle'],
    ['invokes an AgentCore runtime with SigV4', 'Allowed', 'bedrock-agentcore:InvokeAgentRuntime', `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/support-agent-a1b2c3`, 'bedrock-agentcore'],
    ['invokes a model through the AgentCore endpoint (another service\'s action)', 'Denied', 'bedrock:InvokeModel', `arn:aws:bedrock:${REGION}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0`, 'bedrock-agentcore'],
  ] as const).map(([does, expected, action, resource, service]): Case => ({
    name: `a principal of our account ${does} through the ${service} endpoint`,
    expected,
    principal: INFERENCE_SERVICE,
    action,
    resource,
    endpoint: `bedrock-endpoints/${service}`,
  })),

  // iam:PassRole (submitter policy).
  {
    name: 'the job submitter passes the customization role to Bedrock',
    expected: 'Allowed',
    principal: SUBMITTER,
    action: 'iam:PassRole',
    resource: IDS.customizationRole,
    context: { 'iam:PassedToService': 'bedrock.amazonaws.com' },
  },
  {
    name: 'the job submitter passes the customization role to another service',
    expected: 'Denied',
    principal: SUBMITTER,
    action: 'iam:PassRole',
    resource: IDS.customizationRole,
    context: { 'iam:PassedToService': 'ec2.amazonaws.com' },
  },
  {
    name: 'the job submitter passes an unrelated role to Bedrock',
    expected: 'Denied',
    principal: SUBMITTER,
    action: 'iam:PassRole',
    resource: role('Admin'),
    context: { 'iam:PassedToService': 'bedrock.amazonaws.com' },
  },

  // Batch role model scope.
  {
    name: 'batch role invokes its configured model',
    expected: 'Allowed',
    principal: IDS.batchRole,
    action: 'bedrock:InvokeModel',
    resource: `arn:aws:bedrock:${REGION}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0`,
  },
  {
    name: 'batch role invokes an unlisted model',
    expected: 'Denied',
    principal: IDS.batchRole,
    action: 'bedrock:InvokeModel',
    resource: `arn:aws:bedrock:${REGION}::foundation-model/amazon.titan-text-express-v1`,
  },

  // Trust policies: confused-deputy conditions.
  {
    name: 'Bedrock assumes the customization role for one of our jobs',
    expected: 'Allowed',
    principal: 'bedrock.amazonaws.com',
    action: 'sts:AssumeRole',
    resource: IDS.customizationRole,
    context: { 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': CUSTOMIZATION_JOB },
    resourcePolicy: { path: 'jobs/customization-role/role', attribute: 'assume_role_policy' },
  },
  {
    name: 'Bedrock assumes the customization role for another account\'s job (confused deputy)',
    expected: 'Denied',
    principal: 'bedrock.amazonaws.com',
    action: 'sts:AssumeRole',
    resource: IDS.customizationRole,
    context: { 'aws:SourceAccount': OTHER_ACCOUNT, 'aws:SourceArn': `arn:aws:bedrock:${REGION}:${OTHER_ACCOUNT}:model-customization-job/x` },
    resourcePolicy: { path: 'jobs/customization-role/role', attribute: 'assume_role_policy' },
  },
  {
    name: 'Bedrock assumes the customization role for a batch job (wrong job type)',
    expected: 'Denied',
    principal: 'bedrock.amazonaws.com',
    action: 'sts:AssumeRole',
    resource: IDS.customizationRole,
    context: { 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': INVOCATION_JOB },
    resourcePolicy: { path: 'jobs/customization-role/role', attribute: 'assume_role_policy' },
  },
];

describe('VPC data boundary (iam-simulate on the synthesized policies)', () => {
  it('has a matrix of at least 25 requests', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  itDecides(CASES, () => policies, identity);
});
