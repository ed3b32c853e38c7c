"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkInvocationJob = checkInvocationJob;
const remediation_1 = require("../remediation");
const catalog_1 = require("./catalog");
const vpc_1 = require("./vpc");
/** Seed 001: batch inference jobs belong in the VPC too. */
function checkInvocationJob(region, job, expected) {
    const name = job.jobName ?? job.jobArn ?? '?';
    let broken;
    if (!(0, vpc_1.hasVpc)(job.vpcConfig)) {
        broken = [catalog_1.RULES.invocationJobNoVpc, `Batch inference job ${name} (${job.status ?? 'unknown status'}) has no vpcConfig.`];
    }
    else {
        const outside = (0, vpc_1.unexpectedPlacement)(job.vpcConfig, expected);
        if (outside.length > 0) {
            broken = [catalog_1.RULES.invocationJobUnexpectedVpc, `Batch inference job ${name} uses ${outside.join(', ')}, not in the expected VPC placement.`];
        }
    }
    if (broken === undefined)
        return [];
    const [rule, message] = broken;
    return [{
            ruleId: rule.id,
            kind: 'model-invocation-job',
            region,
            resourceArn: job.jobArn ?? name,
            resourceName: name,
            message,
            remediation: (0, remediation_1.invocationJobRemediation)(region, job, expected),
        }];
}
