import { loadEnvironments } from '../../config/load';
import { parseCidr, cidrContains, cidrsOverlap } from '../../config/cidr';
import { TfJson, addressAt, metadataPath, ref, resourceAt, resources, synthEnv, synthEnvs, testEnv } from '../helpers/synth';

const environments = loadEnvironments();
const synthesized = synthEnvs(environments);
const shipped = environments.map((env) => ({ env, tf: synthesized[env.stackName] }));

describe.each(shipped.map((s) => [s.env.name, s] as const))('environment %s', (_name, { env, tf }) => {
  it('has no internet gateway, NAT gateway, elastic IP or egress-only gateway', () => {
    for (const type of ['aws_internet_gateway', 'aws_nat_gateway', 'aws_eip', 'aws_egress_only_internet_gateway']) {
      expect(resources(tf, type)).toEqual([]);
    }
  });

  it('has no route to 0.0.0.0/0 and no public IP mapping', () => {
    expect(resources(tf, 'aws_route')).toEqual([]);
    for (const [, rt] of resources(tf, 'aws_route_table')) expect(rt.route).toBeUndefined();
    for (const [, subnet] of resources(tf, 'aws_subnet')) expect(subnet.map_public_ip_on_launch).toBe(false);
    // The default network ACL names 0.0.0.0/0 for S3's replies (default-network-acl.test.ts); nothing else may.
    const { aws_default_network_acl: _acl, ...others } = tf.resource;
    expect(JSON.stringify(others)).not.toContain('0.0.0.0/0');
  });

  it('pins the provider to the account and region with default tags', () => {
    const [provider] = tf.provider.aws;
    expect(provider.allowed_account_ids).toEqual([env.accountId]);
    expect(provider.region).toBe(env.region);
    expect((provider.default_tags as Array<{ tags: Record<string, string> }>)[0].tags).toMatchObject({
      Environment: env.name,
      Owner: env.tags.owner,
      CostCentre: env.tags.costCentre,
      ManagedBy: 'cdktf',
      Stack: env.stackName,
      ...env.tags.extra,
    });
  });

  it('creates a VPC with DNS support and hostnames (private DNS needs both)', () => {
    const vpc = resourceAt(tf, 'aws_vpc', 'network/vpc');
    expect(vpc).toMatchObject({ cidr_block: env.vpcCidr, enable_dns_support: true, enable_dns_hostnames: true });
  });

  it('places one private subnet per configured AZ ID, inside the VPC and disjoint', () => {
    const subnets = env.azIds.map((azId) => resourceAt(tf, 'aws_subnet', `network/subnet-${azId}`));
    expect(subnets.map((s) => s.availability_zone_id)).toEqual(env.azIds);
    expect(resources(tf, 'aws_subnet')).toHaveLength(env.azIds.length);
    const vpc = parseCidr(env.vpcCidr)!;
    const cidrs = subnets.map((s) => parseCidr(s.cidr_block as string)!);
    cidrs.forEach((c, i) => {
      expect(cidrContains(vpc, c)).toBe(true);
      cidrs.slice(i + 1).forEach((d) => expect(cidrsOverlap(c, d)).toBe(false));
    });
  });

  it('associates every subnet with the private route table', () => {
    const rt = ref(tf, 'aws_route_table', 'network/private-rt', 'id');
    for (const azId of env.azIds) {
      expect(resourceAt(tf, 'aws_route_table_association', `network/rta-${azId}`)).toMatchObject({
        route_table_id: rt,
        subnet_id: ref(tf, 'aws_subnet', `network/subnet-${azId}`, 'id'),
      });
    }
  });

  it('locks the default security group down to no rules', () => {
    expect(resourceAt(tf, 'aws_default_security_group', 'network/default-sg')).toMatchObject({ ingress: [], egress: [] });
  });

  it('logs all VPC traffic to a KMS-encrypted log group with the configured retention', () => {
    const group = resourceAt(tf, 'aws_cloudwatch_log_group', 'flow-logs/log-group');
    expect(group.retention_in_days).toBe(env.flowLogs.retentionDays);
    expect(group.kms_key_id).toBe(ref(tf, 'aws_kms_key', 'data/logs-key/key', 'arn'));
    expect(resourceAt(tf, 'aws_flow_log', 'flow-logs/flow-log')).toMatchObject({
      vpc_id: ref(tf, 'aws_vpc', 'network/vpc', 'id'),
      traffic_type: 'ALL',
      log_destination_type: 'cloud-watch-logs',
      log_destination: ref(tf, 'aws_cloudwatch_log_group', 'flow-logs/log-group', 'arn'),
      iam_role_arn: ref(tf, 'aws_iam_role', 'flow-logs/role', 'arn'),
    });
  });

  it('writes an explicit record format with the VPC, subnet, packet addresses, direction and path (escaped from Terraform interpolation)', () => {
    const format = resourceAt(tf, 'aws_flow_log', 'flow-logs/flow-log').log_format as string;
    expect(format).toBe(
      '$${version} $${account-id} $${region} $${az-id} $${vpc-id} $${subnet-id} $${interface-id} $${instance-id} $${type} ' +
        '$${srcaddr} $${dstaddr} $${srcport} $${dstport} $${pkt-srcaddr} $${pkt-dstaddr} $${protocol} $${tcp-flags} ' +
        '$${pkt-src-aws-service} $${pkt-dst-aws-service} $${packets} $${bytes} $${start} $${end} $${action} $${log-status} ' +
        '$${flow-direction} $${traffic-path}',
    );
  });
});

