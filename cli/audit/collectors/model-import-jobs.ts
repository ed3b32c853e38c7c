import { GetModelImportJobCommand, paginateListModelImportJobs } from '@aws-sdk/client-bedrock';
import type { ModelImportJob } from '../model';
import { type CollectContext, type Collected, PAGE_SIZE, createdAfter } from './context';
import { listThenGet } from './list-then-get';

/** Lists import jobs and gets each one: the summaries carry neither vpcConfig nor importedModelKmsKeyArn. */
export function collectModelImportJobs(ctx: CollectContext): Promise<Collected<ModelImportJob>> {
  return listThenGet(ctx, {
    kind: 'model-import-job',
    listingLabel: 'model import jobs',
    pages: paginateListModelImportJobs({ client: ctx.client, pageSize: PAGE_SIZE }, createdAfter(ctx)),
    summaries: (page) => page.modelImportJobSummaries ?? [],
    idOf: (summary) => summary.jobArn ?? summary.jobName ?? '',
    get: async (id) => {
      const { $metadata: _m, ...job } = await ctx.client.send(new GetModelImportJobCommand({ jobIdentifier: id }));
      return job;
    },
  });
}
