import { paginateListCustomModelDeployments } from '@aws-sdk/client-bedrock';
import { bedrockListThenEnrich } from './list-then-get';
import { servedModel } from './served-model';

/** Lists on-demand custom model deployments and reads the key of the model each serves (the summary names the model only). */
export const collectCustomModelDeployments = bedrockListThenEnrich({
  kind: 'custom-model-deployment',
  listingLabel: 'custom model deployments',
  paginate: paginateListCustomModelDeployments,
  summaries: (page) => page.modelDeploymentSummaries,
  since: (date) => ({ createdAfter: date }),
  idOf: (summary) => summary.customModelDeploymentArn,
  enrich: async (client, summary) => ({ ...summary, served: await servedModel(client, summary.modelArn) }),
});
