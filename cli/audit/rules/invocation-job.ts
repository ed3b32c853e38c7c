import type { Expectations } from '../expectations';
import type { Finding, InvocationJob } from '../model';
import { invocationJobRemediation } from '../remediation';
import { RULES, type RuleInfo } from './catalog';
import { hasVpc, unexpectedPlacement } from './vpc';

/** Seed 001: batch inference jobs belong in the VPC too. */
export function checkInvocationJob(region: string, job: InvocationJob, expected: Expectations): Finding[] {
  const name = job.jobName ?? job.jobArn ?? '?';
  let broken: [RuleInfo, string] | undefined;
  if (!hasVpc(job.vpcConfig)) {
    broken = [RULES.invocationJobNoVpc, `Batch inference job ${name} (${job.status ?? 'unknown status'}) has no vpcConfig.`];
  } else {
    const outside = unexpectedPlacement(job.vpcConfig, expected);
    if (outside.length > 0) {
      broken = [RULES.invocationJobUnexpectedVpc, `Batch inference job ${name} uses ${outside.join(', ')}, not in the expected VPC placement.`];
    }
  }
  if (broken === undefined) return [];
  const [rule, message] = broken;
  return [{
    ruleId: rule.id,
    kind: 'model-invocation-job',
    region,
    resourceArn: job.jobArn ?? name,
    resourceName: name,
    message,
    remediation: invocationJobRemediation(region, job, expected),
  }];
}
