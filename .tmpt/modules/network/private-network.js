"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PrivateNetwork = void 0;
const constructs_1 = require("constructs");
const vpc_1 = require("@cdktf/provider-aws/lib/vpc");
const subnet_1 = require("@cdktf/provider-aws/lib/subnet");
const route_table_1 = require("@cdktf/provider-aws/lib/route-table");
const route_table_association_1 = require("@cdktf/provider-aws/lib/route-table-association");
const default_security_group_1 = require("@cdktf/provider-aws/lib/default-security-group");
/**
 * A VPC with only private subnets: no internet gateway, no NAT, no public IPs and so no route to
 * 0.0.0.0/0. Bedrock jobs reach S3 through the gateway endpoint and Bedrock through PrivateLink.
 */
class PrivateNetwork extends constructs_1.Construct {
    vpc;
    /** In the order of the configured AZ IDs. */
    subnets;
    routeTable;
    constructor(scope, id, props) {
        super(scope, id);
        if (props.subnets.length === 0)
            throw new Error(`${this.node.path}: a private network needs at least one subnet.`);
        this.vpc = new vpc_1.Vpc(this, 'vpc', {
            cidrBlock: props.cidr,
            // Private DNS for interface endpoints needs both.
            enableDnsSupport: true,
            enableDnsHostnames: true,
            tags: { Name: `${props.namePrefix}-vpc` },
        });
        // Locks down the VPC's default security group: no rules at all, so nothing can use it by accident.
        new default_security_group_1.DefaultSecurityGroup(this, 'default-sg', { vpcId: this.vpc.id, ingress: [], egress: [], tags: { Name: `${props.namePrefix}-default-deny` } });
        // One table for every private subnet: only the local route, plus the S3 gateway endpoint's routes.
        this.routeTable = new route_table_1.RouteTable(this, 'private-rt', { vpcId: this.vpc.id, tags: { Name: `${props.namePrefix}-private` } });
        // Construct IDs are keyed by AZ ID, never by position, so adding an AZ leaves existing addresses alone.
        this.subnets = props.subnets.map((plan) => {
            const subnet = new subnet_1.Subnet(this, `subnet-${plan.azId}`, {
                vpcId: this.vpc.id,
                cidrBlock: plan.cidr,
                availabilityZoneId: plan.azId,
                mapPublicIpOnLaunch: false,
                tags: { Name: `${props.namePrefix}-private-${plan.azId}` },
            });
            new route_table_association_1.RouteTableAssociation(this, `rta-${plan.azId}`, { subnetId: subnet.id, routeTableId: this.routeTable.id });
            return subnet;
        });
    }
}
exports.PrivateNetwork = PrivateNetwork;
