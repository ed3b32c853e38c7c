import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import type { PolicyDocument } from '../../catalog/iam-policy';
import { policyJson } from '../policy/document';

export type BucketEncryption =
  /** SSE-KMS with a customer-managed key and S3 Bucket Keys (fewer KMS calls). */
  | { readonly kind: 'kms'; readonly keyArn: string }
  /** SSE-S3: the only default encryption a server-access-log target bucket may use. */
  | { readonly kind: 's3' };

export interface SecureBucketProps {
  /** The bucket's globally unique name. */
  readonly bucketName: string;
  /** Default encryption: SSE-KMS with a customer-managed key for data, SSE-S3 only for an access-log target. */
  readonly encryption: BucketEncryption;
  /** The bucket policy, attached as given (build it with the helpers in bucket-policies.ts). */
  readonly policy: PolicyDocument;
  /** Days before noncurrent versions expire. */
  readonly noncurrentVersionExpirationDays: number;
  /** Days before current objects expire. @default never (data buckets keep their data) */
  readonly expirationDays?: number;
  /** Server access logging target. @default no access logging (only for the log bucket itself) */
  readonly accessLogs?: { readonly targetBucket: string; readonly targetPrefix: string };
  /** lifecycle.prevent_destroy. */
  readonly preventDestroy: boolean;
  /** force_destroy: `terraform destroy` deletes every object version first. Only for environments that are torn down. @default false */
  readonly forceDestroy?: boolean;
}

/**
 * A bucket with every guardrail on: all four public-access blocks, BucketOwnerEnforced (no ACLs),
 * default encryption, versioning, lifecycle, access logging and a bucket policy. force_destroy is off
 * unless asked for, so Terraform cannot delete a bucket that still holds data by accident.
 */
export class SecureBucket extends Construct {
  readonly bucket: S3Bucket;
  /** The bucket policy, for resources that must wait until it allows them (depends_on). */
  readonly policy: S3BucketPolicy;

  constructor(scope: Construct, id: string, props: SecureBucketProps) {
    super(scope, id);
    if (!Number.isInteger(props.noncurrentVersionExpirationDays) || props.noncurrentVersionExpirationDays <= 0) {
      throw new Error(`${this.node.path}: noncurrentVersionExpirationDays must be a whole number above 0.`);
    }
    if (props.forceDestroy && props.preventDestroy) throw new Error(`${this.node.path}: forceDestroy and preventDestroy contradict each other; choose one.`);
    this.bucket = new S3Bucket(this, 'bucket', {
      bucket: props.bucketName,
      forceDestroy: props.forceDestroy ?? false,
      lifecycle: { preventDestroy: props.preventDestroy },
    });
    const bucket = this.bucket.id;

    new S3BucketPublicAccessBlock(this, 'public-access-block', {
      bucket,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketOwnershipControls(this, 'ownership', { bucket, rule: { objectOwnership: 'BucketOwnerEnforced' } });
    new S3BucketServerSideEncryptionConfigurationA(this, 'encryption', {
      bucket,
      rule: [
        props.encryption.kind === 'kms'
          ? { applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: props.encryption.keyArn }, bucketKeyEnabled: true }
          : { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
      ],
    });
    new S3BucketVersioningA(this, 'versioning', { bucket, versioningConfiguration: { status: 'Enabled' } });
    new S3BucketLifecycleConfiguration(this, 'lifecycle', {
      bucket,
      rule: [
        {
          id: 'abort-incomplete-multipart-uploads',
          status: 'Enabled',
          filter: [{ prefix: '' }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
        },
        {
          id: 'expire-noncurrent-versions',
          status: 'Enabled',
          filter: [{ prefix: '' }],
          noncurrentVersionExpiration: [{ noncurrentDays: props.noncurrentVersionExpirationDays }],
          ...(props.expirationDays ? { expiration: [{ days: props.expirationDays }] } : {}),
        },
      ],
    });
    if (props.accessLogs) {
      new S3BucketLoggingA(this, 'access-logging', {
        bucket,
        targetBucket: props.accessLogs.targetBucket,
        targetPrefix: props.accessLogs.targetPrefix,
      });
    }
    this.policy = new S3BucketPolicy(this, 'policy', { bucket, policy: policyJson(props.policy) });
  }
}
