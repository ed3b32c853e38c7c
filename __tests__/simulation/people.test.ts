import { ACCOUNT, BREAK_GLASS, IDS, MACIE_ROLE, OTHER_ACCOUNT, PEOPLE, PROTECTED, REGION, type SynthesizedPolicies, synthesizePolicies } from './support/synthesized-policies';
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
const BUCKET_LEVEL = new Set([
  's3:ListBucket',
  's3:ListBucketVersions',
  's3:GetBucketPolicy',
  's3:PutBucketPolicy',
  's3:DeleteBucketPolicy',
  's3:GetBucketVersioning',
  's3:PutBucketVersioning',
  's3:PutReplicationConfiguration',
  's3:GetLifecycleConfiguration',
  's3:PutLifecycleConfiguration',
  's3:GetEncryptionConfiguration',
  's3:PutEncryptionConfiguration',
  's3:GetReplicationConfiguration',
  's3:GetBucketTagging',
  's3:GetBucketPublicAccessBlock',
  's3:PutBucketPublicAccessBlock',
  's3:PutBucketNotification',
  's3:GetBucketObjectLockConfiguration',
  's3:PutBucketObjectLockConfiguration',
  's3:GetBucketLogging',
  's3:GetBucketOwnershipControls',
  's3:PutBucketOwnershipControls',
  's3:PutInventoryConfiguration',
]);
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

