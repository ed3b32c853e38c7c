import { Construct } from 'constructs';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { DefaultSecurityGroup } from '@cdktf/provider-aws/lib/default-security-group';
import { RestrictedDefaultNetworkAcl } from './default-network-acl';

/** Where one private subnet goes: an Availability Zone ID and its block inside the VPC's. */
export interface SubnetPlacement {
  /** AZ ID such as "use1-az1" (the same physical zone in every account, unlike AZ names). */
  readonly azId: string;
  /** The subnet's IPv4 block; it must lie inside the VPC's and not overlap another subnet's. */
  readonly cidr: string;
}

export interface PrivateNetworkProps {
  /** Prefix of every Name tag, `<prefix>-<env>`. */
  readonly namePrefix: string;
  /** The VPC's IPv4 block. */
  readonly cidr: string;
  /** One private subnet per entry, placed by AZ ID; the construct IDs are keyed by AZ ID, never by position. */
  readonly subnets: readonly SubnetPlacement[];
}

/**
 * A VPC with only private subnets: no internet gateway, no NAT, no public IPs and so no route to
 * 0.0.0.0/0. Bedrock jobs reach S3 through the gateway endpoint and Bedrock through PrivateLink.
 */
export class PrivateNetwork extends Construct {
  readonly vpc: Vpc;
  /** In the order of the configured AZ IDs. */
  readonly subnets: readonly Subnet[];
  readonly routeTable: RouteTable;
  /** The VPC's default network ACL, restricted to what the endpoints need (default-network-acl.ts). */
  readonly defaultNetworkAcl: RestrictedDefaultNetworkAcl;

  constructor(scope: Construct, id: string, props: PrivateNetworkProps) {
    super(scope, id);
    if (props.subnets.length === 0) throw new Error(`${this.node.path}: a private network needs at least one subnet.`);

    this.vpc = new Vpc(this, 'vpc', {
      cidrBlock: props.cidr,
      // Private DNS for interface endpoints needs both.
      enableDnsSupport: true,
      enableDnsHostnames: true,
      tags: { Name: `${props.namePrefix}-vpc` },
    });

    // Locks down the VPC's default security group: no rules at all, so nothing can use it by accident.
    new DefaultSecurityGroup(this, 'default-sg', { vpcId: this.vpc.id, ingress: [], egress: [], tags: { Name: `${props.namePrefix}-default-deny` } });

    // One table for every private subnet: only the local route, plus the S3 gateway endpoint's routes.
    this.routeTable = new RouteTable(this, 'private-rt', { vpcId: this.vpc.id, tags: { Name: `${props.namePrefix}-private` } });

    // Construct IDs are keyed by AZ ID, never by position, so adding an AZ leaves existing addresses alone.
    this.subnets = props.subnets.map((plan) => {
      const subnet = new Subnet(this, `subnet-${plan.azId}`, {
        vpcId: this.vpc.id,
        cidrBlock: plan.cidr,
        availabilityZoneId: plan.azId,
        mapPublicIpOnLaunch: false,
        tags: { Name: `${props.namePrefix}-private-${plan.azId}` },
      });
      new RouteTableAssociation(this, `rta-${plan.azId}`, { subnetId: subnet.id, routeTableId: this.routeTable.id });
      return subnet;
    });

    // Every subnet stays on the default ACL, so restricting it restricts them all.
    this.defaultNetworkAcl = new RestrictedDefaultNetworkAcl(this, 'default-nacl', {
      defaultNetworkAclId: this.vpc.defaultNetworkAclId,
      vpcCidr: props.cidr,
      subnetIds: this.subnets.map((s) => s.id),
      name: `${props.namePrefix}-default-nacl`,
    });
  }
}
