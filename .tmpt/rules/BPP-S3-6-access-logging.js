"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.S3AccessLogging = void 0;
const types_1 = require("./types");
exports.S3AccessLogging = {
    id: 'BPP-S3-6',
    description: 'Every bucket writes S3 server access logs to a log bucket',
    severity: 'error',
    fix: 'Give SecureBucket accessLogs: { targetBucket, targetPrefix } pointing at the environment\'s access-log bucket.',
    resourceTypes: ['aws_s3_bucket'],
    evaluate(bucket, stack) {
        const logging = stack.referencing('aws_s3_bucket_logging', 'bucket', bucket);
        if (logging.length === 0)
            return (0, types_1.fail)('no aws_s3_bucket_logging references this bucket');
        return logging.some((l) => typeof l.config.target_bucket === 'string' && l.config.target_bucket !== '') ? types_1.PASS : (0, types_1.fail)('access logging has no target bucket');
    },
};
