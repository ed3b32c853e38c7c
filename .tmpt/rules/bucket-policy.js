"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.bucketPolicyStatements = bucketPolicyStatements;
const policy_1 = require("./policy");
/** Statements of every aws_s3_bucket_policy attached to the bucket (a bucket has at most one in AWS). */
function bucketPolicyStatements(bucket, stack) {
    const policies = stack.referencing('aws_s3_bucket_policy', 'bucket', bucket);
    if (policies.length === 0)
        return undefined;
    return policies.flatMap((p) => (0, policy_1.parseStatements)(p.config.policy) ?? []);
}
