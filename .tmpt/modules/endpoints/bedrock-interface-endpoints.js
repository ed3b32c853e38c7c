"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BedrockInterfaceEndpoints = void 0;
const constructs_1 = require("constructs");
const cdktf_1 = require("cdktf");
const vpc_endpoint_1 = require("@cdktf/provider-aws/lib/vpc-endpoint");
const data_aws_vpc_endpoint_service_1 = require("@cdktf/provider-aws/lib/data-aws-vpc-endpoint-service");
const data_aws_availability_zone_1 = require("@cdktf/provider-aws/lib/data-aws-availability-zone");
const bedrock_services_1 = require("../../catalog/bedrock-services");
const policies_1 = require("./policies");
const document_1 = require("../policy/document");
/**
 * PrivateLink endpoints for the Bedrock services (seed 004), each with private DNS, the endpoint
 * security group and its own least-privilege policy.
 *
 * A service is not offered in every AZ, and an endpoint given a subnet in an unsupported AZ fails
 * at apply. The AZ filter is therefore part of the Terraform: each endpoint takes the subnets whose
 * AZ (resolved from its AZ ID) is in the service's `availability_zones`, and a precondition stops the
 * plan with a clear message if none is left.
 */
class BedrockInterfaceEndpoints extends constructs_1.Construct {
    endpoints;
    constructor(scope, id, props) {
        super(scope, id);
        if (props.services.length === 0)
            throw new Error(`${this.node.path}: enable at least one Bedrock endpoint service.`);
        if (props.subnets.length === 0)
            throw new Error(`${this.node.path}: interface endpoints need at least one subnet.`);
        // AZ ID → AZ name in this account, known at plan time.
        const azNames = props.subnets.map((s) => new data_aws_availability_zone_1.DataAwsAvailabilityZone(this, `az-${s.azId}`, { zoneId: s.azId }).name);
        const subnetIds = props.subnets.map((s) => s.subnetId);
        const endpoints = {};
        for (const service of props.services) {
            const serviceName = (0, bedrock_services_1.endpointServiceName)(props.region, service);
            const offered = new data_aws_vpc_endpoint_service_1.DataAwsVpcEndpointService(this, `${service}-service`, { serviceName });
            const usable = cdktf_1.Fn.matchkeys(subnetIds, azNames, offered.availabilityZones);
            endpoints[service] = new vpc_endpoint_1.VpcEndpoint(this, service, {
                vpcId: props.vpcId,
                serviceName,
                vpcEndpointType: 'Interface',
                privateDnsEnabled: true,
                securityGroupIds: [props.securityGroupId],
                subnetIds: usable,
                policy: (0, document_1.policyJson)((0, policies_1.bedrockEndpointPolicy)({
                    service,
                    accountId: props.accountId,
                    principalOrgId: props.principalOrgId,
                    allowedPrincipalArns: props.allowedPrincipalArns?.length ? props.allowedPrincipalArns : undefined,
                    extraActions: props.extraActions?.[service],
                    removeActions: props.removeActions?.[service],
                })),
                tags: { Name: `${props.namePrefix}-${service}` },
                lifecycle: {
                    precondition: [
                        {
                            condition: cdktf_1.Op.gte(cdktf_1.Fn.lengthOf(usable), 1),
                            errorMessage: `${serviceName} is offered in none of this environment's AZs; add an AZ ID where it is offered (aws ec2 describe-vpc-endpoint-services --service-names ${serviceName}).`,
                        },
                    ],
                },
            });
        }
        this.endpoints = endpoints;
    }
}
exports.BedrockInterfaceEndpoints = BedrockInterfaceEndpoints;
