import { GetResourcePolicyCommand, paginateListCustomModels } from '@aws-sdk/client-bedrock';
import type { CustomModelPolicy } from '../model';
import type { CollectContext, Collected } from './context';
import { bedrockListThenEnrich } from './list-then-get';

/** GetResourcePolicy's answer for a model that has no resource policy. */
const NO_POLICY = 'ResourceNotFoundException';

const listThenRead = bedrockListThenEnrich({
  kind: 'custom-model-policy',
  listingLabel: 'custom models (resource policies)',
  paginate: paginateListCustomModels,
  summaries: (page) => page.modelSummaries,
  idOf: (summary) => summary.modelArn,
  enrich: async (client, summary): Promise<CustomModelPolicy | undefined> => {
    try {
      const { resourcePolicy } = await client.send(new GetResourcePolicyCommand({ resourceArn: summary.modelArn }));
      return resourcePolicy ? { modelArn: summary.modelArn ?? '', modelName: summary.modelName ?? '', resourcePolicy } : undefined;
    } catch (err) {
      if ((err as { name?: string }).name === NO_POLICY) return undefined;
      throw err;
    }
  },
});

/** Every custom model that has a resource policy, with the policy (models without one share nothing). */
export async function collectCustomModelPolicies(ctx: CollectContext): Promise<Collected<CustomModelPolicy>> {
  const { items, notChecked } = await listThenRead(ctx);
  return { items: items.filter((i): i is CustomModelPolicy => i !== undefined), notChecked };
}
