import { paginateListModelInvocationJobs } from '@aws-sdk/client-bedrock';
import type { InvocationJob } from '../model';
import { type CollectContext, type Collected, PAGE_SIZE } from './context';
import { listOnly } from './list-then-get';

/**
 * Lists every batch inference job. The list summaries already carry vpcConfig, role and both data
 * configs (s3EncryptionKeyId included), so no per-job Get (and no bedrock:GetModelInvocationJob).
 */
export function collectInvocationJobs(ctx: CollectContext): Promise<Collected<InvocationJob>> {
  return listOnly(ctx, {
    kind: 'model-invocation-job',
    listingLabel: 'batch inference jobs',
    // Batch jobs have a submit time, not a creation time.
    pages: paginateListModelInvocationJobs({ client: ctx.client, pageSize: PAGE_SIZE }, { ...(ctx.since && { submitTimeAfter: ctx.since }) }),
    summaries: (page) => page.invocationJobSummaries ?? [],
  });
}
