"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SeedEniStatements = void 0;
const types_1 = require("./types");
const policy_1 = require("./policy");
const canonical_1 = require("./canonical");
const job_kinds_1 = require("../catalog/job-kinds");
/** A job role's aws:SourceArn: every job of one kind in one account and region (jobArnPattern). */
const JOB_SOURCE_ARN = /^arn:aws:bedrock:([^:]+):(\d{12}):([a-z-]+)\/\*$/;
/** The job kind a role is trusted for, read from its trust policy; undefined for any other role. */
function jobTrust(role) {
    for (const s of (0, policy_1.parseStatements)(role.config.assume_role_policy) ?? []) {
        if (s.Effect !== 'Allow' || !(0, policy_1.servicePrincipals)(s).includes('bedrock.amazonaws.com'))
            continue;
        for (const op of ['ArnLike', 'ArnEquals', 'StringLike', 'StringEquals']) {
            for (const arn of (0, policy_1.conditionValues)(s, op, 'aws:SourceArn')) {
                const m = JOB_SOURCE_ARN.exec(arn);
                const kind = m ? (0, job_kinds_1.jobKindOfArnType)(m[3]) : undefined;
                if (m && kind)
                    return { region: m[1], accountId: m[2], kind };
            }
        }
    }
    return undefined;
}
function idsOf(statements, kind) {
    const pattern = new RegExp(`^arn:aws:ec2:[^:]+:\\d{12}:${kind}/(.+)$`);
    const arns = statements.flatMap((s) => [...(0, policy_1.asList)(s.Resource), ...(0, policy_1.conditionValues)(s, 'ArnEquals', 'ec2:Subnet'), ...(0, policy_1.conditionValues)(s, 'StringEquals', 'ec2:Subnet')]);
    return [...new Set(arns.map((a) => pattern.exec(a)?.[1]).filter((id) => id !== undefined))];
}
function isStackReference(id, type, stack) {
    return stack.ofType(type).some((r) => id === `\${${r.address}.id}`);
}
exports.SeedEniStatements = {
    id: 'BPP-JOB-1',
    description: 'Every Bedrock job role carries its seed\'s ENI statements exactly (seed 000 customization, seed 001 batch), scoped to this stack\'s subnets and job security group',
    severity: 'error',
    fix: 'Attach jobEniPolicy(kind, scope) (modules/job-roles/job-role-policies.ts) with the stack\'s subnet and job security group ids; do not edit the seed statements.',
    resourceTypes: ['aws_iam_role'],
    evaluate(role, stack) {
        const trust = jobTrust(role);
        if (!trust)
            return types_1.NOT_APPLICABLE;
        const { seed } = job_kinds_1.JOB_KINDS[trust.kind];
        const statements = stack.referencing('aws_iam_role_policy', 'role', role).flatMap((p) => (0, policy_1.parseStatements)(p.config.policy) ?? []);
        const subnetIds = idsOf(statements, 'subnet');
        const groupIds = idsOf(statements, 'security-group');
        if (subnetIds.length === 0 || groupIds.length !== 1)
            return (0, types_1.fail)(`no ${seed} ENI statements scoped to subnets and one security group`);
        const foreign = [...subnetIds.filter((id) => !isStackReference(id, 'aws_subnet', stack)), ...groupIds.filter((id) => !isStackReference(id, 'aws_security_group', stack))];
        if (foreign.length)
            return (0, types_1.fail)(`ENI permissions name ${foreign.join(', ')}, not subnets or security groups of this stack`);
        const actual = new Set(statements.map(canonical_1.canonicalJson));
        const expected = (0, job_kinds_1.jobEniStatements)(trust.kind, { region: trust.region, accountId: trust.accountId, subnetIds, securityGroupId: groupIds[0] });
        const missing = expected.filter((s) => !actual.has((0, canonical_1.canonicalJson)(s)));
        if (missing.length === 0)
            return types_1.PASS;
        const names = missing.map((s) => `${s.Sid ? `Sid ${s.Sid} ` : ''}${(0, policy_1.asList)(s.Action).join('/')}`);
        return (0, types_1.fail)(`${seed} statements missing or altered: ${names.join('; ')}`);
    },
};
