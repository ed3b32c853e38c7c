import { Construct } from 'constructs';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { endpointServiceName } from '../../catalog/bedrock-services';
import { S3GatewayPolicyProps, s3GatewayEndpointPolicy } from './policies';
import { policyJson } from '../policy/document';

export interface S3GatewayEndpointProps extends S3GatewayPolicyProps {
  /** The VPC the endpoint serves. */
  readonly vpcId: string;
  /** The region: the endpoint's service is `com.amazonaws.<region>.s3`. */
  readonly region: string;
  /** Every private route table gets the S3 routes. */
  readonly routeTableIds: readonly string[];
  /** `<prefix>-<env>`: the Name tag is `<namePrefix>-s3-gateway`. */
  readonly namePrefix: string;
}

/** The S3 gateway endpoint jobs use to read and write their data without internet access (seed 000). */
export class S3GatewayEndpoint extends Construct {
  readonly endpoint: VpcEndpoint;

  constructor(scope: Construct, id: string, props: S3GatewayEndpointProps) {
    super(scope, id);
    if (props.routeTableIds.length === 0) throw new Error(`${this.node.path}: the S3 gateway endpoint needs at least one route table.`);
    this.endpoint = new VpcEndpoint(this, 'endpoint', {
      vpcId: props.vpcId,
      serviceName: endpointServiceName(props.region, 's3'),
      vpcEndpointType: 'Gateway',
      routeTableIds: [...props.routeTableIds],
      policy: policyJson(s3GatewayEndpointPolicy(props)),
      tags: { Name: `${props.namePrefix}-s3-gateway` },
    });
  }
}
