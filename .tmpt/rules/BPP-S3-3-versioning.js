"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.S3Versioning = void 0;
const types_1 = require("./types");
exports.S3Versioning = {
    id: 'BPP-S3-3',
    description: 'Every bucket has versioning enabled',
    severity: 'error',
    fix: 'Add an aws_s3_bucket_versioning with status "Enabled" (SecureBucket does).',
    resourceTypes: ['aws_s3_bucket'],
    evaluate(bucket, stack) {
        const versioning = stack.referencing('aws_s3_bucket_versioning', 'bucket', bucket);
        const enabled = versioning.some((v) => v.config.versioning_configuration?.status === 'Enabled');
        return enabled ? types_1.PASS : (0, types_1.fail)(versioning.length ? 'versioning is not "Enabled"' : 'no aws_s3_bucket_versioning references this bucket');
    },
};
