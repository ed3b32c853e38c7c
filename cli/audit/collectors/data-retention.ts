import { GetAccountDataRetentionCommand } from '@aws-sdk/client-bedrock';
import type { DataRetention } from '../model';
import { type AccountCollectContext, type Collected, failureReason } from './context';

/**
 * One GetAccountDataRetention per partition: the mode is account-wide (Bedrock API Reference,
 * GetAccountDataRetention), so it is read once, through the partition's first audited region.
 */
export async function collectDataRetention(ctx: AccountCollectContext): Promise<Collected<DataRetention>> {
  try {
    const { mode } = await ctx.limit(() => ctx.bedrock.send(new GetAccountDataRetentionCommand({})));
    return { items: [{ partition: ctx.partition, readIn: ctx.bedrockRegion, ...(mode && { mode }) }], notChecked: [] };
  } catch (err) {
    return { items: [], notChecked: [{ kind: 'data-retention', region: ctx.region, resource: `account data-retention mode (${ctx.partition})`, reason: failureReason(err) }] };
  }
}
