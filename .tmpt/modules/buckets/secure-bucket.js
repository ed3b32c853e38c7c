"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SecureBucket = void 0;
const constructs_1 = require("constructs");
const s3_bucket_1 = require("@cdktf/provider-aws/lib/s3-bucket");
const s3_bucket_public_access_block_1 = require("@cdktf/provider-aws/lib/s3-bucket-public-access-block");
const s3_bucket_ownership_controls_1 = require("@cdktf/provider-aws/lib/s3-bucket-ownership-controls");
const s3_bucket_server_side_encryption_configuration_1 = require("@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration");
const s3_bucket_versioning_1 = require("@cdktf/provider-aws/lib/s3-bucket-versioning");
const s3_bucket_lifecycle_configuration_1 = require("@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration");
const s3_bucket_logging_1 = require("@cdktf/provider-aws/lib/s3-bucket-logging");
const s3_bucket_policy_1 = require("@cdktf/provider-aws/lib/s3-bucket-policy");
const document_1 = require("../policy/document");
/**
 * A bucket with every guardrail on: all four public-access blocks, BucketOwnerEnforced (no ACLs),
 * default encryption, versioning, lifecycle, access logging and a bucket policy. force_destroy is
 * never set, so Terraform cannot delete a bucket that still holds data.
 */
class SecureBucket extends constructs_1.Construct {
    bucket;
    constructor(scope, id, props) {
        super(scope, id);
        if (!Number.isInteger(props.noncurrentVersionExpirationDays) || props.noncurrentVersionExpirationDays <= 0) {
            throw new Error(`${this.node.path}: noncurrentVersionExpirationDays must be a whole number above 0.`);
        }
        this.bucket = new s3_bucket_1.S3Bucket(this, 'bucket', {
            bucket: props.bucketName,
            forceDestroy: false,
            lifecycle: { preventDestroy: props.preventDestroy },
        });
        const bucket = this.bucket.id;
        new s3_bucket_public_access_block_1.S3BucketPublicAccessBlock(this, 'public-access-block', {
            bucket,
            blockPublicAcls: true,
            blockPublicPolicy: true,
            ignorePublicAcls: true,
            restrictPublicBuckets: true,
        });
        new s3_bucket_ownership_controls_1.S3BucketOwnershipControls(this, 'ownership', { bucket, rule: { objectOwnership: 'BucketOwnerEnforced' } });
        new s3_bucket_server_side_encryption_configuration_1.S3BucketServerSideEncryptionConfigurationA(this, 'encryption', {
            bucket,
            rule: [
                props.encryption.kind === 'kms'
                    ? { applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: props.encryption.keyArn }, bucketKeyEnabled: true }
                    : { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
            ],
        });
        new s3_bucket_versioning_1.S3BucketVersioningA(this, 'versioning', { bucket, versioningConfiguration: { status: 'Enabled' } });
        new s3_bucket_lifecycle_configuration_1.S3BucketLifecycleConfiguration(this, 'lifecycle', {
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
            new s3_bucket_logging_1.S3BucketLoggingA(this, 'access-logging', {
                bucket,
                targetBucket: props.accessLogs.targetBucket,
                targetPrefix: props.accessLogs.targetPrefix,
            });
        }
        new s3_bucket_policy_1.S3BucketPolicy(this, 'policy', { bucket, policy: (0, document_1.policyJson)(props.policy) });
    }
}
exports.SecureBucket = SecureBucket;
