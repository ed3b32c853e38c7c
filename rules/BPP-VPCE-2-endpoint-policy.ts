import { GuardrailRule, PASS, fail } from './types';
import { asList, isAnyPrincipal, parseStatements } from './policy';

export const EndpointPolicy: GuardrailRule = {
  id: 'BPP-VPCE-2',
  description: 'Every VPC endpoint has its own policy, and no statement allows every action, or any principal on every resource without a condition',
  severity: 'error',
  fix: 'Attach a least-privilege endpoint policy (modules/endpoints/policies.ts): listed actions, Principal "*" only with aws:PrincipalAccount or narrower conditions, or (AgentCore OAuth) on named resources.',
  resourceTypes: ['aws_vpc_endpoint'],
  evaluate(endpoint) {
    if (endpoint.config.policy === undefined) return fail('no policy: the default endpoint policy allows full access for any principal');
    const statements = parseStatements(endpoint.config.policy);
    if (!statements) return fail('the policy is not literal JSON, so it cannot be checked');
    for (const [i, s] of statements.entries()) {
      if (s.Effect !== 'Allow') continue;
      const where = s.Sid ?? `#${i + 1}`;
      if (s.NotAction !== undefined) return fail(`statement ${where} allows NotAction`);
      if (asList(s.Action).some((a) => a === '*' || a.endsWith(':*'))) return fail(`statement ${where} allows a wildcard action (the default policy's shape)`);
      // Principal "*" without a condition is admitted only on named resources (AgentCore OAuth); BPP-VPCE-4 reports those.
      if (isAnyPrincipal(s.Principal) && !s.Condition && asList(s.Resource).some((r) => r === '*')) {
        return fail(`statement ${where} allows any principal on every resource without a condition`);
      }
    }
    return PASS;
  },
};
