import { GuardrailRule, NOT_APPLICABLE, PASS, fail } from './types';

/**
 * A warning, not an error: without private DNS the SDK's default hostnames resolve to the public
 * endpoint, which a VPC without internet access cannot reach. Calls fail; data does not leave.
 */
export const EndpointPrivateDns: GuardrailRule = {
  id: 'BPP-VPCE-1',
  description: 'Every interface endpoint has private DNS enabled, so default SDK hostnames stay in the VPC',
  severity: 'warning',
  fix: 'Set privateDnsEnabled: true on the interface endpoint (BedrockInterfaceEndpoints does) and enable DNS support and hostnames on the VPC.',
  resourceTypes: ['aws_vpc_endpoint'],
  evaluate(endpoint) {
    if (endpoint.config.vpc_endpoint_type !== 'Interface') return NOT_APPLICABLE;
    return endpoint.config.private_dns_enabled === true ? PASS : fail('private_dns_enabled is not true');
  },
};
