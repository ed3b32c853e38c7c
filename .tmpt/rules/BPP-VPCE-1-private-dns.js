"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EndpointPrivateDns = void 0;
const types_1 = require("./types");
/**
 * A warning, not an error: without private DNS the SDK's default hostnames resolve to the public
 * endpoint, which a VPC without internet access cannot reach. Calls fail; data does not leave.
 */
exports.EndpointPrivateDns = {
    id: 'BPP-VPCE-1',
    description: 'Every interface endpoint has private DNS enabled, so default SDK hostnames stay in the VPC',
    severity: 'warning',
    fix: 'Set privateDnsEnabled: true on the interface endpoint (BedrockInterfaceEndpoints does) and enable DNS support and hostnames on the VPC.',
    resourceTypes: ['aws_vpc_endpoint'],
    evaluate(endpoint) {
        if (endpoint.config.vpc_endpoint_type !== 'Interface')
            return types_1.NOT_APPLICABLE;
        return endpoint.config.private_dns_enabled === true ? types_1.PASS : (0, types_1.fail)('private_dns_enabled is not true');
    },
};
