import { Construct } from 'constructs';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { DefaultSecurityGroup } from '@cdktf/provider-aws/lib/default-security-group';
import type { SubnetPlan } from '../../config/schema';

export interface PrivateNetworkProps {
  /** Prefix for Name tags. */
  readonly namePrefix: string;
  /** The VPC block. */
  readonly cidr: string;
  /** One private subnet per entry, placed by AZ ID. */
  readonly subnets: readonly SubnetPlan[];
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
  }
}
