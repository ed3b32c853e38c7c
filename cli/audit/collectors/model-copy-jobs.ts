import { paginateListModelCopyJobs } from '@aws-sdk/client-bedrock';
import type { ModelCopyJob } from '../model';
import { type CollectContext, type Collected, PAGE_SIZE, createdAfter } from './context';
import { listOnly } from './list-then-get';

/** Lists copy jobs; the summaries carry targetModelKmsKeyArn, so no Get (and no bedrock:GetModelCopyJob). */
export function collectModelCopyJobs(ctx: CollectContext): Promise<Collected<ModelCopyJob>> {
  return listOnly(ctx, {
    kind: 'model-copy-job',
    listingLabel: 'model copy jobs',
    pages: paginateListModelCopyJobs({ client: ctx.client, pageSize: PAGE_SIZE }, createdAfter(ctx)),
    summaries: (page) => page.modelCopyJobSummaries ?? [],
  });
}
