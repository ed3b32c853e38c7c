import { Construct } from 'constructs';
import { Fn, Op } from '../../framework';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { DataAwsVpcEndpointService } from '@cdktf/provider-aws/lib/data-aws-vpc-endpoint-service';
import { DataAwsAvailabilityZone } from '@cdktf/provider-aws/lib/data-aws-availability-zone';
import { BedrockServiceName, endpointServiceName } from '../../catalog/bedrock-services';
import { bedrockEndpointPolicy } from './policies';
import { policyJson } from '../policy/document';

/** A subnet an endpoint may use, with the AZ ID that decides whether its service is offered there. */
export interface EndpointSubnet {
  /** AZ ID such as "use1-az1". */
  readonly azId: string;
  /** The subnet's id (usually a reference to the PrivateNetwork's subnet). */
  readonly subnetId: string;
}

export interface BedrockInterfaceEndpointsProps {
  /** The VPC the endpoints are created in. */
  readonly vpcId: string;
  /** The region: endpoint service names are `com.amazonaws.<region>.<service>`. */
  readonly region: string;
  /** The account whose principals the endpoint policies admit (aws:PrincipalAccount). */
  readonly accountId: string;
  /** `<prefix>-<env>`: each endpoint's Name tag is `<namePrefix>-<service>`. */
  readonly namePrefix: string;
  /** The services to expose (catalog/bedrock-services.ts). Order does not matter: addresses are keyed by service name. */
  readonly services: readonly BedrockServiceName[];
  /** Candidate subnets; each endpoint uses those in AZs where its service is offered. */
  readonly subnets: readonly EndpointSubnet[];
  /** The security group on every endpoint (HTTPS in from the VPC and the job ENIs). */
  readonly securityGroupId: string;
  /** Also require callers to belong to this AWS Organization (aws:PrincipalOrgID). @default no organization condition */
  readonly principalOrgId?: string;
  /** Narrow callers to these principals (aws:PrincipalArn). @default any principal of the account */
  readonly allowedPrincipalArns?: readonly string[];
  /** Actions to add to a service's default set, by service. @default none: each service's default actions */
  readonly extraActions?: Partial<Record<BedrockServiceName, readonly string[]>>;
  /** Default actions to remove, by service. @default none removed */
  readonly removeActions?: Partial<Record<BedrockServiceName, readonly string[]>>;
  /**
   * Runtimes and gateways OAuth callers may invoke, by service: each adds a `Principal: "*"` statement
   * to that endpoint's policy (bedrockEndpointPolicy). @default none: every endpoint admits SigV4 callers of the account only
   */
  readonly oauthResourceArns?: Partial<Record<BedrockServiceName, readonly string[]>>;
}

/**
 * PrivateLink endpoints for the Bedrock services (seed 004 and the opt-in ones of
 * catalog/bedrock-services.ts), each with private DNS, the endpoint security group and its own
 * least-privilege policy.
 *
 * What a service offers differs by region and AZ, so the plan reads it from the endpoint service
 * (DescribeVpcEndpointServices) and checks it before anything is created:
 * - each endpoint takes the subnets whose AZ (resolved from its AZ ID) is in the service's
 *   `availability_zones`, and at least one of the environment's AZs must offer it;
 * - the service must accept an endpoint policy: one that does not would silently get the full-access
 *   default, the opposite of what this construct promises;
 * - the service must publish a private DNS name, or `private_dns_enabled` fails at apply.
 * Each check reads data sources only (never a subnet id, unknown on a fresh stack), so it fails the
 * plan rather than an apply that has already created the VPC and keys.
 */
export class BedrockInterfaceEndpoints extends Construct {
  readonly endpoints: Readonly<Partial<Record<BedrockServiceName, VpcEndpoint>>>;

  constructor(scope: Construct, id: string, props: BedrockInterfaceEndpointsProps) {
    super(scope, id);
    if (props.services.length === 0) throw new Error(`${this.node.path}: enable at least one Bedrock endpoint service.`);
    if (props.subnets.length === 0) throw new Error(`${this.node.path}: interface endpoints need at least one subnet.`);

    // AZ ID → AZ name in this account: a data source, so known at plan time.
    const azNames = props.subnets.map((s) => new DataAwsAvailabilityZone(this, `az-${s.azId}`, { zoneId: s.azId }).name);
    const subnetIds = props.subnets.map((s) => s.subnetId);

    const endpoints: Partial<Record<BedrockServiceName, VpcEndpoint>> = {};
    for (const service of props.services) {
      const serviceName = endpointServiceName(props.region, service);
      const offered = new DataAwsVpcEndpointService(this, `${service}-service`, { serviceName });
      const usable = Fn.matchkeys(subnetIds, azNames, offered.availabilityZones);
      // Decided from the two data sources alone: subnet ids are unknown on a fresh stack, and a check that
      // depends on them would run mid-apply, after the VPC and keys already exist.
      const offeredInOurAzs = Fn.setintersection(azNames, [offered.availabilityZones]);
      const describe = `aws ec2 describe-vpc-endpoint-services --region ${props.region} --service-names ${serviceName}`;
      endpoints[service] = new VpcEndpoint(this, service, {
        vpcId: props.vpcId,
        serviceName,
        vpcEndpointType: 'Interface',
        privateDnsEnabled: true,
        securityGroupIds: [props.securityGroupId],
        subnetIds: usable,
        policy: policyJson(
          bedrockEndpointPolicy({
            service,
            accountId: props.accountId,
            principalOrgId: props.principalOrgId,
            allowedPrincipalArns: props.allowedPrincipalArns?.length ? props.allowedPrincipalArns : undefined,
            extraActions: props.extraActions?.[service],
            removeActions: props.removeActions?.[service],
            oauthResourceArns: props.oauthResourceArns?.[service],
          }),
        ),
        tags: { Name: `${props.namePrefix}-${service}` },
        lifecycle: {
          precondition: [
            {
              condition: Op.gte(Fn.lengthOf(offeredInOurAzs), 1),
              errorMessage: `${serviceName} is offered in none of this environment's AZs; add an AZ ID where it is offered (${describe}).`,
            },
            {
              condition: Op.eq(offered.vpcEndpointPolicySupported, true),
              errorMessage: `${serviceName} does not accept an endpoint policy in ${props.region}, so its endpoint would allow full access; remove "${service}" from endpoints.services (${describe}).`,
            },
            {
              // length() >= 1, not != "" or > 0: cdktf renders falsy literals as undefined.
              condition: Op.gte(Fn.lengthOf(offered.privateDnsName), 1),
              errorMessage: `${serviceName} publishes no private DNS name in ${props.region}, so private DNS cannot be enabled; remove "${service}" from endpoints.services (${describe}).`,
            },
          ],
        },
      });
    }
    this.endpoints = endpoints;
  }
}
