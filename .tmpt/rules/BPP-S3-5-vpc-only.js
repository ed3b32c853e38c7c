"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.S3VpcOnly = void 0;
const types_1 = require("./types");
const bucket_policy_1 = require("./bucket-policy");
const policy_1 = require("./policy");
/** Seed 000's output-bucket statement denies exactly these outside the VPC. */
const SEED_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:ListBucket'];
exports.S3VpcOnly = {
    id: 'BPP-S3-5',
    description: 'Every data bucket policy denies data access from outside the VPC (seed 000: aws:SourceVpc / aws:SourceVpce)',
    severity: 'error',
    fix: 'Use vpcOnlyBucketPolicy (modules/buckets/bucket-policies.ts): Deny s3:GetObject, s3:PutObject, s3:ListBucket to "*" unless aws:SourceVpc or aws:SourceVpce match.',
    resourceTypes: ['aws_s3_bucket'],
    evaluate(bucket, stack) {
        const statements = (0, bucket_policy_1.bucketPolicyStatements)(bucket, stack);
        if (!statements)
            return (0, types_1.fail)('the bucket has no bucket policy');
        const vpcDenies = statements.filter((s) => s.Effect === 'Deny' &&
            (0, policy_1.isAnyPrincipal)(s.Principal) &&
            ((0, policy_1.conditionValues)(s, 'StringNotEquals', 'aws:SourceVpc').length > 0 || (0, policy_1.conditionValues)(s, 'StringNotEquals', 'aws:SourceVpce').length > 0));
        if (vpcDenies.length === 0)
            return (0, types_1.fail)('no Deny to any principal conditioned on StringNotEquals aws:SourceVpc / aws:SourceVpce');
        const uncovered = SEED_ACTIONS.filter((a) => !vpcDenies.some((s) => (0, policy_1.coversAction)(s, a)));
        return uncovered.length ? (0, types_1.fail)(`the VPC-only deny leaves ${uncovered.join(', ')} open outside the VPC`) : types_1.PASS;
    },
};
