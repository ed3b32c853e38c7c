import { BEDROCK_SERVICE_PRINCIPAL } from '../catalog/bedrock-services';
import { GuardrailRule, NOT_APPLICABLE, PASS, fail } from './types';
import type { StackResources, SynthResource } from './resources';
import { Statement, asList, conditionValues, parseStatements, servicePrincipals } from './policy';
import { canonicalJson } from './canonical';
import { JOB_KINDS, type ServiceRoleJobKind, jobEniStatements, jobKindOfArnType } from '../catalog/job-kinds';

/** A job role's aws:SourceArn: every job of one kind in one account and region (jobArnPattern). */
const JOB_SOURCE_ARN = /^arn:aws:bedrock:([^:]+):(\d{12}):([a-z-]+)\/\*$/;

/** The job kind a role is trusted for, read from its trust policy; undefined for any other role. */
function jobTrust(role: SynthResource): { region: string; accountId: string; kind: ServiceRoleJobKind } | undefined {
  for (const s of parseStatements(role.config.assume_role_policy) ?? []) {
    if (s.Effect !== 'Allow' || !servicePrincipals(s).includes(BEDROCK_SERVICE_PRINCIPAL)) continue;
    for (const op of ['ArnLike', 'ArnEquals', 'StringLike', 'StringEquals']) {
      for (const arn of conditionValues(s, op, 'aws:SourceArn')) {
        const m = JOB_SOURCE_ARN.exec(arn);
        const kind = m ? jobKindOfArnType(m[3]) : undefined;
        if (m && kind) return { region: m[1], accountId: m[2], kind };
      }
    }
  }
  return undefined;
}

function idsOf(statements: Statement[], kind: 'subnet' | 'security-group'): string[] {
  const pattern = new RegExp(`^arn:aws:ec2:[^:]+:\\d{12}:${kind}/(.+)$`);
  const arns = statements.flatMap((s) => [...asList(s.Resource), ...conditionValues(s, 'ArnEquals', 'ec2:Subnet'), ...conditionValues(s, 'StringEquals', 'ec2:Subnet')]);
  return [...new Set(arns.map((a) => pattern.exec(a)?.[1]).filter((id): id is string => id !== undefined))];
}

function isStackReference(id: string, type: string, stack: StackResources): boolean {
  return stack.ofType(type).some((r) => id === `\${${r.address}.id}`);
}

export const SeedEniStatements: GuardrailRule = {
  id: 'BPP-JOB-1',
  description: 'Every Bedrock job role carries its seed\'s ENI statements exactly (seed 000 customization, seed 001 batch), scoped to this stack\'s subnets and job security group',
  severity: 'error',
  fix: 'Attach jobEniPolicy(kind, scope) (modules/job-roles/job-role-policies.ts) with the stack\'s subnet and job security group ids; do not edit the seed statements.',
  resourceTypes: ['aws_iam_role'],
  evaluate(role, stack) {
    const trust = jobTrust(role);
    if (!trust) return NOT_APPLICABLE;
    const { seed } = JOB_KINDS[trust.kind];
    const statements = stack.referencing('aws_iam_role_policy', 'role', role).flatMap((p) => parseStatements(p.config.policy) ?? []);
    const subnetIds = idsOf(statements, 'subnet');
    const groupIds = idsOf(statements, 'security-group');
    if (subnetIds.length === 0 || groupIds.length !== 1) return fail(`no ${seed} ENI statements scoped to subnets and one security group`);
    const foreign = [...subnetIds.filter((id) => !isStackReference(id, 'aws_subnet', stack)), ...groupIds.filter((id) => !isStackReference(id, 'aws_security_group', stack))];
    if (foreign.length) return fail(`ENI permissions name ${foreign.join(', ')}, not subnets or security groups of this stack`);

    const actual = new Set(statements.map(canonicalJson));
    const expected = jobEniStatements(trust.kind, { region: trust.region, accountId: trust.accountId, subnetIds, securityGroupId: groupIds[0] });
    const missing = expected.filter((s) => !actual.has(canonicalJson(s)));
    if (missing.length === 0) return PASS;
    const names = missing.map((s) => `${s.Sid ? `Sid ${s.Sid} ` : ''}${asList(s.Action).join('/')}`);
    return fail(`${seed} statements missing or altered: ${names.join('; ')}`);
  },
};
