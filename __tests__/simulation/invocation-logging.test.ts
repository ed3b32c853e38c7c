import { ACCOUNT, BREAK_GLASS, OTHER_ACCOUNT, PEOPLE, REGION, SynthesizedPolicies, synthesizePolicies } from './support/synthesized-policies';
import { type Case, type IdentityOf, type Where, allowEverythingIn, itDecides } from './support/cases';
import type { Expected } from './support/simulate';

/**
 * Model invocation log delivery, proven on the synthesized policies with iam-simulate: Bedrock can
 * deliver (S3 PutObject, KMS GenerateDataKey, AssumeRole, CreateLogStream/PutLogEvents on the
 * documented stream), and nobody reads the log bucket from outside the VPC. Each allowed row has denied
 * neighbours: another account as the source, another stream or group, Decrypt, another prefix.
 *
 * Harness caveats (iam-simulate does not derive them; help/organization-guardrails.md lists them):
 * service-principal requests pass aws:PrincipalIsAWSService, aws:SourceAccount and aws:SourceArn
 * explicitly and no SCPs (AWS never applies SCPs to service principals); IAM principals pass
 * aws:PrincipalArn and aws:PrincipalAccount.
 */

const BUCKET = `bedrock-sim-invocation-logs-${ACCOUNT}-${REGION}`;
const LOG_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/3333cccc-0000-4000-8000-0000000010gs`;
const LOG_GROUP = '/aws/bedrock/model-invocations/bedrock-sim';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/bedrock-sim-invocation-logging`;
const ROLE_SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/bedrock-sim-invocation-logging/BedrockModelInvocationLogging`;
const stream = (group: string, name: string) => `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${group}:log-stream:${name}`;
const logObject = (key = `invocation-logs/AWSLogs/${ACCOUNT}/BedrockModelInvocationLogs/${REGION}/2026/01/01/00/20260101T0000Z_a1b2.json.gz`) => `arn:aws:s3:::${BUCKET}/${key}`;
const ANALYST = `arn:aws:iam::${ACCOUNT}:role/SecurityAnalyst`;

/** Bedrock acting as a service principal for one account's resources in this region. */
const bedrockFor = (account: string) => ({
  'aws:PrincipalIsAWSService': 'true',
  'aws:PrincipalServiceName': 'bedrock.amazonaws.com',
  'aws:SourceAccount': account,
  'aws:SourceArn': `arn:aws:bedrock:${REGION}:${account}:*`,
});

const serviceWrite = (name: string, expected: Expected, account: string, key?: string): Case => ({
  name,
  expected,
  principal: 'bedrock.amazonaws.com',
  action: 's3:PutObject',
  resource: logObject(key),
  context: bedrockFor(account),
  resourcePolicy: { path: 'invocation-logging/bucket/policy' },
});

const keyUse = (name: string, expected: Expected, action: string, account: string): Case => ({
  name,
  expected,
  principal: 'bedrock.amazonaws.com',
  action,
  resource: LOG_KEY,
  context: bedrockFor(account),
  resourcePolicy: { path: 'invocation-logging/key/key' },
});

const roleWrite = (name: string, expected: Expected, action: string, resource: string): Case => ({
  name,
  expected,
  principal: ROLE_SESSION,
  action,
  resource,
  context: { 'aws:PrincipalArn': ROLE, 'aws:PrincipalAccount': ACCOUNT },
});

const read = (name: string, expected: Expected, principal: string, action: string, from: Where, resource = logObject()): Case => ({
  name,
  expected,
  principal,
  action,
  resource,
  from,
  resourcePolicy: { path: 'invocation-logging/bucket/policy' },
});

const CASES: Case[] = [
  // S3 delivery: AWS's AmazonBedrockLogsWrite, past the VPC-only deny (AWS services carved out).
  serviceWrite('Bedrock delivers an invocation log object for this account', 'Allowed', ACCOUNT),
  serviceWrite('Bedrock delivers CloudWatch large-data overflow into the bucket', 'Allowed', ACCOUNT, 'cloudwatch-large-data/AWSLogs/x/y.json.gz'),
  serviceWrite('Bedrock delivers on behalf of another account (confused deputy)', 'Denied', OTHER_ACCOUNT),
  serviceWrite('Bedrock writes outside the documented log prefixes', 'Denied', ACCOUNT, 'training/loot.jsonl'),
  serviceWrite('Bedrock writes another account\'s AWSLogs folder', 'Denied', ACCOUNT, `invocation-logs/AWSLogs/${OTHER_ACCOUNT}/BedrockModelInvocationLogs/x.json.gz`),

  // SSE-KMS on the log bucket's own key.
  keyUse('Bedrock generates a data key with the log key for this account', 'Allowed', 'kms:GenerateDataKey', ACCOUNT),
  keyUse('Bedrock generates a data key for another account\'s logs', 'Denied', 'kms:GenerateDataKey', OTHER_ACCOUNT),
  keyUse('Bedrock decrypts with the log key (delivery never needs to)', 'Denied', 'kms:Decrypt', ACCOUNT),

  // CloudWatch Logs delivery: the role's trust and its one stream.
  {
    name: 'Bedrock assumes the delivery role for this account',
    expected: 'Allowed',
    principal: 'bedrock.amazonaws.com',
    action: 'sts:AssumeRole',
    resource: ROLE,
    context: bedrockFor(ACCOUNT),
    resourcePolicy: { path: 'invocation-logging/delivery-role', attribute: 'assume_role_policy' },
  },
  {
    name: 'Bedrock assumes the delivery role for another account (confused deputy)',
    expected: 'Denied',
    principal: 'bedrock.amazonaws.com',
    action: 'sts:AssumeRole',
    resource: ROLE,
    context: bedrockFor(OTHER_ACCOUNT),
    resourcePolicy: { path: 'invocation-logging/delivery-role', attribute: 'assume_role_policy' },
  },
  roleWrite('the delivery role creates the documented stream', 'Allowed', 'logs:CreateLogStream', stream(LOG_GROUP, 'aws/bedrock/modelinvocations')),
  roleWrite('the delivery role puts events on the documented stream', 'Allowed', 'logs:PutLogEvents', stream(LOG_GROUP, 'aws/bedrock/modelinvocations')),
  roleWrite('the delivery role puts events on another stream of the group', 'Denied', 'logs:PutLogEvents', stream(LOG_GROUP, 'forged')),
  roleWrite('the delivery role puts events into the VPC flow-log group', 'Denied', 'logs:PutLogEvents', stream('/aws/vpc-flow-logs/bedrock-sim', 'aws/bedrock/modelinvocations')),
  roleWrite('the delivery role deletes its log group', 'Denied', 'logs:DeleteLogGroup', `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}`),

  // Readers: inside the VPC only (the bucket policy), through the gateway endpoint (read-only).
  read('an analyst with S3 and KMS rights reads a log object from inside the VPC (only log readers read logs)', 'Denied', ANALYST, 's3:GetObject', 'vpc'),
  read('the log reader, with S3 and KMS rights, reads a log object from inside the VPC', 'Allowed', PEOPLE.logReader, 's3:GetObject', 'vpc'),
  read('an analyst lists the log bucket from inside the VPC', 'Allowed', ANALYST, 's3:ListBucket', 'vpc', `arn:aws:s3:::${BUCKET}`),
  read('an analyst reads a log object from outside the VPC', 'Denied', ANALYST, 's3:GetObject', 'internet'),
  read('an analyst reads an old version of a log object from outside the VPC', 'Denied', ANALYST, 's3:GetObjectVersion', 'internet'),
  read('an analyst lists the log bucket from outside the VPC', 'Denied', ANALYST, 's3:ListBucket', 'internet', `arn:aws:s3:::${BUCKET}`),
  read('the break-glass principal reads logs from outside the VPC (no exemption on logs)', 'Denied', BREAK_GLASS, 's3:GetObject', 'internet'),
  read('a data steward reads logs from outside the VPC (stewards have no task here)', 'Denied', PEOPLE.steward, 's3:GetObject', 'internet'),
  read('the deployer lists the log bucket from outside the VPC (Terraform\'s refresh)', 'Allowed', PEOPLE.deployer, 's3:ListBucket', 'internet', `arn:aws:s3:::${BUCKET}`),
  read('the deployer reads a log object from outside the VPC', 'Denied', PEOPLE.deployer, 's3:GetObject', 'internet'),
  read('the deployer reads a log object from inside the VPC (deployers never touch objects)', 'Denied', PEOPLE.deployer, 's3:GetObject', 'vpc'),
  read('a principal of another account reads logs through our VPC endpoint', 'Denied', `arn:aws:iam::${OTHER_ACCOUNT}:role/SecurityAnalyst`, 's3:GetObject', 'vpc'),
  read('an analyst deletes a log object from inside the VPC (the endpoint only reads the log bucket)', 'Denied', ANALYST, 's3:DeleteObject', 'vpc'),
  read('an analyst overwrites a log object from inside the VPC', 'Denied', ANALYST, 's3:PutObject', 'vpc'),
  read('an analyst sets a replication configuration on the log bucket (no exemption: nobody replicates logs)', 'Denied', ANALYST, 's3:PutReplicationConfiguration', 'internet', `arn:aws:s3:::${BUCKET}`),
  read('the deployer sets a replication configuration on the log bucket', 'Denied', PEOPLE.deployer, 's3:PutReplicationConfiguration', 'internet', `arn:aws:s3:::${BUCKET}`),
  read('a replication role reads a log object version for replication from outside the VPC', 'Denied', `arn:aws:iam::${ACCOUNT}:role/s3-replication`, 's3:GetObjectVersionForReplication', 'internet'),
];

let policies: SynthesizedPolicies;
beforeAll(() => {
  policies = synthesizePolicies();
});

/** The delivery role's session carries the role's policy; everyone else has broad S3 and KMS rights of their own, so only our policies can stop them. */
const identity: IdentityOf = (principal, synthesized) =>
  principal === ROLE_SESSION ? [{ name: 'delivery', policy: synthesized.at('invocation-logging/delivery-policy') }] : [{ name: 's3-kms-admin', policy: allowEverythingIn('s3', 'kms') }];

describe('model invocation log delivery (iam-simulate on the synthesized policies)', () => {
  it('proves each delivery step allowed, with denied neighbours, and reads only from the VPC', () => {
    expect(CASES.filter((c) => c.expected === 'Allowed').length).toBeGreaterThanOrEqual(8);
    expect(CASES.filter((c) => c.expected === 'Denied').length).toBeGreaterThanOrEqual(12);
  });

  itDecides(CASES, () => policies, identity);
});
