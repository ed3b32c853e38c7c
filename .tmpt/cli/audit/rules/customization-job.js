"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkCustomizationJob = checkCustomizationJob;
const remediation_1 = require("../remediation");
const catalog_1 = require("./catalog");
const vpc_1 = require("./vpc");
/** Seed 002's rule (no vpcConfig), plus placement in the expected VPC and seed 003's key rule. */
function checkCustomizationJob(region, job, expected) {
    const broken = [];
    const name = job.jobName ?? job.jobArn ?? '?';
    if (!(0, vpc_1.hasVpc)(job.vpcConfig)) {
        broken.push([catalog_1.RULES.customizationJobNoVpc, `Customization job ${name} (${job.status ?? 'unknown status'}) has no vpcConfig.`]);
    }
    else {
        const outside = (0, vpc_1.unexpectedPlacement)(job.vpcConfig, expected);
        if (outside.length > 0) {
            broken.push([catalog_1.RULES.customizationJobUnexpectedVpc, `Customization job ${name} uses ${outside.join(', ')}, not in the expected VPC placement.`]);
        }
    }
    if (!job.outputModelKmsKeyArn) {
        broken.push([catalog_1.RULES.customizationJobNoCmk, `Customization job ${name} sets no customer-managed key for its output model (outputModelKmsKeyArn is empty).`]);
    }
    if (broken.length === 0)
        return [];
    const remediation = (0, remediation_1.customizationJobRemediation)(region, job, expected);
    return broken.map(([rule, message]) => ({
        ruleId: rule.id,
        kind: 'model-customization-job',
        region,
        resourceArn: job.jobArn ?? name,
        resourceName: name,
        message,
        remediation,
    }));
}
