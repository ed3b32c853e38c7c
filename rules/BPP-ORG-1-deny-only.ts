import { GuardrailRule, PASS, fail } from './types';
import { parseStatements, statementName } from './policy';

/**
 * SCPs and RCPs only limit: an Allow in an SCP grants nothing beside FullAWSAccess, and an RCP may not
 * allow at all (only AWS's RCPFullAWSAccess does). An Allow here is a misunderstanding that reads like
 * a grant in review, so the platform's organization policies hold Deny statements only.
 */
export const OrganizationPolicyDenyOnly: GuardrailRule = {
  id: 'BPP-ORG-1',
  description: 'Every organization policy (SCP, RCP) the platform creates holds Deny statements only',
  severity: 'error',
  fix: 'Express the guardrail as a Deny with conditions (modules/org); leave the Allow to AWS\'s FullAWSAccess and RCPFullAWSAccess.',
  resourceTypes: ['aws_organizations_policy'],
  evaluate(policy) {
    const statements = parseStatements(policy.config.content);
    if (!statements) return fail('content is not literal JSON, so it cannot be checked');
    const allows = [...statements.entries()].filter(([, s]) => s.Effect !== 'Deny').map(([i, s]) => statementName(s, i));
    return allows.length ? fail(`statement ${allows.join(', ')} is not a Deny`) : PASS;
  },
};
