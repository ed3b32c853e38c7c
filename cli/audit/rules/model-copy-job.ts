import type { Finding, ModelCopyJob } from '../model';
import { copyRemediation } from '../remediation/models';
import { RULES } from './catalog';
import { type RuleContext, findingsOf } from './context';

/**
 * A copy is encrypted only with the key the copy job names (seed 003, copied models): the source
 * model's key does not carry over. The copied model itself is a custom model and is also checked
 * as one (BRP006/BRP014); this rule names the job that made it, and catches failed or running copies.
 */
export function checkModelCopyJob(job: ModelCopyJob, ctx: RuleContext): Finding[] {
  const name = job.targetModelName ?? job.jobArn ?? '?';
  return findingsOf(
    { region: ctx.region, arn: job.jobArn ?? name, name },
    [
      job.targetModelKmsKeyArn
        ? undefined
        : [RULES.copyJobTargetNoCmk, `Model copy job ${job.jobArn ?? name} (${job.status ?? 'unknown status'}) copies ${job.sourceModelArn ?? 'its source'} to ${job.targetModelArn ?? name} without targetModelKmsKeyArn.`],
    ],
    () => copyRemediation(ctx.region, job, ctx.expected),
  );
}
