"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NoInternetGateway = void 0;
const types_1 = require("./types");
/** Any of these gives the VPC a path to or from the internet; the platform has none by design. */
const INTERNET_PATHS = {
    aws_internet_gateway: 'an internet gateway',
    aws_egress_only_internet_gateway: 'an egress-only internet gateway',
    aws_internet_gateway_attachment: 'an internet gateway attachment',
    aws_nat_gateway: 'a NAT gateway',
};
exports.NoInternetGateway = {
    id: 'BPP-NET-1',
    description: 'No internet gateway, egress-only internet gateway or NAT gateway: the VPC has no route to the internet',
    severity: 'error',
    fix: 'Remove the gateway. Reach AWS services through the S3 gateway endpoint and PrivateLink interface endpoints (modules/endpoints).',
    resourceTypes: Object.keys(INTERNET_PATHS),
    evaluate(resource) {
        return (0, types_1.fail)(`${INTERNET_PATHS[resource.type]} opens a path to the internet`);
    },
};