/** The invocation log bucket: only log readers read it. */
const LOG_BUCKET = `arn:aws:s3:::bedrock-sim-invocation-logs-${ACCOUNT}-${REGION}`;
function logs(name: string, expected: Expected, principal: string, action: string, from: Where, context: Record<string, string> = {}): Case {
  return {
    name,
    expected,
    principal,
    action,
    resource: BUCKET_LEVEL.has(action) ? LOG_BUCKET : `${LOG_BUCKET}/invocation-logs/AWSLogs/${ACCOUNT}/BedrockModelInvocationLogs/x.json.gz`,
    from,
    context,
    resourcePolicy: { path: 'invocation-logging/bucket/policy' },
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
    case ADMIN:
    case PEOPLE.logReader:
    case BREAK_GLASS:
      // Terraform's role, the account's administrators and the log reader hold every right of these services:
      // only the resource and organization policies can hold them back.
      return [{ name: 'administrator', policy: allowEverythingIn('s3', 'kms', 'ec2', 'iam', 'bedrock', 'logs') }];
    case PEOPLE.planner:
      // A CI plan role with AWS's ReadOnlyAccess (reads of every kind, objects included): the bucket policies must hold it to configuration.
      return [{ name: 'read-only', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*', 'kms:Describe*', 'kms:Get*', 'kms:List*', 'logs:Get*', 'logs:FilterLogEvents', 'logs:StartQuery'], Resource: '*' }] } }];
    case MACIE_ROLE:
      // Macie's service-linked role policy reads objects and bucket metadata everywhere.
      return [{ name: 'AmazonMacieServiceRolePolicy', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket', 's3:GetBucket*', 'kms:Decrypt'], Resource: '*' }] } }];
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

const ADMIN = `arn:aws:iam::${ACCOUNT}:role/AccountAdmin`;
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
  s3('steward stages training data from a declared egress CIDR', 'Allowed', STEWARD, 's3:PutObject', 'training', 'origin'),
  s3('steward stages validation data from a declared egress CIDR', 'Allowed', STEWARD, 's3:PutObject', 'validation', 'origin'),
  s3('steward stages batch input through the declared transfer network endpoint', 'Allowed', STEWARD, 's3:PutObject', 'batch-input', 'transfer'),
  s3('steward lists the training bucket to check an upload', 'Allowed', STEWARD, 's3:ListBucket', 'training', 'origin'),
  s3('steward collects customization output from a declared egress CIDR', 'Allowed', STEWARD, 's3:GetObject', 'custom-output', 'origin'),
  s3('steward collects batch output through the declared transfer network endpoint', 'Allowed', STEWARD, 's3:GetObject', 'batch-output', 'transfer'),
  s3('steward stages training data from any other IP', 'Denied', STEWARD, 's3:PutObject', 'training', 'internet'),
  s3('steward collects batch output from any other IP', 'Denied', STEWARD, 's3:GetObject', 'batch-output', 'internet'),
  s3('steward stages training data through our own VPC (no compute there; not a declared origin)', 'Denied', STEWARD, 's3:PutObject', 'training', 'vpc'),
  kms('S3 generates a data key for the steward\'s upload', 'Allowed', STEWARD, 'kms:GenerateDataKey', 'data', THROUGH_S3),
  kms('S3 decrypts for the steward\'s download', 'Allowed', STEWARD, 'kms:Decrypt', 'data', THROUGH_S3),
  s3('steward writes into the customization output bucket (outputs are the jobs\')', 'Denied', STEWARD, 's3:PutObject', 'custom-output', 'origin'),
  s3('steward writes into the batch output bucket', 'Denied', STEWARD, 's3:PutObject', 'batch-output', 'origin'),
  s3('steward reads training data back', 'Denied', STEWARD, 's3:GetObject', 'training', 'origin'),
  s3('steward deletes training data', 'Denied', STEWARD, 's3:DeleteObject', 'training', 'origin'),
  s3('steward reads an old version of batch output', 'Denied', STEWARD, 's3:GetObjectVersion', 'batch-output', 'origin'),
  s3('steward stages training data over plain HTTP', 'Denied', STEWARD, 's3:PutObject', 'training', 'origin', { 'aws:SecureTransport': 'false' }),
  kms('steward decrypts with the data key directly, not through S3', 'Denied', STEWARD, 'kms:Decrypt', 'data', { 'kms:CallerAccount': ACCOUNT }),
  kms('steward uses the custom-model key', 'Denied', STEWARD, 'kms:Decrypt', 'custom-model', THROUGH_BEDROCK),
  s3('a same-named steward role of another account stages training data', 'Denied', `arn:aws:iam::${OTHER_ACCOUNT}:role/DataSteward`, 's3:PutObject', 'training', 'origin'),
  s3('steward sets a replication configuration on the batch output bucket (a copy channel past its task)', 'Denied', STEWARD, 's3:PutReplicationConfiguration', 'batch-output', 'origin'),
  s3('steward reads customization output for replication (collecting is GetObject only)', 'Denied', STEWARD, 's3:GetObjectVersionForReplication', 'custom-output', 'origin'),
  s3('steward writes a replica into the training bucket (staging is PutObject only)', 'Denied', STEWARD, 's3:ReplicateObject', 'training', 'origin'),
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
  s3('the steward stages training data from another VPC (not a declared origin)', 'Denied', STEWARD, 's3:PutObject', 'training', 'internet', OTHER_VPC),
  s3('the steward stages training data from the transfer network\'s VPC, through its declared endpoint', 'Allowed', STEWARD, 's3:PutObject', 'training', 'transfer'),
  s3('a principal of the account reads training data from another VPC', 'Denied', `arn:aws:iam::${ACCOUNT}:role/Analyst`, 's3:GetObject', 'training', 'internet', OTHER_VPC),
  s3('a job role reads training data from another VPC', 'Denied', IDS.customizationRole, 's3:GetObject', 'training', 'internet', OTHER_VPC),
];

const PLANNER = PEOPLE.planner;
/** What `terraform plan` refreshes on a bucket (the AWS provider's reads of aws_s3_bucket and its satellites). */
const REFRESH = [
  's3:ListBucket',
  's3:GetBucketPolicy',
  's3:GetBucketVersioning',
  's3:GetLifecycleConfiguration',
  's3:GetEncryptionConfiguration',
  's3:GetReplicationConfiguration',
  's3:GetBucketTagging',
  's3:GetBucketPublicAccessBlock',
  's3:GetBucketObjectLockConfiguration',
  's3:GetBucketLogging',
  's3:GetBucketOwnershipControls',
] as const;

const PLANNER_JOURNEY: Case[] = [
  ...REFRESH.map((action) => s3(`planner refreshes the training bucket from the internet (${action})`, 'Allowed', PLANNER, action, 'training', 'internet')),
  s3('planner refreshes the batch output bucket\'s policy', 'Allowed', PLANNER, 's3:GetBucketPolicy', 'batch-output', 'internet'),
  logs('planner lists the invocation log bucket (its refresh)', 'Allowed', PLANNER, 's3:ListBucket', 'internet'),
  kms('planner describes the data key', 'Allowed', PLANNER, 'kms:DescribeKey', 'data'),
  kms('planner reads the data key policy', 'Allowed', PLANNER, 'kms:GetKeyPolicy', 'data'),
  kms('planner reads the custom-model key rotation status', 'Allowed', PLANNER, 'kms:GetKeyRotationStatus', 'custom-model'),
  kms('planner lists the data key\'s tags', 'Allowed', PLANNER, 'kms:ListResourceTags', 'data'),
  s3('planner reads training data', 'Denied', PLANNER, 's3:GetObject', 'training', 'internet'),
  s3('planner reads training data from inside the VPC', 'Denied', PLANNER, 's3:GetObject', 'training', 'vpc'),
  s3('planner writes batch input', 'Denied', PLANNER, 's3:PutObject', 'batch-input', 'internet'),
  s3('planner reads an old version of customization output', 'Denied', PLANNER, 's3:GetObjectVersion', 'custom-output', 'internet'),
  s3('planner changes the training bucket\'s lifecycle', 'Denied', PLANNER, 's3:PutLifecycleConfiguration', 'training', 'internet'),
  s3('planner replaces a bucket policy', 'Denied', PLANNER, 's3:PutBucketPolicy', 'training', 'internet'),
  logs('planner reads an invocation log', 'Denied', PLANNER, 's3:GetObject', 'internet'),
  kms('planner decrypts with the data key directly', 'Denied', PLANNER, 'kms:Decrypt', 'data', { 'kms:CallerAccount': ACCOUNT }),
];

const LOG_READER = PEOPLE.logReader;
const LOG_READER_JOURNEY: Case[] = [
  logs('log reader reads an invocation log through the gateway endpoint', 'Allowed', LOG_READER, 's3:GetObject', 'vpc'),
  logs('log reader reads an invocation log from a declared egress CIDR', 'Allowed', LOG_READER, 's3:GetObject', 'origin'),
  logs('log reader lists the invocation log bucket from a declared egress CIDR', 'Allowed', LOG_READER, 's3:ListBucket', 'origin'),
  logs('log reader reads an invocation log from any other IP', 'Denied', LOG_READER, 's3:GetObject', 'internet'),
  logs('log reader writes into the invocation log bucket', 'Denied', LOG_READER, 's3:PutObject', 'origin'),
  logs('log reader deletes an invocation log', 'Denied', LOG_READER, 's3:DeleteObject', 'vpc'),
  logs('an admin reads an invocation log through the gateway endpoint', 'Denied', ADMIN, 's3:GetObject', 'vpc'),
  logs('an admin reads an old version of an invocation log from inside the VPC', 'Denied', ADMIN, 's3:GetObjectVersion', 'vpc'),
  logs('the deployer reads an invocation log', 'Denied', DEPLOYER, 's3:GetObject', 'vpc'),
  logs('the break-glass role reads an invocation log (no data exemption on this bucket)', 'Denied', BREAK_GLASS, 's3:GetObject', 'vpc'),
];

/** Configuration is the deployers' (and break-glass's) alone, whatever an administrator's IAM says. */
const CONFIGURATION_JOURNEY: Case[] = [
  s3('deployer changes the training bucket\'s lifecycle', 'Allowed', DEPLOYER, 's3:PutLifecycleConfiguration', 'training', 'internet'),
  s3('deployer changes the batch output bucket\'s versioning', 'Allowed', DEPLOYER, 's3:PutBucketVersioning', 'batch-output', 'internet'),
  s3('break-glass changes the training bucket\'s lifecycle', 'Allowed', BREAK_GLASS, 's3:PutLifecycleConfiguration', 'training', 'internet'),
  ...(
    [
      's3:PutLifecycleConfiguration',
      's3:PutBucketVersioning',
      's3:PutBucketPolicy',
      's3:DeleteBucketPolicy',
      's3:PutEncryptionConfiguration',
      's3:PutBucketPublicAccessBlock',
      's3:PutBucketOwnershipControls',
      's3:PutBucketNotification',
      's3:PutInventoryConfiguration',
      's3:PutBucketObjectLockConfiguration',
      's3:PutReplicationConfiguration',
    ] as const
  ).map((action) => s3(`an admin changes the training bucket's configuration (${action})`, 'Denied', ADMIN, action, 'training', 'vpc')),
  logs('an admin changes the invocation log bucket\'s lifecycle', 'Denied', ADMIN, 's3:PutLifecycleConfiguration', 'internet'),
  logs('the deployer changes the invocation log bucket\'s lifecycle', 'Allowed', DEPLOYER, 's3:PutLifecycleConfiguration', 'internet'),
];

/** Data keys refuse use except through S3 (kms:ViaService), break-glass aside; admins hold kms:* by IAM. */
const DATA_KEY_JOURNEY: Case[] = [
  kms('an admin decrypts with the data key directly', 'Denied', ADMIN, 'kms:Decrypt', 'data', { 'kms:CallerAccount': ACCOUNT }),
  kms('an admin generates a data key with the data key directly', 'Denied', ADMIN, 'kms:GenerateDataKey', 'data', { 'kms:CallerAccount': ACCOUNT }),
  kms('an admin re-encrypts from the data key through another service', 'Denied', ADMIN, 'kms:ReEncryptFrom', 'data', { 'kms:CallerAccount': ACCOUNT, 'kms:ViaService': `ec2.${REGION}.amazonaws.com` }),
  kms('the deployer decrypts with the data key directly', 'Denied', DEPLOYER, 'kms:Decrypt', 'data', { 'kms:CallerAccount': ACCOUNT }),
  kms('break-glass decrypts with the data key directly', 'Allowed', BREAK_GLASS, 'kms:Decrypt', 'data', { 'kms:CallerAccount': ACCOUNT }),
  kms('the customization role decrypts through S3', 'Allowed', IDS.customizationRole, 'kms:Decrypt', 'data', THROUGH_S3),
];

/** Service roles are admitted by name, to the buckets config names, to read only. */
const SERVICE_ROLE_JOURNEY: Case[] = [
  s3('Macie\'s service-linked role reads training data for sensitive-data discovery', 'Allowed', MACIE_ROLE, 's3:GetObject', 'training', 'internet'),
  s3('Macie\'s service-linked role lists the training bucket', 'Allowed', MACIE_ROLE, 's3:ListBucket', 'training', 'internet'),
  kms('S3 decrypts for Macie\'s read', 'Allowed', MACIE_ROLE, 'kms:Decrypt', 'data', THROUGH_S3),
  s3('Macie\'s service-linked role reads batch output (not named for it)', 'Denied', MACIE_ROLE, 's3:GetObject', 'batch-output', 'internet'),
  s3('Macie\'s service-linked role writes training data', 'Denied', MACIE_ROLE, 's3:PutObject', 'training', 'internet'),
  s3('another service-linked role reads training data', 'Denied', `arn:aws:iam::${ACCOUNT}:role/aws-service-role/other.amazonaws.com/AWSServiceRoleForOther`, 's3:GetObject', 'training', 'internet'),
];

describe('people: each does their job and nothing more (iam-simulate)', () => {
  describe('planner', () => itDecides(PLANNER_JOURNEY, () => kept, identity));
  describe('log reader', () => itDecides(LOG_READER_JOURNEY, () => torn, identity));
  describe('bucket configuration', () => itDecides(CONFIGURATION_JOURNEY, () => kept, identity));
  describe('data key', () => itDecides(DATA_KEY_JOURNEY, () => torn, identity));
  describe('admitted service roles', () => itDecides(SERVICE_ROLE_JOURNEY, () => torn, identity));
  describe('deployer (a torn-down environment: buckets.forceDestroy)', () => itDecides(DEPLOYER_JOURNEY, () => torn, identity));
  describe('deployer (a kept environment)', () => itDecides([...DEPLOYER_PROTECTED, deployerRefreshes[2]], () => kept, identity));
  describe('data steward', () => itDecides(STEWARD_JOURNEY, () => torn, identity));
  describe('job submitter', () => itDecides(SUBMITTER_JOURNEY, () => torn, identity));
  describe('model invoker', () => itDecides(INVOKER_JOURNEY, () => torn, identity));
  describe('key administrator', () => itDecides(KEY_ADMIN_JOURNEY, () => torn, identity));
  describe('any principal from another VPC', () => itDecides(ANY_OTHER_VPC, () => torn, identity));
});
