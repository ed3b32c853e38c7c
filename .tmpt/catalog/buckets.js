"use strict";
/**
 * The environment's buckets by purpose, and their names. Names are part of the address of real
 * resources: changing a formula here renames (replaces) buckets, so treat it as a breaking change.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.S3_BUCKET_NAME_MAX = exports.ALL_BUCKET_PURPOSES = exports.DATA_BUCKET_PURPOSES = void 0;
exports.bucketName = bucketName;
exports.bucketNames = bucketNames;
exports.s3Uri = s3Uri;
exports.DATA_BUCKET_PURPOSES = ['training', 'validation', 'customizationOutput', 'batchInput', 'batchOutput'];
exports.ALL_BUCKET_PURPOSES = [...exports.DATA_BUCKET_PURPOSES, 'accessLogs'];
const BUCKET_SLUG = {
    training: 'training',
    validation: 'validation',
    customizationOutput: 'custom-output',
    batchInput: 'batch-input',
    batchOutput: 'batch-output',
    accessLogs: 'access-logs',
};
/** S3's limit on a bucket name's length; config validation checks every derived name against it. */
exports.S3_BUCKET_NAME_MAX = 63;
/** `<prefix>-<env>-<purpose>-<account>-<region>`: globally unique without random suffixes. */
function bucketName(scope, purpose) {
    return `${scope.namePrefix}-${scope.name}-${BUCKET_SLUG[purpose]}-${scope.accountId}-${scope.region}`;
}
function bucketNames(scope) {
    return Object.fromEntries(exports.ALL_BUCKET_PURPOSES.map((p) => [p, bucketName(scope, p)]));
}
/** `s3://<bucket>/<key>`: the one S3 URI formula of the launch fragments, the job CLI and CompliantCustomModel. */
function s3Uri(bucket, key = '') {
    return `s3://${bucket}/${key}`;
}
