import type { CustomizationJob, Finding } from '../model';
import { customizationJobRemediation } from '../remediation/jobs';
import { RULES } from './catalog';
import { type RuleContext, findingsOf } from './context';
import { placementProblem } from './vpc';

/** Seed 002's rule (no vpcConfig), plus placement in the expected VPC and seed 003's key rule. */
export function checkCustomizationJob(job: CustomizationJob, ctx: RuleContext): Finding[] {
  const name = job.jobName ?? job.jobArn ?? '?';
  return findingsOf(
    { region: ctx.region, arn: job.jobArn ?? name, name },
    [
      placementProblem(job.vpcConfig, ctx.expected, { none: RULES.customizationJobNoVpc, outside: RULES.customizationJobUnexpectedVpc }, { label: 'Customization job', name, status: job.status }),
      job.outputModelKmsKeyArn
        ? undefined
        : [RULES.customizationJobNoCmk, `Customization job ${name} sets no customer-managed key for its output model (outputModelKmsKeyArn is empty).`],
    ],
    () => customizationJobRemediation(ctx.region, job, ctx.expected),
  );
}
