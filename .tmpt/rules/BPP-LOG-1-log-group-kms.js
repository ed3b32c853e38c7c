"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LogGroupKms = void 0;
const types_1 = require("./types");
exports.LogGroupKms = {
    id: 'BPP-LOG-1',
    description: 'Every CloudWatch log group is encrypted with a customer-managed KMS key',
    severity: 'error',
    fix: 'Set kms_key_id to the environment\'s logs key (DataProtection.logsKey), whose policy lets CloudWatch Logs use it.',
    resourceTypes: ['aws_cloudwatch_log_group'],
    evaluate(group) {
        return typeof group.config.kms_key_id === 'string' && group.config.kms_key_id !== '' ? types_1.PASS : (0, types_1.fail)('no kms_key_id');
    },
};
