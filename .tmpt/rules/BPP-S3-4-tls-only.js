"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.S3TlsOnly = void 0;
const types_1 = require("./types");
const bucket_policy_1 = require("./bucket-policy");
const policy_1 = require("./policy");
exports.S3TlsOnly = {
    id: 'BPP-S3-4',
    description: 'Every bucket policy denies all S3 actions over plain HTTP (aws:SecureTransport = false)',
    severity: 'error',
    fix: 'Add tlsOnlyStatement(bucket) (modules/buckets/bucket-policies.ts) to the bucket policy.',
    resourceTypes: ['aws_s3_bucket'],
    evaluate(bucket, stack) {
        const statements = (0, bucket_policy_1.bucketPolicyStatements)(bucket, stack);
        if (!statements)
            return (0, types_1.fail)('the bucket has no bucket policy');
        const tls = statements.some((s) => s.Effect === 'Deny' &&
            (0, policy_1.isAnyPrincipal)(s.Principal) &&
            (0, policy_1.coversAction)(s, 's3:*') &&
            (0, policy_1.conditionValues)(s, 'Bool', 'aws:SecureTransport').includes('false'));
        return tls ? types_1.PASS : (0, types_1.fail)('no Deny of s3:* for any principal when aws:SecureTransport is false');
    },
};
