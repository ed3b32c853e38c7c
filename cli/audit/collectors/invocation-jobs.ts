import { paginateListModelInvocationJobs } from '@aws-sdk/client-bedrock';
import type { InvocationJob, NotChecked } from '../model';
import { type CollectContext, type Collected, PAGE_SIZE, failureReason } from './context';

/**
 * Lists every batch inference job. The list summaries already carry vpcConfig, role and data
 * configs, so no per-job Get call (and no bedrock:GetModelInvocationJob permission) is needed.
 */
export async function collectInvocationJobs(ctx: CollectContext): Promise<Collected<InvocationJob>> {
  const kind = 'model-invocation-job';
  const items: InvocationJob[] = [];
  const notChecked: NotChecked[] = [];
  try {
    const pages = paginateListModelInvocationJobs(
      { client: ctx.client, pageSize: PAGE_SIZE },
      { ...(ctx.since && { submitTimeAfter: ctx.since }) },
    );
    for await (const page of pages) {
      items.push(...(page.invocationJobSummaries ?? []));
      ctx.onProgress?.({ region: ctx.region, kind, listed: items.length });
    }
  } catch (err) {
    notChecked.push({ kind, region: ctx.region, resource: `listing of batch inference jobs in ${ctx.region}`, reason: failureReason(err) });
  }
  return { items, notChecked };
}
