import { GuardrailRule, NOT_APPLICABLE, PASS, fail } from './types';
import { asList, conditionKeys, isAnyPrincipal, parseStatements, statementName } from './policy';

/** Keys that tie a statement to the caller's IAM identity; any one of them makes "*" a known set. */
const PRINCIPAL_KEYS = ['aws:principalaccount', 'aws:principalorgid', 'aws:principalorgpaths', 'aws:principalarn'];

/**
 * AgentCore admits OAuth callers through an endpoint only when the policy's principal is "*", with no
 * principal condition (they have no IAM identity). That is a real widening, so it is never silent: this
 * rule fails every such statement, and only an environment's endpoints.agentCoreOAuth, with its written
 * justification, suppresses it for that endpoint; the report then shows the statement and the reason.
 */
export const EndpointAnyPrincipal: GuardrailRule = {
  id: 'BPP-VPCE-4',
  description: 'No endpoint policy statement admits any principal without a condition on the caller (aws:PrincipalAccount, aws:PrincipalOrgID, aws:PrincipalOrgPaths or aws:PrincipalArn)',
  severity: 'error',
  fix: 'Condition Principal "*" statements on the caller (bedrockEndpointPolicy does). For AgentCore OAuth callers, set endpoints.agentCoreOAuth with a justification and the runtime or gateway ARNs (help/endpoints.md).',
  resourceTypes: ['aws_vpc_endpoint'],
  evaluate(endpoint) {
    const statements = parseStatements(endpoint.config.policy);
    if (!statements) return NOT_APPLICABLE; // BPP-VPCE-2 fails a missing or unreadable policy.
    const open = [...statements.entries()].filter(([, s]) => s.Effect === 'Allow' && isAnyPrincipal(s.Principal) && !PRINCIPAL_KEYS.some((k) => conditionKeys(s).has(k)));
    if (open.length === 0) return PASS;
    const described = open.map(([i, s]) => `statement ${statementName(s, i)} admits any principal to ${asList(s.Action).join(', ')} on ${asList(s.Resource).join(', ')}`);
    return fail(described.join('; '));
  },
};
