"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LogGroupRetention = void 0;
const types_1 = require("./types");
/** A warning: a missing retention keeps logs forever (cost, over-retention), it does not expose them. */
exports.LogGroupRetention = {
    id: 'BPP-LOG-2',
    description: 'Every CloudWatch log group has a retention period',
    severity: 'warning',
    fix: 'Set retention_in_days (config flowLogs.retentionDays feeds the flow-log group).',
    resourceTypes: ['aws_cloudwatch_log_group'],
    evaluate(group) {
        const days = group.config.retention_in_days;
        return typeof days === 'number' && days > 0 ? types_1.PASS : (0, types_1.fail)('no retention_in_days: logs are kept forever');
    },
};
