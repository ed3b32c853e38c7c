"use strict";
/** S3 pieces every S3-related policy (endpoint, bucket, job role) is built from. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.S3_WRITE_ACTIONS = exports.S3_READ_ACTIONS = void 0;
exports.bucketAndObjectArns = bucketAndObjectArns;
/** Bucket and object ARNs of one bucket: bucket-level actions (ListBucket) need the first, object actions the second. */
function bucketAndObjectArns(bucket) {
    return [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`];
}
/** Seed 000's read and write action sets; the role policies use the same ones. */
exports.S3_READ_ACTIONS = ['s3:GetObject', 's3:ListBucket'];
exports.S3_WRITE_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:ListBucket'];
