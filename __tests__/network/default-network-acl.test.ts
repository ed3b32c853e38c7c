import { loadEnvironments } from '../../config/load';
import { cidrContains, parseCidr } from '../../config/cidr';
import { ref, resourceAt, resources, synthEnvs } from '../helpers/synth';
import { type DescribedEntry, FINAL_DENY, prowlerOpenToInternet } from './support/prowler-nacl';

/**
 * The VPC's default network ACL, as synthesized for every shipped environment: Prowler's three NACL checks
 * (ec2_networkacl_allow_ingress_any_port, _tcp_port_22, _tcp_port_3389) pass on its rules, and the traffic
 * the platform needs (HTTPS to the interface endpoints and to S3 through the gateway, and the replies) passes
 * a stateless NACL evaluation while anything else is dropped.
 */

/** How DescribeNetworkAcls returns the synthesized rules (what Prowler reads from the deployed stack). */
function described(acl: Record<string, unknown>): DescribedEntry[] {
  type Rule = { rule_no: number; protocol: string; action: 'allow' | 'deny'; cidr_block: string; from_port: number; to_port: number };
  const entries = (rules: Rule[], egress: boolean) =>
    rules.map((r) => ({ RuleNumber: r.rule_no, Protocol: r.protocol, RuleAction: r.action, Egress: egress, CidrBlock: r.cidr_block, ...(r.protocol === '-1' ? {} : { PortRange: { From: r.from_port, To: r.to_port } }) }));
  return [...entries(acl.ingress as Rule[], false), ...entries(acl.egress as Rule[], true), FINAL_DENY(false), FINAL_DENY(true)];
}

/** A stateless NACL decision for one packet crossing the subnet boundary. */
function naclAllows(entries: readonly DescribedEntry[], egress: boolean, peer: string, port: number): boolean {
  const rules = entries.filter((e) => e.Egress === egress).sort((a, b) => a.RuleNumber - b.RuleNumber);
  for (const rule of rules) {
    const inCidr = cidrContains(parseCidr(rule.CidrBlock)!, parseCidr(`${peer}/32`)!);
    const onPort = rule.Protocol === '-1' || (rule.Protocol === '6' && rule.PortRange!.From <= port && port <= rule.PortRange!.To);
    if (inCidr && onPort) return rule.RuleAction === 'allow';
  }
  throw new Error('no rule matched: the final deny is missing');
}

/** AWS's default NACL of a new VPC: allow everything both ways (rule 100), then the final deny. */
const AWS_DEFAULT: DescribedEntry[] = [
  { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' },
  { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: true, CidrBlock: '0.0.0.0/0' },
  FINAL_DENY(false),
  FINAL_DENY(true),
];

const environments = loadEnvironments();
const synthesized = synthEnvs(environments);

/** An address inside the VPC block, and a public S3 address (us-east-1's 52.216.0.0/15 in ip-ranges.json). */
function hostIn(cidr: string): string {
  const [a, b, c] = cidr.split('/')[0].split('.');
  return `${a}.${b}.${c}.10`;
}
const S3_ADDRESS = '52.216.8.40';
const INTERNET_HOST = '203.0.113.7';
const EPHEMERAL = 43125;

describe('Prowler NACL checks (the port of check_network_acl)', () => {
  it('fail AWS\'s allow-all default NACL, so a pass below means something', () => {
    expect(prowlerOpenToInternet(AWS_DEFAULT, '-1', 0)).toBe(true);
    expect(prowlerOpenToInternet(AWS_DEFAULT, '6', 22)).toBe(true);
    expect(prowlerOpenToInternet(AWS_DEFAULT, '6', 3389)).toBe(true);
  });
});

describe.each(environments.map((env) => [env.name, env] as const))('environment %s: default network ACL', (_name, env) => {
  const tf = synthesized[env.stackName];
  const acl = resourceAt(tf, 'aws_default_network_acl', 'network/default-nacl/acl');
  const entries = described(acl);
  const vpcHost = hostIn(env.vpcCidr);

  it('takes over the VPC\'s default ACL and keeps every subnet on it (no association diff on re-plan)', () => {
    expect(resources(tf, 'aws_default_network_acl')).toHaveLength(1);
    expect(resources(tf, 'aws_network_acl')).toEqual([]);
    expect(acl.default_network_acl_id).toBe(ref(tf, 'aws_vpc', 'network/vpc', 'default_network_acl_id'));
    expect(acl.subnet_ids).toEqual(env.subnets.map((s) => ref(tf, 'aws_subnet', `network/subnet-${s.azId}`, 'id')));
  });

  it('passes ec2_networkacl_allow_ingress_any_port, _tcp_port_22 and _tcp_port_3389', () => {
    expect(prowlerOpenToInternet(entries, '-1', 0)).toBe(false);
    expect(prowlerOpenToInternet(entries, '6', 22)).toBe(false);
    expect(prowlerOpenToInternet(entries, '6', 3389)).toBe(false);
  });

  it('has only TCP rules: no all-protocol allow in either direction', () => {
    expect(entries.filter((e) => e.RuleAction === 'allow' && e.Protocol !== '6')).toEqual([]);
  });

  it.each([
    ['a job reaches an interface endpoint: HTTPS out to the VPC', true, vpcHost, 443],
    ['the endpoint\'s reply reaches the job: in from the VPC to an ephemeral port', false, vpcHost, EPHEMERAL],
    ['an endpoint receives HTTPS from the VPC', false, vpcHost, 443],
    ['the endpoint replies to its caller: out to the VPC\'s ephemeral ports', true, vpcHost, EPHEMERAL],
    ['a job reaches S3 through the gateway endpoint: HTTPS out to an S3 address', true, S3_ADDRESS, 443],
    ['S3\'s reply reaches the job: in from S3 to an ephemeral port', false, S3_ADDRESS, EPHEMERAL],
  ])('lets through: %s', (_what, egress, peer, port) => {
    expect(naclAllows(entries, egress, peer, port)).toBe(true);
  });

  it.each([
    ['SSH from the internet', false, INTERNET_HOST, 22],
    ['RDP from the internet (inside the ephemeral range, denied first)', false, INTERNET_HOST, 3389],
    ['RDP from inside the VPC', false, vpcHost, 3389],
    ['HTTPS from the internet to an endpoint', false, INTERNET_HOST, 443],
    ['plain HTTP out to anywhere', true, INTERNET_HOST, 80],
    ['a reply out to the internet\'s ephemeral ports (nothing outside serves HTTPS through this VPC)', true, INTERNET_HOST, EPHEMERAL],
  ])('drops: %s', (_what, egress, peer, port) => {
    expect(naclAllows(entries, egress, peer, port)).toBe(false);
  });
});
