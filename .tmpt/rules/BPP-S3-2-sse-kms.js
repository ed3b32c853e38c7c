"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.S3SseKms = void 0;
const types_1 = require("./types");
exports.S3SseKms = {
    id: 'BPP-S3-2',
    description: 'Every data bucket encrypts by default with SSE-KMS and a customer-managed key',
    severity: 'error',
    fix: 'Give the bucket encryption { kind: "kms", keyArn } (SecureBucket) so default encryption is aws:kms with the environment\'s data key.',
    resourceTypes: ['aws_s3_bucket'],
    evaluate(bucket, stack) {
        const configs = stack.referencing('aws_s3_bucket_server_side_encryption_configuration', 'bucket', bucket);
        if (configs.length === 0)
            return (0, types_1.fail)('no default encryption configuration references this bucket');
        const rules = configs.flatMap((c) => c.config.rule ?? []);
        const kms = rules.find((r) => r.apply_server_side_encryption_by_default?.sse_algorithm?.startsWith('aws:kms'));
        if (!kms)
            return (0, types_1.fail)(`default encryption is ${rules.map((r) => r.apply_server_side_encryption_by_default?.sse_algorithm ?? 'unset').join(', ')}, not aws:kms`);
        if (!kms.apply_server_side_encryption_by_default?.kms_master_key_id)
            return (0, types_1.fail)('SSE-KMS without kms_master_key_id uses the AWS-managed aws/s3 key');
        return types_1.PASS;
    },
};
