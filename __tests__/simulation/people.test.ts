import { ACCOUNT, IDS, OTHER_ACCOUNT, PEOPLE, PROTECTED, REGION, type SynthesizedPolicies, synthesizePolicies } from './support/synthesized-policies';
import { type Case, type IdentityOf, type Where, allowEverythingIn, itDecides } from './support/cases';
import type { Expected } from './support/simulate';

/**
 * One journey per person who runs the platform (config `people`): every step of their job is allowed, and
 * each step's denied neighbours are denied, on the synthesized bucket, key and identity policies.
 * Stewards and submitters carry no identity policy of ours for S3 and KMS: the resource policies alone
 * must let them work. The deployer carries an administrator's rights: the resource policies alone must
 * keep it out of the data.
 */

const PURPOSE = { training: 'training', validation: 'validation', 'custom-output': 'customizationOutput', 'batch-input': 'batchInput', 'batch-output': 'batchOutput' } as const;
type Slug = keyof typeof PURPOSE;
const bucketArn = (slug: Slug) => `arn:aws:s3:::bedrock-sim-${slug}-${ACCOUNT}-${REGION}`;
/** Bucket-level actions authorize on the bucket ARN, object actions on an object ARN. */
const BUCKET_LEVEL = new Set(['s3:ListBucket', 's3:ListBucketVersions', 's3:GetBucketPolicy', 's3:PutBucketPolicy', 's3:GetBucketVersioning', 's3:PutReplicationConfiguration']);
const THROUGH_S3 = { 'kms:ViaService': `s3.${REGION}.amazonaws.com`, 'kms:CallerAccount': ACCOUNT };
const THROUGH_BEDROCK = { 'kms:ViaService': `bedrock.${REGION}.amazonaws.com`, 'kms:CallerAccount': ACCOUNT };

function s3(name: string, expected: Expected, principal: string, action: string, slug: Slug, from: Where, context: Record<string, string> = {}): Case {
  return {
    name,
    expected,
    principal,
    action,
    resource: BUCKET_LEVEL.has(action) ? bucketArn(slug) : `${bucketArn(slug)}/staging/train.jsonl`,
    from,
    context,
    resourcePolicy: { path: `data/bucket-${PURPOSE[slug]}/policy` },
  };
}

