import { runSimulation } from '@cloud-copilot/iam-simulate';
import { loadEnvironments } from '../../config/load';
import { trailEnabled } from '../../config/trail';
import { DATA_BUCKET_PURPOSES, bucketNames } from '../../catalog/buckets';
import type { EnvironmentConfig } from '../../config/schema';
import { policyOf, ref, resourceAt, resources, synthEnv, testEnv } from '../helpers/synth';

/**
 * The data-event trail: what it records, where it writes, and (iam-simulate on the synthesized bucket and key
 * policies) that CloudTrail can deliver for this trail only and that its log files stay inside the VPC.
 */

const VPC = 'vpc-0a1b2c3d4e5f60718';
const S3_VPCE = 'vpce-0s3gateway0000001';
const stateBucket = 'bedrock-tfstate-123456789012-us-east-1';
const env: EnvironmentConfig = testEnv({ trail: { enabled: true }, state: { type: 's3', bucket: stateBucket }, people: { deployers: ['arn:aws:iam::123456789012:role/Deployer'] } }, 'qa');
const tf = synthEnv(env);
const trail = resourceAt(tf, 'aws_cloudtrail', 'trail/trail');
const trailName = `${env.namePrefix}-${env.name}-data-events`;
const trailArn = `arn:aws:cloudtrail:${env.region}:${env.accountId}:trail/${trailName}`;
const bucketName = `${env.namePrefix}-${env.name}-data-events-${env.accountId}-${env.region}`;

/** The bucket policy with its Terraform references replaced by realistic ids. */
function bucketPolicy(): unknown {
  const raw = resourceAt(tf, 'aws_s3_bucket_policy', 'trail/bucket/policy').policy as string;
  return JSON.parse(raw.replace(/\$\{aws_vpc\.[^}]+\}/g, VPC).replace(/\$\{aws_vpc_endpoint\.s3-gateway[^}]+\}/g, S3_VPCE));
}

