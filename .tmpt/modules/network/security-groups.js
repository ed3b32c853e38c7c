"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EndpointSecurityGroups = void 0;
const constructs_1 = require("constructs");
const security_group_1 = require("@cdktf/provider-aws/lib/security-group");
const vpc_security_group_ingress_rule_1 = require("@cdktf/provider-aws/lib/vpc-security-group-ingress-rule");
const vpc_security_group_egress_rule_1 = require("@cdktf/provider-aws/lib/vpc-security-group-egress-rule");
const HTTPS = { ipProtocol: 'tcp', fromPort: 443, toPort: 443 };
/**
 * Two groups: one on the Bedrock interface endpoints, one on the ENIs Bedrock jobs create in our
 * subnets. Only HTTPS, only between them (plus the VPC block into the endpoints, and the S3 prefix
 * list out of the jobs). Terraform removes AWS's default allow-all egress from groups it creates,
 * so the endpoint group has no egress at all.
 */
class EndpointSecurityGroups extends constructs_1.Construct {
    endpointSecurityGroup;
    jobSecurityGroup;
    constructor(scope, id, props) {
        super(scope, id);
        this.endpointSecurityGroup = new security_group_1.SecurityGroup(this, 'endpoints', {
            name: `${props.namePrefix}-bedrock-endpoints`,
            description: 'Bedrock interface endpoints: HTTPS in from job ENIs and the VPC only',
            vpcId: props.vpcId,
            tags: { Name: `${props.namePrefix}-bedrock-endpoints` },
        });
        this.jobSecurityGroup = new security_group_1.SecurityGroup(this, 'jobs', {
            name: `${props.namePrefix}-bedrock-jobs`,
            description: 'ENIs of Bedrock customization and batch inference jobs: HTTPS out to endpoints and S3 only',
            vpcId: props.vpcId,
            tags: { Name: `${props.namePrefix}-bedrock-jobs` },
        });
        new vpc_security_group_ingress_rule_1.VpcSecurityGroupIngressRule(this, 'endpoints-in-from-jobs', {
            ...HTTPS,
            securityGroupId: this.endpointSecurityGroup.id,
            referencedSecurityGroupId: this.jobSecurityGroup.id,
            description: 'HTTPS from Bedrock job ENIs',
        });
        new vpc_security_group_ingress_rule_1.VpcSecurityGroupIngressRule(this, 'endpoints-in-from-vpc', {
            ...HTTPS,
            securityGroupId: this.endpointSecurityGroup.id,
            cidrIpv4: props.vpcCidr,
            description: 'HTTPS from workloads inside this VPC',
        });
        new vpc_security_group_egress_rule_1.VpcSecurityGroupEgressRule(this, 'jobs-out-to-endpoints', {
            ...HTTPS,
            securityGroupId: this.jobSecurityGroup.id,
            referencedSecurityGroupId: this.endpointSecurityGroup.id,
            description: 'HTTPS to the Bedrock interface endpoints',
        });
    }
    /** The S3 egress rule needs the gateway endpoint's prefix list, which exists only once that endpoint does. */
    allowJobsToS3(prefixListId) {
        new vpc_security_group_egress_rule_1.VpcSecurityGroupEgressRule(this, 'jobs-out-to-s3', {
            ...HTTPS,
            securityGroupId: this.jobSecurityGroup.id,
            prefixListId,
            description: 'HTTPS to S3 through the gateway endpoint (its prefix list)',
        });
    }
}
exports.EndpointSecurityGroups = EndpointSecurityGroups;
