import { paginateListProvisionedModelThroughputs } from '@aws-sdk/client-bedrock';
import { bedrockListThenEnrich } from './list-then-get';
import { servedModel } from './served-model';

/** Lists provisioned throughputs and reads the key of the custom or imported model each serves. */
export const collectProvisionedThroughputs = bedrockListThenEnrich({
  kind: 'provisioned-throughput',
  listingLabel: 'provisioned throughputs',
  paginate: paginateListProvisionedModelThroughputs,
  summaries: (page) => page.provisionedModelSummaries,
  idOf: (summary) => summary.provisionedModelArn,
  enrich: async (client, summary) => ({ ...summary, served: await servedModel(client, summary.modelArn) }),
});
