import { GetModelCustomizationJobCommand, paginateListModelCustomizationJobs } from '@aws-sdk/client-bedrock';
import type { CustomizationJob, NotChecked } from '../model';
import { type CollectContext, type Collected, PAGE_SIZE, failureReason } from './context';

/**
 * Lists every customization job (all statuses) and gets each one: only GetModelCustomizationJob
 * returns vpcConfig and outputModelKmsKeyArn. Gets start while later pages are still being listed.
 */
export async function collectCustomizationJobs(ctx: CollectContext): Promise<Collected<CustomizationJob>> {
  const kind = 'model-customization-job';
  const items: CustomizationJob[] = [];
  const notChecked: NotChecked[] = [];
  const gets: Promise<void>[] = [];
  try {
    const pages = paginateListModelCustomizationJobs(
      { client: ctx.client, pageSize: PAGE_SIZE },
      { ...(ctx.since && { creationTimeAfter: ctx.since }) },
    );
    for await (const page of pages) {
      for (const summary of page.modelCustomizationJobSummaries ?? []) {
        const id = summary.jobArn ?? summary.jobName ?? '';
        gets.push(
          ctx.limit(() => ctx.client.send(new GetModelCustomizationJobCommand({ jobIdentifier: id }))).then(
            ({ $metadata: _m, ...job }) => void items.push(job),
            (err: unknown) => void notChecked.push({ kind, region: ctx.region, resource: id, reason: failureReason(err) }),
          ),
        );
      }
      ctx.onProgress?.({ region: ctx.region, kind, listed: gets.length });
    }
  } catch (err) {
    notChecked.push({ kind, region: ctx.region, resource: `listing of model customization jobs in ${ctx.region}`, reason: failureReason(err) });
  }
  await Promise.all(gets);
  return { items, notChecked };
}
