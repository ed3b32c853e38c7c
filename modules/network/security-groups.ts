import { Construct } from 'constructs';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';

export interface EndpointSecurityGroupsProps {
  /** The VPC both groups belong to. */
  readonly vpcId: string;
  /** The VPC's block: workloads in it may reach the endpoints on 443. */
  readonly vpcCidr: string;
  /** `<prefix>-<env>`: the groups are `<namePrefix>-bedrock-endpoints` and `<namePrefix>-bedrock-jobs`. */
  readonly namePrefix: string;
}

const HTTPS = { ipProtocol: 'tcp', fromPort: 443, toPort: 443 } as const;

/**
 * Two groups: one on the Bedrock interface endpoints, one on the ENIs Bedrock jobs create in our
 * subnets. Only HTTPS, only between them (plus the VPC block into the endpoints, and the S3 prefix
 * list out of the jobs). Terraform removes AWS's default allow-all egress from groups it creates,
 * so the endpoint group has no egress at all.
 */
export class EndpointSecurityGroups extends Construct {
  readonly endpointSecurityGroup: SecurityGroup;
  readonly jobSecurityGroup: SecurityGroup;

  constructor(scope: Construct, id: string, props: EndpointSecurityGroupsProps) {
    super(scope, id);
    this.endpointSecurityGroup = new SecurityGroup(this, 'endpoints', {
      name: `${props.namePrefix}-bedrock-endpoints`,
      description: 'Bedrock interface endpoints: HTTPS in from job ENIs and the VPC only',
      vpcId: props.vpcId,
      tags: { Name: `${props.namePrefix}-bedrock-endpoints` },
    });
    this.jobSecurityGroup = new SecurityGroup(this, 'jobs', {
      name: `${props.namePrefix}-bedrock-jobs`,
      description: 'ENIs of Bedrock customization and batch inference jobs: HTTPS out to endpoints and S3 only',
      vpcId: props.vpcId,
      tags: { Name: `${props.namePrefix}-bedrock-jobs` },
    });

    new VpcSecurityGroupIngressRule(this, 'endpoints-in-from-jobs', {
      ...HTTPS,
      securityGroupId: this.endpointSecurityGroup.id,
      referencedSecurityGroupId: this.jobSecurityGroup.id,
      description: 'HTTPS from Bedrock job ENIs',
    });
    new VpcSecurityGroupIngressRule(this, 'endpoints-in-from-vpc', {
      ...HTTPS,
      securityGroupId: this.endpointSecurityGroup.id,
      cidrIpv4: props.vpcCidr,
      description: 'HTTPS from workloads inside this VPC',
    });
    new VpcSecurityGroupEgressRule(this, 'jobs-out-to-endpoints', {
      ...HTTPS,
      securityGroupId: this.jobSecurityGroup.id,
      referencedSecurityGroupId: this.endpointSecurityGroup.id,
      description: 'HTTPS to the Bedrock interface endpoints',
    });
  }

  /** The S3 egress rule needs the gateway endpoint's prefix list, which exists only once that endpoint does. */
  allowJobsToS3(prefixListId: string): void {
    new VpcSecurityGroupEgressRule(this, 'jobs-out-to-s3', {
      ...HTTPS,
      securityGroupId: this.jobSecurityGroup.id,
      prefixListId,
      description: 'HTTPS to S3 through the gateway endpoint (its prefix list)',
    });
  }
}
