"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.S3GatewayEndpoint = void 0;
const constructs_1 = require("constructs");
const vpc_endpoint_1 = require("@cdktf/provider-aws/lib/vpc-endpoint");
const bedrock_services_1 = require("../../catalog/bedrock-services");
const policies_1 = require("./policies");
const document_1 = require("../policy/document");
/** The S3 gateway endpoint jobs use to read and write their data without internet access (seed 000). */
class S3GatewayEndpoint extends constructs_1.Construct {
    endpoint;
    constructor(scope, id, props) {
        super(scope, id);
        if (props.routeTableIds.length === 0)
            throw new Error(`${this.node.path}: the S3 gateway endpoint needs at least one route table.`);
        this.endpoint = new vpc_endpoint_1.VpcEndpoint(this, 'endpoint', {
            vpcId: props.vpcId,
            serviceName: (0, bedrock_services_1.endpointServiceName)(props.region, 's3'),
            vpcEndpointType: 'Gateway',
            routeTableIds: [...props.routeTableIds],
            policy: (0, document_1.policyJson)((0, policies_1.s3GatewayEndpointPolicy)(props)),
            tags: { Name: `${props.namePrefix}-s3-gateway` },
        });
    }
}
exports.S3GatewayEndpoint = S3GatewayEndpoint;