async function decide(principal: string, action: string, resource: string, context: Record<string, string>): Promise<string> {
  const isService = principal.endsWith('.amazonaws.com');
  const response = await runSimulation(
    {
      request: { principal, action, resource: { resource, accountId: env.accountId }, contextVariables: { 'aws:SecureTransport': 'true', ...context } },
      identityPolicies: isService ? [] : [{ name: 'admin', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: bucketPolicy(),
    },
    {},
  );
  if (response.resultType !== 'single') throw new Error(JSON.stringify(response));
  return response.overallResult === 'Allowed' ? 'Allowed' : 'Denied';
}

const CLOUDTRAIL = 'cloudtrail.amazonaws.com';
const AS_SERVICE = { 'aws:PrincipalIsAWSService': 'true', 'aws:PrincipalServiceName': CLOUDTRAIL, 'aws:SourceAccount': env.accountId };

describe('data-event trail', () => {
  it('exists exactly in the configured environments whose trail is on (by default the one named prod)', () => {
    for (const configured of loadEnvironments()) {
      expect(resources(synthEnv(configured), 'aws_cloudtrail')).toHaveLength(trailEnabled(configured) ? 1 : 0);
    }
    expect(resources(synthEnv(testEnv({}, 'prod')), 'aws_cloudtrail')).toHaveLength(1);
    expect(resources(synthEnv(testEnv({}, 'dev')), 'aws_cloudtrail')).toHaveLength(0);
  });

  it('records every object read and write on the data buckets and the state bucket, and no management events', () => {
    const buckets = bucketNames(env);
    expect(trail.event_selector).toEqual([
      {
        read_write_type: 'All',
        include_management_events: false,
        data_resource: [{ type: 'AWS::S3::Object', values: [...DATA_BUCKET_PURPOSES.map((p) => `arn:aws:s3:::${buckets[p]}/`), `arn:aws:s3:::${stateBucket}/`] }],
      },
    ]);
  });

  it('is encrypted with its own key, validates log files, and is created after the bucket policy that admits it', () => {
    expect(trail).toMatchObject({ name: trailName, kms_key_id: ref(tf, 'aws_kms_key', 'trail/key/key', 'arn'), enable_log_file_validation: true, is_multi_region_trail: true });
    expect(trail.depends_on).toEqual([ref(tf, 'aws_s3_bucket_policy', 'trail/bucket/policy', 'id').replace(/^\$\{|\.id\}$/g, '')]);
    const key = policyOf(resourceAt(tf, 'aws_kms_key', 'trail/key/key'));
    const encrypt = key.Statement.find((s) => s.Sid === 'AllowCloudTrailToEncryptLogs')!;
    expect(encrypt.Condition).toEqual({
      StringEquals: { 'aws:SourceArn': trailArn },
      StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${env.accountId}:trail/*` },
    });
  });

  it.each([
    ['CloudTrail checks the bucket ACL for this trail', 'Allowed', CLOUDTRAIL, 's3:GetBucketAcl', `arn:aws:s3:::${bucketName}`, { ...AS_SERVICE, 'aws:SourceArn': trailArn }],
    ['CloudTrail delivers a log file for this trail', 'Allowed', CLOUDTRAIL, 's3:PutObject', `arn:aws:s3:::${bucketName}/AWSLogs/${env.accountId}/CloudTrail/x.json.gz`, { ...AS_SERVICE, 'aws:SourceArn': trailArn, 's3:x-amz-acl': 'bucket-owner-full-control' }],
    ['CloudTrail delivers for another account\'s trail', 'Denied', CLOUDTRAIL, 's3:PutObject', `arn:aws:s3:::${bucketName}/AWSLogs/${env.accountId}/CloudTrail/x.json.gz`, { ...AS_SERVICE, 'aws:SourceArn': `arn:aws:cloudtrail:${env.region}:999999999999:trail/x`, 's3:x-amz-acl': 'bucket-owner-full-control' }],
    ['CloudTrail writes outside AWSLogs/<account>/', 'Denied', CLOUDTRAIL, 's3:PutObject', `arn:aws:s3:::${bucketName}/elsewhere/x.json.gz`, { ...AS_SERVICE, 'aws:SourceArn': trailArn, 's3:x-amz-acl': 'bucket-owner-full-control' }],
    ['an admin reads a log file from the internet', 'Denied', `arn:aws:iam::${env.accountId}:role/Admin`, 's3:GetObject', `arn:aws:s3:::${bucketName}/AWSLogs/${env.accountId}/CloudTrail/x.json.gz`, { 'aws:PrincipalArn': `arn:aws:iam::${env.accountId}:role/Admin`, 'aws:PrincipalAccount': env.accountId, 'aws:SourceIp': '203.0.113.7' }],
    ['an admin reads a log file through the S3 gateway endpoint', 'Allowed', `arn:aws:iam::${env.accountId}:role/Admin`, 's3:GetObject', `arn:aws:s3:::${bucketName}/AWSLogs/${env.accountId}/CloudTrail/x.json.gz`, { 'aws:PrincipalArn': `arn:aws:iam::${env.accountId}:role/Admin`, 'aws:PrincipalAccount': env.accountId, 'aws:SourceVpc': VPC, 'aws:SourceVpce': S3_VPCE }],
    ['the deployer reads a log file, even from the VPC', 'Denied', env.people.deployers[0], 's3:GetObject', `arn:aws:s3:::${bucketName}/AWSLogs/${env.accountId}/CloudTrail/x.json.gz`, { 'aws:PrincipalArn': env.people.deployers[0], 'aws:PrincipalAccount': env.accountId, 'aws:SourceVpc': VPC, 'aws:SourceVpce': S3_VPCE }],
  ] as const)('%s: %s', async (_name, expected, principal, action, resource, context) => {
    expect(await decide(principal, action, resource, context)).toBe(expected);
  });
});
