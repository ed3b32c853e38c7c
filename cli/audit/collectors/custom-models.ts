import { GetCustomModelCommand, paginateListCustomModels } from '@aws-sdk/client-bedrock';
import type { CustomModel, NotChecked } from '../model';
import { type CollectContext, type Collected, PAGE_SIZE, failureReason } from './context';

/** Lists custom models and gets each one: the list summaries do not carry modelKmsKeyArn. */
export async function collectCustomModels(ctx: CollectContext): Promise<Collected<CustomModel>> {
  const kind = 'custom-model';
  const items: CustomModel[] = [];
  const notChecked: NotChecked[] = [];
  const gets: Promise<void>[] = [];
  try {
    const pages = paginateListCustomModels(
      { client: ctx.client, pageSize: PAGE_SIZE },
      { ...(ctx.since && { creationTimeAfter: ctx.since }) },
    );
    for await (const page of pages) {
      for (const summary of page.modelSummaries ?? []) {
        const id = summary.modelArn ?? summary.modelName ?? '';
        gets.push(
          ctx.limit(() => ctx.client.send(new GetCustomModelCommand({ modelIdentifier: id }))).then(
            ({ $metadata: _m, ...model }) => void items.push(model),
            (err: unknown) => void notChecked.push({ kind, region: ctx.region, resource: id, reason: failureReason(err) }),
          ),
        );
      }
      ctx.onProgress?.({ region: ctx.region, kind, listed: gets.length });
    }
  } catch (err) {
    notChecked.push({ kind, region: ctx.region, resource: `listing of custom models in ${ctx.region}`, reason: failureReason(err) });
  }
  await Promise.all(gets);
  return { items, notChecked };
}