describe('security groups', () => {
  const env = testEnv();
  const tf: TfJson = synthEnv(env);
  const endpointsSg = ref(tf, 'aws_security_group', 'security-groups/endpoints', 'id');
  const jobsSg = ref(tf, 'aws_security_group', 'security-groups/jobs', 'id');

  it('allows only HTTPS into the endpoints, from the job group and the VPC block', () => {
    const ingress = resources(tf, 'aws_vpc_security_group_ingress_rule').map(([, r]) => r);
    expect(ingress.map(({ ['//']: _m, ...rule }) => rule)).toEqual([
      { security_group_id: endpointsSg, ip_protocol: 'tcp', from_port: 443, to_port: 443, referenced_security_group_id: jobsSg, description: 'HTTPS from Bedrock job ENIs' },
      { security_group_id: endpointsSg, ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: env.vpcCidr, description: 'HTTPS from workloads inside this VPC' },
    ]);
  });

  it('allows job ENIs only HTTPS out, to the endpoint group and the S3 prefix list', () => {
    const egress = resources(tf, 'aws_vpc_security_group_egress_rule').map(([, r]) => r);
    expect(egress.map(({ ['//']: _m, ...rule }) => rule)).toEqual([
      { security_group_id: jobsSg, ip_protocol: 'tcp', from_port: 443, to_port: 443, referenced_security_group_id: endpointsSg, description: 'HTTPS to the Bedrock interface endpoints' },
      {
        security_group_id: jobsSg,
        ip_protocol: 'tcp',
        from_port: 443,
        to_port: 443,
        prefix_list_id: ref(tf, 'aws_vpc_endpoint', 's3-gateway/endpoint', 'prefix_list_id'),
        description: 'HTTPS to S3 through the gateway endpoint (its prefix list)',
      },
    ]);
  });

  it('creates the groups without inline rules, so AWS\'s default allow-all egress is removed', () => {
    for (const [, sg] of resources(tf, 'aws_security_group')) {
      expect(sg.ingress).toBeUndefined();
      expect(sg.egress).toBeUndefined();
      expect(typeof sg.description).toBe('string');
    }
    expect(metadataPath(resourceAt(tf, 'aws_security_group', 'security-groups/jobs'))).toBe('bedrock-test/security-groups/jobs');
    expect(addressAt(tf, 'aws_security_group', 'security-groups/jobs')).toMatch(/^aws_security_group\.security-groups_jobs_[0-9A-F]{8}$/);
  });
});
