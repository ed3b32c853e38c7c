import type { EnvironmentConfig } from '../../config/schema';
import { type TfJson, addressAt, ref, resourceAt } from './synth';

/** cdktf drops "." from logical ids: bedrock-agentcore.gateway → bedrock-agentcoregateway. */
function logicalId(service: string): string {
  return service.replace(/\./g, '');
}

/**
 * One Bedrock interface endpoint as every service must synthesize: private DNS, the endpoint security
 * group, the subnets whose AZ offers the service (read at plan time), and the three preconditions.
 */
export function expectInterfaceEndpoint(tf: TfJson, env: EnvironmentConfig, service: string): void {
  const region = env.region;
  const endpoint = resourceAt(tf, 'aws_vpc_endpoint', `bedrock-endpoints/${service}`);
  const subnetIds = env.azIds.map((az) => `${addressAt(tf, 'aws_subnet', `network/subnet-${az}`)}.id`).join(', ');
  const azNames = env.azIds.map((az) => `data.aws_availability_zone.${Object.keys(tf.data!.aws_availability_zone).find((k) => k.includes(`az-${az}_`))}.name`).join(', ');
  const dataName = Object.keys(tf.data!.aws_vpc_endpoint_service).find((k) => k.startsWith(`bedrock-endpoints_${logicalId(service)}-service_`));
  const serviceData = `data.aws_vpc_endpoint_service.${dataName}`;
  const filter = `matchkeys([${subnetIds}], [${azNames}], tolist(${serviceData}.availability_zones))`;
  expect(endpoint).toMatchObject({
    vpc_endpoint_type: 'Interface',
    service_name: `com.amazonaws.${region}.${service}`,
    private_dns_enabled: true,
    security_group_ids: [ref(tf, 'aws_security_group', 'security-groups/endpoints', 'id')],
    subnet_ids: `\${${filter}}`,
    vpc_id: ref(tf, 'aws_vpc', 'network/vpc', 'id'),
  });
  const [offeredInAz, policySupported, privateDns, ...more] = (endpoint.lifecycle as { precondition: Array<{ condition: string; error_message: string }> }).precondition;
  expect(more).toEqual([]);
  // Decidable at plan time: only the two data sources, never a subnet id (unknown on a fresh stack).
  for (const precondition of [offeredInAz, policySupported, privateDns]) expect(precondition.condition).not.toMatch(/aws_subnet\./);
  expect(offeredInAz.condition).toBe(`\${(length(setintersection([${azNames}], tolist(${serviceData}.availability_zones))) >= 1)}`);
  expect(offeredInAz.error_message).toContain(`com.amazonaws.${region}.${service} is offered in none of this environment's AZs`);
  expect(policySupported.condition).toBe(`\${(${serviceData}.vpc_endpoint_policy_supported == true)}`);
  expect(policySupported.error_message).toContain(`does not accept an endpoint policy in ${region}, so its endpoint would allow full access; remove "${service}" from endpoints.services`);
  expect(privateDns.condition).toBe(`\${(length(${serviceData}.private_dns_name) >= 1)}`);
  expect(privateDns.error_message).toContain(`publishes no private DNS name in ${region}, so private DNS cannot be enabled`);
  expect(tf.data!.aws_vpc_endpoint_service[dataName as string]).toMatchObject({ service_name: `com.amazonaws.${region}.${service}` });
}
