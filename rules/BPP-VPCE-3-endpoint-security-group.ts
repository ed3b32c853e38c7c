import { GuardrailRule, NOT_APPLICABLE, PASS, fail } from './types';
import { StackResources, SynthResource, refersTo } from './resources';
import { asList } from './policy';

const OPEN = new Set(['0.0.0.0/0', '::/0']);

/** Open CIDRs on a group: inline ingress/egress blocks and separate rule resources that reference it. */
function openCidrs(group: SynthResource, stack: StackResources): string[] {
  const inline = ['ingress', 'egress'].flatMap((dir) =>
    asList(group.config[dir] as Record<string, unknown>[] | undefined).flatMap((r) => [...asList(r.cidr_blocks as string[]), ...asList(r.ipv6_cidr_blocks as string[])]),
  );
  const separate = ['aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'].flatMap((t) =>
    stack.referencing(t, 'security_group_id', group).flatMap((r) => [r.config.cidr_ipv4, r.config.cidr_ipv6]),
  );
  const legacy = stack
    .referencing('aws_security_group_rule', 'security_group_id', group)
    .flatMap((r) => [...asList(r.config.cidr_blocks as string[]), ...asList(r.config.ipv6_cidr_blocks as string[])]);
  return [...inline, ...separate, ...legacy].filter((c): c is string => typeof c === 'string' && OPEN.has(c));
}

export const EndpointSecurityGroup: GuardrailRule = {
  id: 'BPP-VPCE-3',
  description: 'Every interface endpoint has a security group of this stack, and none of its rules is open to 0.0.0.0/0 or ::/0',
  severity: 'error',
  fix: 'Attach the endpoint security group (modules/network/security-groups.ts) and allow HTTPS only from the job group and the VPC block.',
  resourceTypes: ['aws_vpc_endpoint'],
  evaluate(endpoint, stack) {
    if (endpoint.config.vpc_endpoint_type !== 'Interface') return NOT_APPLICABLE;
    const ids = asList(endpoint.config.security_group_ids as string[] | undefined);
    if (ids.length === 0) return fail('no security_group_ids: the endpoint gets the VPC default group');
    const groups = stack.ofType('aws_security_group').filter((g) => refersTo(ids, g));
    if (groups.length !== ids.length) return fail('a security group is not one of this stack\'s, so its rules cannot be checked');
    const open = groups.flatMap((g) => openCidrs(g, stack).map((c) => `${g.path} allows ${c}`));
    return open.length ? fail(open.join('; ')) : PASS;
  },
};
