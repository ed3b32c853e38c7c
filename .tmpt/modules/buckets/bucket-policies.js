"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tlsOnlyStatement = tlsOnlyStatement;
exports.vpcOnlyBucketPolicy = vpcOnlyBucketPolicy;
exports.accessLogBucketPolicy = accessLogBucketPolicy;
const document_1 = require("../policy/document");
const s3_1 = require("../policy/s3");
/**
 * Data-plane actions denied outside the VPC: seed 000's GetObject/PutObject/ListBucket, their
 * version-aware forms (otherwise old versions would be readable from anywhere) and deletes.
 * Bucket-configuration actions are deliberately not here: Terraform manages the bucket from
 * outside the VPC and must keep being able to (help/data-protection.md).
 */
const VPC_ONLY_ACTIONS = [
    's3:GetObject',
    's3:PutObject',
    's3:ListBucket',
    's3:GetObjectVersion',
    's3:ListBucketVersions',
    's3:DeleteObject',
    's3:DeleteObjectVersion',
];
/** Deny every request that is not over TLS. */
function tlsOnlyStatement(bucket) {
    return {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: (0, s3_1.bucketAndObjectArns)(bucket),
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    };
}
/**
 * Seed 000's "deny unless it comes from your VPC", widened to the VPC or its S3 gateway endpoint:
 * both StringNotEquals keys must differ for the deny to apply (conditions in one statement AND).
 */
function vpcOnlyStatement(props) {
    return {
        Sid: 'DenyDataAccessOutsideVpc',
        Effect: 'Deny',
        Principal: '*',
        Action: [...VPC_ONLY_ACTIONS],
        Resource: (0, s3_1.bucketAndObjectArns)(props.bucket),
        Condition: (0, document_1.compactConditions)({
            StringNotEquals: { 'aws:SourceVpc': props.vpcId, 'aws:SourceVpce': props.vpcEndpointId },
            ArnNotLike: { 'aws:PrincipalArn': [...props.exemptPrincipalArns] },
        }),
    };
}
function vpcOnlyBucketPolicy(props) {
    return (0, document_1.policyDocument)('resource', [tlsOnlyStatement(props.bucket), vpcOnlyStatement(props)]);
}
/** TLS only, and S3 server access log delivery only from this account's data buckets. */
function accessLogBucketPolicy(props) {
    return (0, document_1.policyDocument)('resource', [
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
