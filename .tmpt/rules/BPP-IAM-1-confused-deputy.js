"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfusedDeputy = void 0;
const types_1 = require("./types");
const policy_1 = require("./policy");
exports.ConfusedDeputy = {
    id: 'BPP-IAM-1',
    description: 'Every role a service assumes limits it to this account\'s resources (aws:SourceAccount and aws:SourceArn)',
    severity: 'error',
    fix: 'Build the trust policy with serviceTrustPolicy (modules/policy/trust.ts): StringEquals aws:SourceAccount and ArnLike aws:SourceArn.',
    resourceTypes: ['aws_iam_role'],
    evaluate(role) {
        const statements = (0, policy_1.parseStatements)(role.config.assume_role_policy);
        if (!statements)
            return (0, types_1.fail)('the trust policy is not literal JSON, so it cannot be checked');
        const serviceAssumes = statements.filter((s) => s.Effect === 'Allow' && (0, policy_1.servicePrincipals)(s).length > 0 && (0, policy_1.asList)(s.Action).some((a) => a.startsWith('sts:')));
        if (serviceAssumes.length === 0)
            return types_1.NOT_APPLICABLE;
        const missing = serviceAssumes.flatMap((s) => {
            const keys = (0, policy_1.conditionKeys)(s);
            const absent = ['aws:SourceAccount', 'aws:SourceArn'].filter((k) => !keys.has(k.toLowerCase()));
            return absent.length ? [`${(0, policy_1.servicePrincipals)(s).join(', ')} may assume it without ${absent.join(' and ')}`] : [];
        });
        return missing.length ? (0, types_1.fail)(missing.join('; ')) : types_1.PASS;
    },
};
