import type { PolicyDocument, PolicyStatement } from '../../catalog/iam-policy';
import { compactConditions, policyDocument } from '../policy/document';
import { bucketAndObjectArns } from '../policy/s3';

/**
 * Data-plane actions denied outside the VPC: seed 000's GetObject/PutObject/ListBucket, their
 * version-aware forms (otherwise old versions would be readable from anywhere) and deletes.
 * Bucket-configuration actions are deliberately not here: Terraform manages the bucket from
 * outside the VPC and must keep being able to (help/data-protection.md).
 */
export const VPC_ONLY_ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  's3:GetObjectVersion',
  's3:ListBucketVersions',
  's3:DeleteObject',
  's3:DeleteObjectVersion',
] as const;

/** Deny every request that is not over TLS. */
export function tlsOnlyStatement(bucket: string): PolicyStatement {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: bucketAndObjectArns(bucket),
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

export interface VpcOnlyProps {
  /** The bucket the policy is attached to. */
  readonly bucket: string;
  /** Requests from this VPC are admitted (aws:SourceVpc). */
  readonly vpcId: string;
  /** Requests through this VPC endpoint are admitted (aws:SourceVpce). */
  readonly vpcEndpointId: string;
  /** Principals exempt from the deny (data stewards, break-glass). Absent from the policy when empty. */
  readonly exemptPrincipalArns: readonly string[];
}

/**
 * Seed 000's "deny unless it comes from your VPC", widened to the VPC or its S3 gateway endpoint:
 * both StringNotEquals keys must differ for the deny to apply (conditions in one statement AND).
 */
export function vpcOnlyStatement(props: VpcOnlyProps): PolicyStatement {
  return {
    Sid: 'DenyDataAccessOutsideVpc',
    Effect: 'Deny',
    Principal: '*',
    Action: [...VPC_ONLY_ACTIONS],
    Resource: bucketAndObjectArns(props.bucket),
    Condition: compactConditions({
      StringNotEquals: { 'aws:SourceVpc': props.vpcId, 'aws:SourceVpce': props.vpcEndpointId },
      ArnNotLike: { 'aws:PrincipalArn': [...props.exemptPrincipalArns] },
    }),
  };
}

export function vpcOnlyBucketPolicy(props: VpcOnlyProps): PolicyDocument {
  return policyDocument('resource', [tlsOnlyStatement(props.bucket), vpcOnlyStatement(props)]);
}

export interface AccessLogBucketPolicyProps {
  /** The access-log bucket the policy is attached to. */
  readonly bucket: string;
  /** The only account whose buckets may deliver logs here (aws:SourceAccount). */
  readonly accountId: string;
  /** Buckets allowed to deliver logs here (aws:SourceArn). */
  readonly sourceBucketArns: readonly string[];
}

/** TLS only, and S3 server access log delivery only from this account's data buckets. */
export function accessLogBucketPolicy(props: AccessLogBucketPolicyProps): PolicyDocument {
  return policyDocument('resource', [
    tlsOnlyStatement(props.bucket),
    {
      Sid: 'AllowS3ServerAccessLogDelivery',
      Effect: 'Allow',
      Principal: { Service: 'logging.s3.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: `arn:aws:s3:::${props.bucket}/*`,
      Condition: {
        StringEquals: { 'aws:SourceAccount': props.accountId },
        ArnLike: { 'aws:SourceArn': [...props.sourceBucketArns] },
      },
    },
  ]);
}
