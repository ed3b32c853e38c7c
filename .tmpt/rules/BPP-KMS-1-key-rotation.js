"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KeyRotation = void 0;
const types_1 = require("./types");
exports.KeyRotation = {
    id: 'BPP-KMS-1',
    description: 'Every symmetric KMS key has automatic rotation enabled',
    severity: 'error',
    fix: 'Set enable_key_rotation = true (ManagedKey does).',
    resourceTypes: ['aws_kms_key'],
    evaluate(key) {
        // KMS rotates only symmetric encryption keys; asymmetric and HMAC keys cannot rotate.
        const spec = key.config.customer_master_key_spec;
        if (spec !== undefined && spec !== 'SYMMETRIC_DEFAULT')
            return types_1.NOT_APPLICABLE;
        return key.config.enable_key_rotation === true ? types_1.PASS : (0, types_1.fail)('enable_key_rotation is not true');
    },
};
