import { Construct } from 'constructs';
import { DefaultNetworkAcl } from '@cdktf/provider-aws/lib/default-network-acl';

/** One NACL entry as aws_default_network_acl takes it (protocol "6" is TCP). */
export interface NaclRule {
  readonly ruleNo: number;
  readonly action: 'allow' | 'deny';
  readonly protocol: '6';
  readonly cidrBlock: string;
  readonly fromPort: number;
  readonly toPort: number;
}

/** The whole ephemeral range AWS tells NACLs to allow for return traffic (VPC User Guide, "Ephemeral ports"). */
export const EPHEMERAL_PORTS = { from: 1024, to: 65535 } as const;
const HTTPS = 443;
/** RDP: inside the ephemeral range, so denied from anywhere before the range is allowed (Prowler's _tcp_port_3389). */
const RDP = 3389;

/**
 * What the subnets need and nothing else. Everything the platform sends is HTTPS: to the interface
 * endpoints (inside the VPC) and to S3 through the gateway endpoint. A gateway endpoint is a route, not an
 * address: the traffic leaves the subnet for S3's public addresses, and a NACL cannot name a prefix list,
 * so HTTPS out and its replies in are allowed for 0.0.0.0/0. That reaches nothing else: the route table
 * has no internet gateway or NAT, only the local and S3 routes, and the job security group allows only
 * the S3 prefix list. NACLs are stateless, so every reply is a rule: in from anywhere to the ephemeral
 * ports (S3's and the endpoints' replies), out to the VPC's ephemeral ports (the endpoints' replies to
 * callers). RDP, which falls inside the ephemeral range, is denied from anywhere first; SSH is outside it
 * and stays behind the final deny. The Amazon DNS server is not filtered by NACLs (VPC User Guide).
 */
export function defaultNetworkAclRules(vpcCidr: string): { ingress: NaclRule[]; egress: NaclRule[] } {
  const tcp = (ruleNo: number, action: NaclRule['action'], cidrBlock: string, fromPort: number, toPort = fromPort): NaclRule => ({ ruleNo, action, protocol: '6', cidrBlock, fromPort, toPort });
  return {
    ingress: [
      tcp(100, 'deny', '0.0.0.0/0', RDP),
      tcp(110, 'allow', vpcCidr, HTTPS),
      tcp(120, 'allow', '0.0.0.0/0', EPHEMERAL_PORTS.from, EPHEMERAL_PORTS.to),
    ],
    egress: [
      // The interface endpoints (in the VPC) and S3 (public addresses, through the gateway route) alike.
      tcp(100, 'allow', '0.0.0.0/0', HTTPS),
      tcp(110, 'allow', vpcCidr, EPHEMERAL_PORTS.from, EPHEMERAL_PORTS.to),
    ],
  };
}

export interface RestrictedDefaultNetworkAclProps {
  /** The VPC's default network ACL (aws_vpc.default_network_acl_id). */
  readonly defaultNetworkAclId: string;
  /** The VPC's block: the interface endpoints and their callers live in it. */
  readonly vpcCidr: string;
  /** Every subnet of the VPC: listed, so the association is not a diff on every plan. */
  readonly subnetIds: readonly string[];
  /** Name tag. */
  readonly name: string;
}

/**
 * Takes over the VPC's default network ACL (AWS's allow-all) and replaces its rules with
 * `defaultNetworkAclRules`. Security groups stay the precise control; this is the subnet-level backstop
 * Prowler's ec2_networkacl_allow_ingress_* checks look for.
 */
export class RestrictedDefaultNetworkAcl extends Construct {
  readonly acl: DefaultNetworkAcl;

  constructor(scope: Construct, id: string, props: RestrictedDefaultNetworkAclProps) {
    super(scope, id);
    const rules = defaultNetworkAclRules(props.vpcCidr);
    this.acl = new DefaultNetworkAcl(this, 'acl', {
      defaultNetworkAclId: props.defaultNetworkAclId,
      subnetIds: [...props.subnetIds],
      ingress: rules.ingress.map((r) => ({ ...r })),
      egress: rules.egress.map((r) => ({ ...r })),
      tags: { Name: props.name },
    });
  }
}
