import { GetCustomModelCommand, paginateListCustomModels } from '@aws-sdk/client-bedrock';
import { bedrockListThenGet } from './list-then-get';

/** Lists custom models (copies included) and gets each one: the list summaries do not carry modelKmsKeyArn. */
export const collectCustomModels = bedrockListThenGet({
  kind: 'custom-model',
  listingLabel: 'custom models',
  paginate: paginateListCustomModels,
  summaries: (page) => page.modelSummaries,
  idOf: (summary) => summary.modelArn ?? summary.modelName,
  get: (client, id) => client.send(new GetCustomModelCommand({ modelIdentifier: id })),
});
