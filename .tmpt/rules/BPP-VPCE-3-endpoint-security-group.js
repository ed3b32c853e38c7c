"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EndpointSecurityGroup = void 0;
const types_1 = require("./types");
const resources_1 = require("./resources");
const policy_1 = require("./policy");
const OPEN = new Set(['0.0.0.0/0', '::/0']);
/** Open CIDRs on a group: inline ingress/egress blocks and separate rule resources that reference it. */
function openCidrs(group, stack) {
    const inline = ['ingress', 'egress'].flatMap((dir) => (0, policy_1.asList)(group.config[dir]).flatMap((r) => [...(0, policy_1.asList)(r.cidr_blocks), ...(0, policy_1.asList)(r.ipv6_cidr_blocks)]));
    const separate = ['aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'].flatMap((t) => stack.referencing(t, 'security_group_id', group).flatMap((r) => [r.config.cidr_ipv4, r.config.cidr_ipv6]));
    const legacy = stack
        .referencing('aws_security_group_rule', 'security_group_id', group)
        .flatMap((r) => [...(0, policy_1.asList)(r.config.cidr_blocks), ...(0, policy_1.asList)(r.config.ipv6_cidr_blocks)]);
    return [...inline, ...separate, ...legacy].filter((c) => typeof c === 'string' && OPEN.has(c));
}
exports.EndpointSecurityGroup = {
    id: 'BPP-VPCE-3',
    description: 'Every interface endpoint has a security group of this stack, and none of its rules is open to 0.0.0.0/0 or ::/0',
    severity: 'error',
    fix: 'Attach the endpoint security group (modules/network/security-groups.ts) and allow HTTPS only from the job group and the VPC block.',
    resourceTypes: ['aws_vpc_endpoint'],
    evaluate(endpoint, stack) {
        if (endpoint.config.vpc_endpoint_type !== 'Interface')
            return types_1.NOT_APPLICABLE;
        const ids = (0, policy_1.asList)(endpoint.config.security_group_ids);
        if (ids.length === 0)
            return (0, types_1.fail)('no security_group_ids: the endpoint gets the VPC default group');
        const groups = stack.ofType('aws_security_group').filter((g) => (0, resources_1.refersTo)(ids, g));
        if (groups.length !== ids.length)
            return (0, types_1.fail)('a security group is not one of this stack\'s, so its rules cannot be checked');
        const open = groups.flatMap((g) => openCidrs(g, stack).map((c) => `${g.path} allows ${c}`));
        return open.length ? (0, types_1.fail)(open.join('; ')) : types_1.PASS;
    },
};
