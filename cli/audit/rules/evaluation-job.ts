import type { EvaluationJob, Finding } from '../model';
import { evaluationRemediation } from '../remediation/governance';
import { RULES } from './catalog';
import { type Broken, type RuleContext, findingsOf } from './context';

const bucketOf = (uri: string | undefined): string | undefined => /^s3:\/\/([^/]+)/.exec(uri ?? '')?.[1];

/** Where an evaluation writes (the environment's output bucket) and under which key (a customer-managed one). */
export function checkEvaluationJob(job: EvaluationJob, ctx: RuleContext): Finding[] {
  const name = job.jobName ?? job.jobArn ?? '?';
  const label = `Evaluation job ${name} (${job.status ?? 'unknown status'})`;
  const uri = job.outputDataConfig?.s3Uri;
  const want = ctx.expected.batchBuckets?.output;
  const bucket = bucketOf(uri);
  const foreign: Broken | undefined =
    want !== undefined && bucket !== want ? [RULES.evaluationJobForeignBucket, `${label} writes its results to ${uri ?? 'no S3 location'}, not the environment's output bucket ${want}.`] : undefined;
  return findingsOf(
    { region: ctx.region, arn: job.jobArn ?? name, name },
    [job.customerEncryptionKeyId ? undefined : [RULES.evaluationJobNoCmk, `${label} writes its results to ${uri ?? '?'} without customerEncryptionKeyId.`], foreign],
    () => evaluationRemediation(ctx.region, job, ctx.expected),
  );
}
