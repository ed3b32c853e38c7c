import type { Finding, InvocationJob } from '../model';
import { invocationJobRemediation } from '../remediation/jobs';
import { bucketOf } from '../s3-uri';
import { RULES } from './catalog';
import { type Broken, type RuleContext, findingsOf } from './context';
import { placementProblem } from './vpc';

/** Seed 001: batch inference jobs belong in the VPC, with the data key on their output, in the batch buckets. */
export function checkInvocationJob(job: InvocationJob, ctx: RuleContext): Finding[] {
  const name = job.jobName ?? job.jobArn ?? '?';
  const output = job.outputDataConfig?.s3OutputDataConfig;
  return findingsOf(
    { region: ctx.region, arn: job.jobArn ?? name, name },
    [
      placementProblem(job.vpcConfig, ctx.expected, { none: RULES.invocationJobNoVpc, outside: RULES.invocationJobUnexpectedVpc }, { label: 'Batch inference job', name, status: job.status }),
      output?.s3EncryptionKeyId
        ? undefined
        : [RULES.invocationJobOutputNoCmk, `Batch inference job ${name} writes ${output?.s3Uri ?? 'its output'} without s3EncryptionKeyId.`],
      foreignBuckets(job, name, ctx),
    ],
    () => invocationJobRemediation(ctx.region, job, ctx.expected),
  );
}

/** Input and output must be in the environment's batch buckets; not evaluated until they are known. */
function foreignBuckets(job: InvocationJob, name: string, ctx: RuleContext): Broken | undefined {
  const want = ctx.expected.batchBuckets;
  if (want === undefined) return undefined;
  const uses = [
    ['input', job.inputDataConfig?.s3InputDataConfig?.s3Uri, want.input],
    ['output', job.outputDataConfig?.s3OutputDataConfig?.s3Uri, want.output],
  ] as const;
  const wrong = uses.filter(([, uri, bucket]) => bucketOf(uri) !== bucket);
  if (wrong.length === 0) return undefined;
  const detail = wrong.map(([what, uri, bucket]) => `${what} ${uri ?? '(none)'} is not in ${bucket}`).join('; ');
  return [RULES.invocationJobForeignBuckets, `Batch inference job ${name}: ${detail}.`];
}
