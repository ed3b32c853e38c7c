import { GetImportedModelCommand, paginateListImportedModels } from '@aws-sdk/client-bedrock';
import { bedrockListThenGet } from './list-then-get';

/** Lists imported models and gets each one: the summaries do not carry modelKmsKeyArn. */
export const collectImportedModels = bedrockListThenGet({
  kind: 'imported-model',
  listingLabel: 'imported models',
  paginate: paginateListImportedModels,
  summaries: (page) => page.modelSummaries,
  idOf: (summary) => summary.modelArn ?? summary.modelName,
  get: (client, id) => client.send(new GetImportedModelCommand({ modelIdentifier: id })),
});
