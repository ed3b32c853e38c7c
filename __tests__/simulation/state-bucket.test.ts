import { stateBucketPolicy } from '../../modules/state/state-bucket';
import { expectOutcome } from './support/simulate';
import type { Expected } from './support/simulate';

/**
 * The state bucket's policy (modules/state/state-bucket.ts) in iam-simulate: only Terraform's people reach
 * the state, planners only read it and write their lock objects, whatever each principal's IAM grants.
 */

const ACCOUNT = '444455556666';
const BUCKET = `acme-tfstate-${ACCOUNT}-eu-west-1`;
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const DEPLOYER = role('bedrock-platform-deployer');
const PLANNER = role('bedrock-platform-planner');
const BREAK_GLASS = role('break-glass');
const ADMIN = role('AccountAdmin');
const STATE = `arn:aws:s3:::${BUCKET}/bedrock-private/bedrock-prod.tfstate`;
const LOCK = `${STATE}.tflock`;
const policy = stateBucketPolicy(BUCKET, { deployerArns: [DEPLOYER], plannerArns: [PLANNER], breakGlassArns: [BREAK_GLASS] });
/** Every principal here holds s3:* by IAM except the planner, who holds AWS's ReadOnlyAccess reads. */
const identity = (principal: string) =>
  principal === PLANNER
    ? { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }] }
    : { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };

const CASES: ReadonlyArray<readonly [string, Expected, string, string, string]> = [
  ['the deployer reads state', 'Allowed', DEPLOYER, 's3:GetObject', STATE],
  ['the deployer writes state', 'Allowed', DEPLOYER, 's3:PutObject', STATE],
  ['the planner reads state', 'Allowed', PLANNER, 's3:GetObject', STATE],
  ['the planner lists the bucket', 'Allowed', PLANNER, 's3:ListBucket', `arn:aws:s3:::${BUCKET}`],
  ['the planner writes its lock object (use_lockfile)', 'Allowed', PLANNER, 's3:PutObject', LOCK],
  ['the planner deletes its lock object', 'Allowed', PLANNER, 's3:DeleteObject', LOCK],
  ['the planner writes state', 'Denied', PLANNER, 's3:PutObject', STATE],
  ['the planner deletes state', 'Denied', PLANNER, 's3:DeleteObject', STATE],
  ['the planner replaces the bucket policy', 'Denied', PLANNER, 's3:PutBucketPolicy', `arn:aws:s3:::${BUCKET}`],
  ['the break-glass role reads state', 'Allowed', BREAK_GLASS, 's3:GetObject', STATE],
  ['an account admin reads state', 'Denied', ADMIN, 's3:GetObject', STATE],
  ['an account admin lists the bucket', 'Denied', ADMIN, 's3:ListBucket', `arn:aws:s3:::${BUCKET}`],
  ['an account admin writes a lock object', 'Denied', ADMIN, 's3:PutObject', LOCK],
];

describe('state bucket (iam-simulate on its policy)', () => {
  it.each(CASES.map((c) => [c[0], c] as const))('%s', async (_name, [, expected, principal, action, resource]) => {
    await expectOutcome(
      {
        request: {
          principal,
          action,
          resource: { resource, accountId: ACCOUNT },
          contextVariables: { 'aws:PrincipalArn': principal, 'aws:PrincipalAccount': ACCOUNT, 'aws:SecureTransport': 'true' },
        },
        identityPolicies: [{ name: 'identity', policy: identity(principal) }],
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        resourcePolicy: policy,
      },
      expected,
    );
  });
});
