import { GetAgentRuntimeCommand, paginateListAgentRuntimes } from '@aws-sdk/client-bedrock-agentcore-control';
import type { AgentCoreRuntime } from '../model';
import { type CollectContext, type Collected, PAGE_SIZE } from './context';
import { listThenGet } from './list-then-get';

/**
 * Lists AgentCore runtimes and gets each one: only GetAgentRuntime returns networkConfiguration.
 * ListAgentRuntimes has no time filter; --since keeps runtimes created after it.
 */
export async function collectAgentCoreRuntimes(ctx: CollectContext): Promise<Collected<AgentCoreRuntime>> {
  if (ctx.agentCore === undefined) {
    return { items: [], notChecked: [{ kind: 'agentcore-runtime', region: ctx.region, resource: `listing of AgentCore runtimes in ${ctx.region}`, reason: 'no AgentCore control client was given to the audit' }] };
  }
  const client = ctx.agentCore();
  const { items, notChecked } = await listThenGet(ctx, {
    kind: 'agentcore-runtime',
    listingLabel: 'AgentCore runtimes',
    pages: paginateListAgentRuntimes({ client, pageSize: PAGE_SIZE }, {}),
    summaries: (page) => page.agentRuntimes ?? [],
    idOf: (summary) => summary.agentRuntimeId ?? '',
    get: async (id) => {
      const { $metadata: _m, ...runtime } = await client.send(new GetAgentRuntimeCommand({ agentRuntimeId: id }));
      return runtime;
    },
  });
  const { since } = ctx;
  return { items: since === undefined ? items : items.filter((r) => r.createdAt !== undefined && r.createdAt > since), notChecked };
}
