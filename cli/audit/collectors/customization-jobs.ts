import { GetModelCustomizationJobCommand, paginateListModelCustomizationJobs } from '@aws-sdk/client-bedrock';
import type { CustomizationJob } from '../model';
import { type CollectContext, type Collected, PAGE_SIZE, createdAfter } from './context';
import { listThenGet } from './list-then-get';

/**
 * Lists every customization job (all statuses) and gets each one: only GetModelCustomizationJob
 * returns vpcConfig and outputModelKmsKeyArn.
 */
export function collectCustomizationJobs(ctx: CollectContext): Promise<Collected<CustomizationJob>> {
  return listThenGet(ctx, {
    kind: 'model-customization-job',
    listingLabel: 'model customization jobs',
    pages: paginateListModelCustomizationJobs({ client: ctx.client, pageSize: PAGE_SIZE }, createdAfter(ctx)),
    summaries: (page) => page.modelCustomizationJobSummaries ?? [],
    idOf: (summary) => summary.jobArn ?? summary.jobName ?? '',
    get: async (id) => {
      const { $metadata: _m, ...job } = await ctx.client.send(new GetModelCustomizationJobCommand({ jobIdentifier: id }));
      return job;
    },
  });
}
