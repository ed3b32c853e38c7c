"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NoPublicIp = void 0;
const types_1 = require("./types");
/** Attribute that maps or assigns a public IP, per resource type. */
const PUBLIC_IP_FLAGS = {
    aws_subnet: 'map_public_ip_on_launch',
    aws_default_subnet: 'map_public_ip_on_launch',
    aws_instance: 'associate_public_ip_address',
};
exports.NoPublicIp = {
    id: 'BPP-NET-2',
    description: 'No public IP mapping: subnets do not map public IPs on launch, instances get none, no Elastic IPs',
    severity: 'error',
    fix: 'Set map_public_ip_on_launch = false (PrivateNetwork does) and remove Elastic IPs and public IP association.',
    resourceTypes: [...Object.keys(PUBLIC_IP_FLAGS), 'aws_eip'],
    evaluate(resource) {
        if (resource.type === 'aws_eip')
            return (0, types_1.fail)('an Elastic IP is a public address');
        // aws_default_subnet maps public IPs unless told otherwise.
        const value = resource.config[PUBLIC_IP_FLAGS[resource.type]];
        const isPublic = value === true || (resource.type === 'aws_default_subnet' && value === undefined);
        return isPublic ? (0, types_1.fail)(`${PUBLIC_IP_FLAGS[resource.type]} maps a public IP`) : types_1.PASS;
    },
};