const KEYS = {
  data: { arn: IDS.dataKey, path: 'data/data-key/key' },
  'custom-model': { arn: IDS.customModelKey, path: 'data/custom-model-key/key' },
  'invocation-log': { arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/3333cccc-0000-4000-8000-0000000010a9`, path: 'invocation-logging/key/key' },
} as const;

function kms(name: string, expected: Expected, principal: string, action: string, key: keyof typeof KEYS, context: Record<string, string> = {}): Case {
  return { name, expected, principal, action, resource: KEYS[key].arn, context, resourcePolicy: { path: KEYS[key].path } };
}

let torn: SynthesizedPolicies;
let kept: SynthesizedPolicies;
beforeAll(() => {
  torn = synthesizePolicies();
  kept = synthesizePolicies(PROTECTED);
});

/** What each person carries besides our resource policies. */
const identity: IdentityOf = (principal, policies) => {
  switch (principal) {
    case PEOPLE.deployer:
      // Terraform's role is an administrator of the account: only resource policies can hold it back.
      return [{ name: 'administrator', policy: allowEverythingIn('s3', 'kms', 'ec2', 'iam', 'bedrock', 'logs') }];
    case PEOPLE.submitter:
      return [{ name: 'submitter', policy: policies.at('jobs/submitter-policy') }];
    case PEOPLE.invoker:
      return [{ name: 'invoke', policy: allowEverythingIn('bedrock') }];
    case IDS.customizationRole:
      return [{ name: 'data-access', policy: policies.at('jobs/customization-role/data-access') }];
    default:
      return [];
  }
};

const DEPLOYER = PEOPLE.deployer;
const STEWARD = PEOPLE.steward;
const SUBMITTER = PEOPLE.submitter;
const INVOKER = PEOPLE.invoker;
const OTHER_VPC = { 'aws:SourceVpc': 'vpc-0other0000000001', 'aws:SourceVpce': 'vpce-0other00000001' };

const deployerRefreshes = (Object.keys(PURPOSE) as Slug[]).map((slug) =>
  s3(`deployer refreshes the ${slug} bucket from outside the VPC (the provider's HeadBucket needs s3:ListBucket)`, 'Allowed', DEPLOYER, 's3:ListBucket', slug, 'internet'),
);

const DEPLOYER_JOURNEY: Case[] = [
  ...deployerRefreshes,
  s3('deployer reads the bucket policy from outside the VPC', 'Allowed', DEPLOYER, 's3:GetBucketPolicy', 'training', 'internet'),
  s3('deployer replaces the bucket policy from outside the VPC', 'Allowed', DEPLOYER, 's3:PutBucketPolicy', 'batch-output', 'internet'),
  s3('deployer reads training data from outside the VPC', 'Denied', DEPLOYER, 's3:GetObject', 'training', 'internet'),
  s3('deployer reads customization output from inside the VPC (a deployer reads no object data anywhere)', 'Denied', DEPLOYER, 's3:GetObject', 'custom-output', 'vpc'),
  s3('deployer reads an old version of batch output', 'Denied', DEPLOYER, 's3:GetObjectVersion', 'batch-output', 'internet'),
  s3('deployer writes an object into batch input', 'Denied', DEPLOYER, 's3:PutObject', 'batch-input', 'internet'),
  s3('deployer lists object versions to empty a dev bucket (force_destroy)', 'Allowed', DEPLOYER, 's3:ListBucketVersions', 'training', 'internet'),
  s3('deployer deletes object versions to empty a dev bucket (force_destroy)', 'Allowed', DEPLOYER, 's3:DeleteObjectVersion', 'custom-output', 'internet'),
  kms('deployer updates the data key policy', 'Allowed', DEPLOYER, 'kms:PutKeyPolicy', 'data'),
  s3('deployer sets a replication configuration on the batch output bucket (the platform never replicates)', 'Denied', DEPLOYER, 's3:PutReplicationConfiguration', 'batch-output', 'internet'),
  s3('deployer reads a training object version for replication', 'Denied', DEPLOYER, 's3:GetObjectVersionForReplication', 'training', 'internet'),
  s3('deployer writes a replica into batch input', 'Denied', DEPLOYER, 's3:ReplicateObject', 'batch-input', 'internet'),
];

const DEPLOYER_PROTECTED: Case[] = [
  s3('deployer still refreshes a kept environment\'s training bucket', 'Allowed', DEPLOYER, 's3:ListBucket', 'training', 'internet'),
  s3('deployer deletes object versions in a kept environment (no force_destroy)', 'Denied', DEPLOYER, 's3:DeleteObjectVersion', 'custom-output', 'internet'),
  s3('deployer lists object versions in a kept environment', 'Denied', DEPLOYER, 's3:ListBucketVersions', 'training', 'internet'),
];

const STEWARD_JOURNEY: Case[] = [
  s3('steward stages training data from outside the VPC', 'Allowed', STEWARD, 's3:PutObject', 'training', 'internet'),
  s3('steward stages validation data from outside the VPC', 'Allowed', STEWARD, 's3:PutObject', 'validation', 'internet'),
  s3('steward stages batch input from outside the VPC', 'Allowed', STEWARD, 's3:PutObject', 'batch-input', 'internet'),
  s3('steward lists the training bucket to check an upload', 'Allowed', STEWARD, 's3:ListBucket', 'training', 'internet'),
  s3('steward collects customization output from outside the VPC', 'Allowed', STEWARD, 's3:GetObject', 'custom-output', 'internet'),
  s3('steward collects batch output from outside the VPC', 'Allowed', STEWARD, 's3:GetObject', 'batch-output', 'internet'),
  kms('S3 generates a data key for the steward\'s upload', 'Allowed', STEWARD, 'kms:GenerateDataKey', 'data', THROUGH_S3),
  kms('S3 decrypts for the steward\'s download', 'Allowed', STEWARD, 'kms:Decrypt', 'data', THROUGH_S3),
  s3('steward writes into the customization output bucket (outputs are the jobs\')', 'Denied', STEWARD, 's3:PutObject', 'custom-output', 'internet'),
  s3('steward writes into the batch output bucket', 'Denied', STEWARD, 's3:PutObject', 'batch-output', 'internet'),
  s3('steward reads training data back', 'Denied', STEWARD, 's3:GetObject', 'training', 'internet'),
  s3('steward deletes training data', 'Denied', STEWARD, 's3:DeleteObject', 'training', 'internet'),
  s3('steward reads an old version of batch output', 'Denied', STEWARD, 's3:GetObjectVersion', 'batch-output', 'internet'),
  s3('steward stages training data over plain HTTP', 'Denied', STEWARD, 's3:PutObject', 'training', 'internet', { 'aws:SecureTransport': 'false' }),
  kms('steward decrypts with the data key directly, not through S3', 'Denied', STEWARD, 'kms:Decrypt', 'data', { 'kms:CallerAccount': ACCOUNT }),
  kms('steward uses the custom-model key', 'Denied', STEWARD, 'kms:Decrypt', 'custom-model', THROUGH_BEDROCK),
  s3('a same-named steward role of another account stages training data', 'Denied', `arn:aws:iam::${OTHER_ACCOUNT}:role/DataSteward`, 's3:PutObject', 'training', 'internet'),
  s3('steward sets a replication configuration on the batch output bucket (a copy channel past its task)', 'Denied', STEWARD, 's3:PutReplicationConfiguration', 'batch-output', 'internet'),
  s3('steward reads customization output for replication (collecting is GetObject only)', 'Denied', STEWARD, 's3:GetObjectVersionForReplication', 'custom-output', 'internet'),
  s3('steward writes a replica into the training bucket (staging is PutObject only)', 'Denied', STEWARD, 's3:ReplicateObject', 'training', 'internet'),
];

const SUBMITTER_JOURNEY: Case[] = [
  {
    name: 'submitter creates a customization job',
    expected: 'Allowed',
    principal: SUBMITTER,
    action: 'bedrock:CreateModelCustomizationJob',
    resource: `arn:aws:bedrock:${REGION}:${ACCOUNT}:custom-model/support-assistant-v2`,
  },
  {
    name: 'submitter creates a batch inference job',
    expected: 'Allowed',
    principal: SUBMITTER,
    action: 'bedrock:CreateModelInvocationJob',
    resource: `arn:aws:bedrock:${REGION}:${ACCOUNT}:model-invocation-job/nightly-1`,
  },
  { name: 'submitter passes the customization role to Bedrock', expected: 'Allowed', principal: SUBMITTER, action: 'iam:PassRole', resource: IDS.customizationRole, context: { 'iam:PassedToService': 'bedrock.amazonaws.com' } },
  { name: 'submitter passes the batch role to Bedrock', expected: 'Allowed', principal: SUBMITTER, action: 'iam:PassRole', resource: IDS.batchRole, context: { 'iam:PassedToService': 'bedrock.amazonaws.com' } },
  kms('Bedrock creates the custom-model key grant as the submitter (seed 003 CloudTrail: invokedBy bedrock)', 'Allowed', SUBMITTER, 'kms:CreateGrant', 'custom-model', {
    ...THROUGH_BEDROCK,
    'kms:GrantIsForAWSResource': 'true',
  }),
  kms('Bedrock describes the custom-model key as the submitter', 'Allowed', SUBMITTER, 'kms:DescribeKey', 'custom-model', THROUGH_BEDROCK),
  kms('Bedrock generates a data key with the custom-model key as the submitter', 'Allowed', SUBMITTER, 'kms:GenerateDataKey', 'custom-model', THROUGH_BEDROCK),
  kms('submitter decrypts with the custom-model key directly', 'Denied', SUBMITTER, 'kms:Decrypt', 'custom-model', { 'kms:CallerAccount': ACCOUNT }),
  kms('submitter creates a grant on the custom-model key directly', 'Denied', SUBMITTER, 'kms:CreateGrant', 'custom-model', { 'kms:CallerAccount': ACCOUNT, 'kms:GrantIsForAWSResource': 'false' }),
  kms('submitter has Bedrock create a grant that is not for an AWS resource', 'Denied', SUBMITTER, 'kms:CreateGrant', 'custom-model', { ...THROUGH_BEDROCK, 'kms:GrantIsForAWSResource': 'false' }),
  { name: 'submitter passes another role to Bedrock', expected: 'Denied', principal: SUBMITTER, action: 'iam:PassRole', resource: `arn:aws:iam::${ACCOUNT}:role/Admin`, context: { 'iam:PassedToService': 'bedrock.amazonaws.com' } },
  { name: 'submitter passes the customization role to EC2', expected: 'Denied', principal: SUBMITTER, action: 'iam:PassRole', resource: IDS.customizationRole, context: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
  s3('submitter reads training data', 'Denied', SUBMITTER, 's3:GetObject', 'training', 'internet'),
];

const INVOKER_JOURNEY: Case[] = [
  kms('invoker decrypts a custom model through Bedrock', 'Allowed', INVOKER, 'kms:Decrypt', 'custom-model', THROUGH_BEDROCK),
  {
    name: 'invoker invokes a model through the runtime endpoint',
    expected: 'Allowed',
    principal: INVOKER,
    action: 'bedrock:InvokeModel',
    resource: `arn:aws:bedrock:${REGION}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0`,
    endpoint: 'bedrock-endpoints/bedrock-runtime',
  },
  kms('invoker decrypts with the custom-model key directly', 'Denied', INVOKER, 'kms:Decrypt', 'custom-model', { 'kms:CallerAccount': ACCOUNT }),
  kms('invoker generates a data key with the custom-model key (decrypt only)', 'Denied', INVOKER, 'kms:GenerateDataKey', 'custom-model', THROUGH_BEDROCK),
  s3('invoker reads batch output', 'Denied', INVOKER, 's3:GetObject', 'batch-output', 'internet'),
];

/**
 * Key administrators carry no identity policy here: what the key policies alone give them. They cannot use
 * a key or create a grant as the policies are written, but they hold kms:PutKeyPolicy, and a policy they
 * rewrite can grant them anything. That escalation path is real and proven here, not hidden: it is a
 * CloudTrail-recorded call, drift in the next plan, and on the invocation-log key the organization SCP
 * denies it (organization-guardrails.test.ts; help/data-protection.md).
 */
const KEY_ADMIN_JOURNEY: Case[] = [
  kms('key administrator schedules the custom-model key for deletion', 'Allowed', PEOPLE.keyAdmin, 'kms:ScheduleKeyDeletion', 'custom-model'),
  kms('key administrator grants itself use of the custom-model key', 'Denied', PEOPLE.keyAdmin, 'kms:CreateGrant', 'custom-model', { 'kms:GrantIsForAWSResource': 'false' }),
  kms('key administrator has Bedrock create a custom-model key grant for an AWS resource', 'Denied', PEOPLE.keyAdmin, 'kms:CreateGrant', 'custom-model', {
    ...THROUGH_BEDROCK,
    'kms:GrantIsForAWSResource': 'true',
  }),
  kms('key administrator decrypts with the data key', 'Denied', PEOPLE.keyAdmin, 'kms:Decrypt', 'data', THROUGH_S3),
  kms('key administrator decrypts a custom model through Bedrock', 'Denied', PEOPLE.keyAdmin, 'kms:Decrypt', 'custom-model', THROUGH_BEDROCK),
  kms('key administrator decrypts with the custom-model key directly', 'Denied', PEOPLE.keyAdmin, 'kms:Decrypt', 'custom-model', { 'kms:CallerAccount': ACCOUNT }),
  kms('key administrator generates a data key with the invocation-log key', 'Denied', PEOPLE.keyAdmin, 'kms:GenerateDataKey', 'invocation-log', { 'kms:CallerAccount': ACCOUNT }),
  kms('key administrator rewrites the custom-model key policy (the escalation path to its use: PutKeyPolicy, which CloudTrail records)', 'Allowed', PEOPLE.keyAdmin, 'kms:PutKeyPolicy', 'custom-model'),
  kms('key administrator rewrites the data key policy (no SCP guards this key)', 'Allowed', PEOPLE.keyAdmin, 'kms:PutKeyPolicy', 'data'),
  kms('key administrator rewrites the invocation-log key policy (allowed by the key policy; the organization SCP denies it)', 'Allowed', PEOPLE.keyAdmin, 'kms:PutKeyPolicy', 'invocation-log'),
];

const ANY_OTHER_VPC: Case[] = [
  s3('the steward stages training data from another VPC (a steward\'s task holds from anywhere, over TLS)', 'Allowed', STEWARD, 's3:PutObject', 'training', 'internet', OTHER_VPC),
  s3('a principal of the account reads training data from another VPC', 'Denied', `arn:aws:iam::${ACCOUNT}:role/Analyst`, 's3:GetObject', 'training', 'internet', OTHER_VPC),
  s3('a job role reads training data from another VPC', 'Denied', IDS.customizationRole, 's3:GetObject', 'training', 'internet', OTHER_VPC),
];

describe('people: each does their job and nothing more (iam-simulate)', () => {
  describe('deployer (a torn-down environment: buckets.forceDestroy)', () => itDecides(DEPLOYER_JOURNEY, () => torn, identity));
  describe('deployer (a kept environment)', () => itDecides([...DEPLOYER_PROTECTED, deployerRefreshes[2]], () => kept, identity));
  describe('data steward', () => itDecides(STEWARD_JOURNEY, () => torn, identity));
  describe('job submitter', () => itDecides(SUBMITTER_JOURNEY, () => torn, identity));
  describe('model invoker', () => itDecides(INVOKER_JOURNEY, () => torn, identity));
  describe('key administrator', () => itDecides(KEY_ADMIN_JOURNEY, () => torn, identity));
  describe('any principal from another VPC', () => itDecides(ANY_OTHER_VPC, () => torn, identity));
});
