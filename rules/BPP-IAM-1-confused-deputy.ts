import { GuardrailRule, NOT_APPLICABLE, PASS, fail } from './types';
import { asList, conditionKeys, parseStatements, servicePrincipals } from './policy';

export const ConfusedDeputy: GuardrailRule = {
  id: 'BPP-IAM-1',
  description: 'Every role a service assumes limits it to this account\'s resources (aws:SourceAccount and aws:SourceArn)',
  severity: 'error',
  fix: 'Build the trust policy with serviceTrustPolicy (modules/policy/trust.ts): StringEquals aws:SourceAccount and ArnLike aws:SourceArn.',
  resourceTypes: ['aws_iam_role'],
  evaluate(role) {
    const statements = parseStatements(role.config.assume_role_policy);
    if (!statements) return fail('the trust policy is not literal JSON, so it cannot be checked');
    const serviceAssumes = statements.filter(
      (s) => s.Effect === 'Allow' && servicePrincipals(s).length > 0 && asList(s.Action).some((a) => a.startsWith('sts:')),
    );
    if (serviceAssumes.length === 0) return NOT_APPLICABLE;
    const missing = serviceAssumes.flatMap((s) => {
      const keys = conditionKeys(s);
      const absent = ['aws:SourceAccount', 'aws:SourceArn'].filter((k) => !keys.has(k.toLowerCase()));
      return absent.length ? [`${servicePrincipals(s).join(', ')} may assume it without ${absent.join(' and ')}`] : [];
    });
    return missing.length ? fail(missing.join('; ')) : PASS;
  },
};
