import type { Expectations } from '../expectations';
import type { CustomizationJob, Finding } from '../model';
import { customizationJobRemediation } from '../remediation';
import { RULES, type RuleInfo } from './catalog';
import { hasVpc, unexpectedPlacement } from './vpc';

/** Seed 002's rule (no vpcConfig), plus placement in the expected VPC and seed 003's key rule. */
export function checkCustomizationJob(region: string, job: CustomizationJob, expected: Expectations): Finding[] {
  const broken: [RuleInfo, string][] = [];
  const name = job.jobName ?? job.jobArn ?? '?';
  if (!hasVpc(job.vpcConfig)) {
    broken.push([RULES.customizationJobNoVpc, `Customization job ${name} (${job.status ?? 'unknown status'}) has no vpcConfig.`]);
  } else {
    const outside = unexpectedPlacement(job.vpcConfig, expected);
    if (outside.length > 0) {
      broken.push([RULES.customizationJobUnexpectedVpc, `Customization job ${name} uses ${outside.join(', ')}, not in the expected VPC placement.`]);
    }
  }
  if (!job.outputModelKmsKeyArn) {
    broken.push([RULES.customizationJobNoCmk, `Customization job ${name} sets no customer-managed key for its output model (outputModelKmsKeyArn is empty).`]);
  }
  if (broken.length === 0) return [];
  const remediation = customizationJobRemediation(region, job, expected);
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
