"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EndpointPolicy = void 0;
const types_1 = require("./types");
const policy_1 = require("./policy");
exports.EndpointPolicy = {
    id: 'BPP-VPCE-2',
    description: 'Every VPC endpoint has its own policy, and no statement allows every action or any principal without a condition',
    severity: 'error',
    fix: 'Attach a least-privilege endpoint policy (modules/endpoints/policies.ts): listed actions, Principal "*" only with aws:PrincipalAccount or narrower conditions.',
    resourceTypes: ['aws_vpc_endpoint'],
    evaluate(endpoint) {
        if (endpoint.config.policy === undefined)
            return (0, types_1.fail)('no policy: the default endpoint policy allows full access for any principal');
        const statements = (0, policy_1.parseStatements)(endpoint.config.policy);
        if (!statements)
            return (0, types_1.fail)('the policy is not literal JSON, so it cannot be checked');
        for (const [i, s] of statements.entries()) {
            if (s.Effect !== 'Allow')
                continue;
            const where = s.Sid ?? `#${i + 1}`;
            if (s.NotAction !== undefined)
                return (0, types_1.fail)(`statement ${where} allows NotAction`);
            if ((0, policy_1.asList)(s.Action).some((a) => a === '*' || a.endsWith(':*')))
                return (0, types_1.fail)(`statement ${where} allows a wildcard action (the default policy's shape)`);
            if ((0, policy_1.isAnyPrincipal)(s.Principal) && !s.Condition)
                return (0, types_1.fail)(`statement ${where} allows any principal without a condition`);
        }
        return types_1.PASS;
    },
};
