"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unexpectedPlacement = unexpectedPlacement;
exports.hasVpc = hasVpc;
/** Subnets and security groups of a job that are not among the expected ones (empty = in place). */
function unexpectedPlacement(vpc, expected) {
    const outside = (actual, allowed) => allowed === undefined ? [] : (actual ?? []).filter((id) => !allowed.includes(id));
    return [...outside(vpc.subnetIds, expected.subnetIds), ...outside(vpc.securityGroupIds, expected.securityGroupIds)];
}
/** A vpcConfig counts only if it names at least one subnet: an empty one places the job nowhere. */
function hasVpc(vpc) {
    return vpc !== undefined && (vpc.subnetIds?.length ?? 0) > 0;
}
