import { isOAuthIngressShape } from '../catalog/bedrock-services';
import { GuardrailRule, PASS, fail } from './types';
import { asList, isAnyPrincipal, parseStatements, statementName } from './policy';

export const EndpointPolicy: GuardrailRule = {
  id: 'BPP-VPCE-2',
  description: 'Every VPC endpoint has its own policy, and no statement allows every action, NotAction, NotResource, NotPrincipal, or any principal without a condition (beyond the AgentCore OAuth invoke action on named runtimes or gateways)',
  severity: 'error',
  fix: 'Attach a least-privilege endpoint policy (modules/endpoints/policies.ts): listed actions, Principal "*" only with aws:PrincipalAccount or narrower conditions, or (AgentCore OAuth) on named resources.',
  resourceTypes: ['aws_vpc_endpoint'],
  evaluate(endpoint) {
    if (endpoint.config.policy === undefined) return fail('no policy: the default endpoint policy allows full access for any principal');
    const statements = parseStatements(endpoint.config.policy);
    if (!statements) return fail('the policy is not literal JSON, so it cannot be checked');
    for (const [i, s] of statements.entries()) {
      if (s.Effect !== 'Allow') continue;
      const where = statementName(s, i);
      for (const not of ['NotAction', 'NotResource', 'NotPrincipal'] as const) {
        if (s[not] !== undefined) return fail(`statement ${where} allows ${not}`);
      }
      if (asList(s.Action).some((a) => a === '*' || a.endsWith(':*'))) return fail(`statement ${where} allows a wildcard action (the default policy's shape)`);
      // Principal "*" without a condition is admitted only in AgentCore's OAuth shape (the invoke action on
      // named runtimes or gateways); BPP-VPCE-4 reports those, with the environment's justification.
      if (isAnyPrincipal(s.Principal) && !s.Condition && !isOAuthIngressShape(asList(s.Action), asList(s.Resource))) {
        return fail(`statement ${where} allows any principal without a condition, and is not the AgentCore OAuth shape (the invoke action on named runtimes or gateways)`);
      }
    }
    return PASS;
  },
};
