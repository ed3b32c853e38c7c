import { GuardrailRule, PASS, fail } from './types';
import { asList, parseStatements, statementName } from './policy';

/** Policy-bearing attributes by resource type. */
const POLICY_ATTRIBUTES: Record<string, readonly string[]> = {
  aws_iam_policy: ['policy'],
  aws_iam_role_policy: ['policy'],
  aws_iam_user_policy: ['policy'],
  aws_iam_group_policy: ['policy'],
  aws_iam_role: ['assume_role_policy'],
  aws_s3_bucket_policy: ['policy'],
  aws_kms_key: ['policy'],
  aws_vpc_endpoint: ['policy'],
  aws_organizations_policy: ['content'],
};

export const NoWildcardActions: GuardrailRule = {
  id: 'BPP-IAM-2',
  description: 'No policy allows every action ("*" or "*:*") or uses Allow with NotAction',
  severity: 'error',
  fix: 'List the actions the principal needs (service-scoped, e.g. "s3:GetObject"); see modules/job-roles/job-role-policies.ts.',
  resourceTypes: Object.keys(POLICY_ATTRIBUTES),
  evaluate(resource) {
    const problems: string[] = [];
    for (const attribute of POLICY_ATTRIBUTES[resource.type]) {
      if (resource.config[attribute] === undefined) continue;
      const statements = parseStatements(resource.config[attribute]);
      if (!statements) {
        problems.push(`${attribute} is not literal JSON, so it cannot be checked`);
        continue;
      }
      statements.forEach((s, i) => {
        if (s.Effect !== 'Allow') return;
        const where = `${attribute} statement ${statementName(s, i)}`;
        if (asList(s.Action).some((a) => a === '*' || a === '*:*')) problems.push(`${where} allows every action`);
        if (s.NotAction !== undefined) problems.push(`${where} allows NotAction, i.e. everything else`);
      });
    }
    return problems.length ? fail(problems.join('; ')) : PASS;
  },
};
