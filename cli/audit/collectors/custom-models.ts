import { GetCustomModelCommand, paginateListCustomModels } from '@aws-sdk/client-bedrock';
import type { CustomModel } from '../model';
import { type CollectContext, type Collected, PAGE_SIZE, createdAfter } from './context';
import { listThenGet } from './list-then-get';

/** Lists custom models (copies included) and gets each one: the list summaries do not carry modelKmsKeyArn. */
export function collectCustomModels(ctx: CollectContext): Promise<Collected<CustomModel>> {
  return listThenGet(ctx, {
    kind: 'custom-model',
    listingLabel: 'custom models',
    pages: paginateListCustomModels({ client: ctx.client, pageSize: PAGE_SIZE }, createdAfter(ctx)),
    summaries: (page) => page.modelSummaries ?? [],
    idOf: (summary) => summary.modelArn ?? summary.modelName ?? '',
    get: async (id) => {
      const { $metadata: _m, ...model } = await ctx.client.send(new GetCustomModelCommand({ modelIdentifier: id }));
      return model;
    },
  });
}
