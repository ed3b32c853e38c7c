import type { PolicyDocument } from '../../catalog/iam-policy';
import { policyDocument } from '../policy/document';
import { vpcOnlyBucketPolicy } from '../buckets/bucket-policies';
import { type KeyPolicyBase, baseStatements } from '../keys/key-policies';

export const CLOUDTRAIL_SERVICE_PRINCIPAL = 'cloudtrail.amazonaws.com';

/** `arn:aws:cloudtrail:<region>:<account>:trail/<name>`: known before the trail exists, so the policies can name it. */
export function trailArn(region: string, accountId: string, trailName: string): string {
  return `arn:aws:cloudtrail:${region}:${accountId}:trail/${trailName}`;
}

export interface TrailBucketPolicyProps {
  /** The trail bucket the policy is attached to. */
  readonly bucket: string;
  /** The account whose log files CloudTrail writes (the AWSLogs/<account>/ prefix). */
  readonly accountId: string;
  /** The only trail that may deliver here (aws:SourceArn). */
  readonly trailArn: string;
  /** Log files are read only from this VPC (aws:SourceVpc). */
  readonly vpcId: string;
  /** ...or through this S3 gateway endpoint (aws:SourceVpce). */
  readonly vpcEndpointId: string;
  /** Terraform's identities: list the bucket from anywhere, never read or write its objects. */
  readonly deployerArns: readonly string[];
  /** Let deployers empty the bucket on destroy (force_destroy). */
  readonly deployersMayEmpty: boolean;
}

/**
 * The data buckets' policy (TLS only, VPC-only, deployers list but never touch objects) with CloudTrail's
 * two statements from "Amazon S3 bucket policy for CloudTrail" (CloudTrail User Guide,
 * create-s3-bucket-policy-for-cloudtrail.html), each for this trail only (aws:SourceArn). CloudTrail
 * delivers from outside any VPC, so AWS service principals pass the VPC-only deny (admitAwsServices) and
 * still need these Allows. Reading the log files is from inside the VPC, like the invocation logs.
 */
export function trailBucketPolicy(props: TrailBucketPolicyProps): PolicyDocument {
  const base = vpcOnlyBucketPolicy({
    bucket: props.bucket,
    vpcId: props.vpcId,
    vpcEndpointId: props.vpcEndpointId,
    exemptPrincipalArns: [],
    deployerArns: props.deployerArns,
    deployersMayEmpty: props.deployersMayEmpty,
    admitAwsServices: true,
  }).Statement;
  const thisTrail = { StringEquals: { 'aws:SourceArn': props.trailArn } };
  return policyDocument('resource', [
    ...base,
    {
      Sid: 'AWSCloudTrailAclCheck',
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_SERVICE_PRINCIPAL },
      Action: 's3:GetBucketAcl',
      Resource: `arn:aws:s3:::${props.bucket}`,
      Condition: thisTrail,
    },
    {
      Sid: 'AWSCloudTrailWrite',
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_SERVICE_PRINCIPAL },
      Action: 's3:PutObject',
      Resource: `arn:aws:s3:::${props.bucket}/AWSLogs/${props.accountId}/*`,
      Condition: { StringEquals: { ...thisTrail.StringEquals, 's3:x-amz-acl': 'bucket-owner-full-control' } },
    },
  ]);
}

export interface TrailKeyPolicyProps extends KeyPolicyBase {
  /** The only trail that may encrypt with the key (aws:SourceArn). */
  readonly trailArn: string;
}

/**
 * The trail's key: CloudTrail encrypts log files for this trail only (aws:SourceArn, and the encryption
 * context AWS documents in "Configure AWS KMS key policies for CloudTrail"), and describes the key.
 * Nobody is granted decryption here: readers get it through IAM, as the root statement delegates.
 */
export function trailKeyPolicy(props: TrailKeyPolicyProps): PolicyDocument {
  return policyDocument('resource', [
    ...baseStatements(props),
    {
      Sid: 'AllowCloudTrailToEncryptLogs',
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_SERVICE_PRINCIPAL },
      Action: 'kms:GenerateDataKey*',
      Resource: '*',
      Condition: {
        StringEquals: { 'aws:SourceArn': props.trailArn },
        StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${props.accountId}:trail/*` },
      },
    },
    {
      Sid: 'AllowCloudTrailToDescribeKey',
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_SERVICE_PRINCIPAL },
      Action: 'kms:DescribeKey',
      Resource: '*',
      Condition: { StringEquals: { 'aws:SourceArn': props.trailArn } },
    },
  ]);
}
