"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.S3PublicAccessBlock = void 0;
const types_1 = require("./types");
const BLOCKS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];
exports.S3PublicAccessBlock = {
    id: 'BPP-S3-1',
    description: 'Every bucket has a public-access block with all four settings on',
    severity: 'error',
    fix: 'Create the bucket with SecureBucket (modules/buckets/secure-bucket.ts) or add an aws_s3_bucket_public_access_block with all four settings true.',
    resourceTypes: ['aws_s3_bucket'],
    evaluate(bucket, stack) {
        const blocks = stack.referencing('aws_s3_bucket_public_access_block', 'bucket', bucket);
        if (blocks.length === 0)
            return (0, types_1.fail)('no aws_s3_bucket_public_access_block references this bucket');
        const off = BLOCKS.filter((b) => !blocks.some((block) => block.config[b] === true));
        return off.length ? (0, types_1.fail)(`public-access block leaves ${off.join(', ')} off`) : types_1.PASS;
    },
};
