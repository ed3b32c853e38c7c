import { GetImportedModelCommand, paginateListImportedModels } from '@aws-sdk/client-bedrock';
import type { ImportedModel } from '../model';
import { type CollectContext, type Collected, PAGE_SIZE, createdAfter } from './context';
import { listThenGet } from './list-then-get';

/** Lists imported models and gets each one: the summaries do not carry modelKmsKeyArn. */
export function collectImportedModels(ctx: CollectContext): Promise<Collected<ImportedModel>> {
  return listThenGet(ctx, {
    kind: 'imported-model',
    listingLabel: 'imported models',
    pages: paginateListImportedModels({ client: ctx.client, pageSize: PAGE_SIZE }, createdAfter(ctx)),
    summaries: (page) => page.modelSummaries ?? [],
    idOf: (summary) => summary.modelArn ?? summary.modelName ?? '',
    get: async (id) => {
      const { $metadata: _m, ...model } = await ctx.client.send(new GetImportedModelCommand({ modelIdentifier: id }));
      return model;
    },
  });
}
