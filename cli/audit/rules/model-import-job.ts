import type { Finding, ModelImportJob } from '../model';
import { importJobRemediation } from '../remediation/jobs';
import { RULES } from './catalog';
import { type RuleContext, findingsOf } from './context';
import { placementProblem } from './vpc';

/** An import job reads model weights from S3: in the VPC, like every other job, and with a key for the model. */
export function checkModelImportJob(job: ModelImportJob, ctx: RuleContext): Finding[] {
  const name = job.jobName ?? job.jobArn ?? '?';
  return findingsOf(
    { region: ctx.region, arn: job.jobArn ?? name, name },
    [
      placementProblem(job.vpcConfig, ctx.expected, { none: RULES.importJobNoVpc, outside: RULES.importJobUnexpectedVpc }, { label: 'Model import job', name, status: job.status }),
      job.importedModelKmsKeyArn
        ? undefined
        : [RULES.importJobNoCmk, `Model import job ${name} sets no customer-managed key for ${job.importedModelName ?? 'the imported model'} (importedModelKmsKeyArn is empty).`],
    ],
    () => importJobRemediation(ctx.region, job, ctx.expected),
  );
}
