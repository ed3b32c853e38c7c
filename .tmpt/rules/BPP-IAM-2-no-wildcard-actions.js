"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NoWildcardActions = void 0;
const types_1 = require("./types");
const policy_1 = require("./policy");
/** Policy-bearing attributes by resource type. */
const POLICY_ATTRIBUTES = {
    aws_iam_policy: ['policy'],
    aws_iam_role_policy: ['policy'],
    aws_iam_user_policy: ['policy'],
    aws_iam_group_policy: ['policy'],
    aws_iam_role: ['assume_role_policy'],
    aws_s3_bucket_policy: ['policy'],
    aws_kms_key: ['policy'],
    aws_vpc_endpoint: ['policy'],
};
exports.NoWildcardActions = {
    id: 'BPP-IAM-2',
    description: 'No policy allows every action ("*" or "*:*") or uses Allow with NotAction',
    severity: 'error',
    fix: 'List the actions the principal needs (service-scoped, e.g. "s3:GetObject"); see modules/job-roles/job-role-policies.ts.',
    resourceTypes: Object.keys(POLICY_ATTRIBUTES),
    evaluate(resource) {
        const problems = [];
        for (const attribute of POLICY_ATTRIBUTES[resource.type]) {
            if (resource.config[attribute] === undefined)
                continue;
            const statements = (0, policy_1.parseStatements)(resource.config[attribute]);
            if (!statements) {
                problems.push(`${attribute} is not literal JSON, so it cannot be checked`);
                continue;
            }
            statements.forEach((s, i) => {
                if (s.Effect !== 'Allow')
                    return;
                const where = `${attribute} statement ${s.Sid ?? `#${i + 1}`}`;
                if ((0, policy_1.asList)(s.Action).some((a) => a === '*' || a === '*:*'))
                    problems.push(`${where} allows every action`);
                if (s.NotAction !== undefined)
                    problems.push(`${where} allows NotAction, i.e. everything else`);
            });
        }
        return problems.length ? (0, types_1.fail)(problems.join('; ')) : types_1.PASS;
    },
};
