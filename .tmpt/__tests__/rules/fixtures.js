"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REGION = exports.ACCOUNT = void 0;
exports.fixtureStack = fixtureStack;
exports.findings = findings;
exports.bucket = bucket;
const cdktf_1 = require("cdktf");
const provider_1 = require("@cdktf/provider-aws/lib/provider");
const s3_bucket_1 = require("@cdktf/provider-aws/lib/s3-bucket");
const s3_bucket_public_access_block_1 = require("@cdktf/provider-aws/lib/s3-bucket-public-access-block");
const s3_bucket_server_side_encryption_configuration_1 = require("@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration");
const s3_bucket_versioning_1 = require("@cdktf/provider-aws/lib/s3-bucket-versioning");
const s3_bucket_policy_1 = require("@cdktf/provider-aws/lib/s3-bucket-policy");
const s3_bucket_logging_1 = require("@cdktf/provider-aws/lib/s3-bucket-logging");
const evaluate_1 = require("../../rules/evaluate");
exports.ACCOUNT = '123456789012';
exports.REGION = 'us-east-1';
/** A stack with only a provider: fixtures add the few resources a rule looks at. */
function fixtureStack(app = cdktf_1.Testing.app(), id = 'fixture') {
    const stack = new cdktf_1.TerraformStack(app, id);
    new provider_1.AwsProvider(stack, 'aws', { region: exports.REGION });
    return stack;
}
/** Findings of one rule on the stack's resolved JSON (what synth writes), not-applicable left out. */
function findings(stack, rule, suppressions = []) {
    return [...(0, evaluate_1.evaluateStack)(stack.node.id, stack.toTerraform(), [rule], suppressions).findings];
}
/** A bare bucket with the parts asked for, each as its own provider resource (as SecureBucket does). */
function bucket(stack, id, parts) {
    const b = new s3_bucket_1.S3Bucket(stack, id, { bucket: `${id}-bucket` });
    if (parts.publicAccessBlock) {
        new s3_bucket_public_access_block_1.S3BucketPublicAccessBlock(stack, `${id}-pab`, { bucket: b.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
    }
    if (parts.encryption && parts.encryption !== 'none') {
        new s3_bucket_server_side_encryption_configuration_1.S3BucketServerSideEncryptionConfigurationA(stack, `${id}-sse`, {
            bucket: b.id,
            rule: [{ applyServerSideEncryptionByDefault: parts.encryption === 'kms' ? { sseAlgorithm: 'aws:kms', kmsMasterKeyId: `arn:aws:kms:${exports.REGION}:${exports.ACCOUNT}:key/k` } : { sseAlgorithm: 'AES256' } }],
        });
    }
    if (parts.versioning)
        new s3_bucket_versioning_1.S3BucketVersioningA(stack, `${id}-versioning`, { bucket: b.id, versioningConfiguration: { status: 'Enabled' } });
    if (parts.policy)
        new s3_bucket_policy_1.S3BucketPolicy(stack, `${id}-policy`, { bucket: b.id, policy: JSON.stringify(parts.policy) });
    if (parts.logging)
        new s3_bucket_logging_1.S3BucketLoggingA(stack, `${id}-logging`, { bucket: b.id, targetBucket: 'log-target', targetPrefix: `${id}/` });
    return b;
}
