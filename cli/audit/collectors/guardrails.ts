import { GetGuardrailCommand, paginateListGuardrails } from '@aws-sdk/client-bedrock';
import type { RegionGuardrails } from '../model';
import type { CollectContext, Collected } from './context';
import { bedrockListThenGet } from './list-then-get';

const listThenGet = bedrockListThenGet({
  kind: 'guardrail',
  listingLabel: 'guardrails',
  paginate: paginateListGuardrails,
  summaries: (page) => page.guardrails,
  // ListGuardrails has no time filter, and a region's guardrails are judged as a whole: --since does not apply.
  since: () => ({}),
  idOf: (summary) => summary.arn ?? summary.id,
  // Without guardrailVersion, GetGuardrail returns the working draft: the policies any next version gets.
  get: (client, id) => client.send(new GetGuardrailCommand({ guardrailIdentifier: id })),
});

/**
 * One item per region, holding every guardrail there: "no guardrail in the region" is a finding of the
 * region, so a region is an item even when it has none. A failed listing, or guardrails none of which could be read, yield no item (not checked).
 */
export async function collectGuardrails(ctx: CollectContext): Promise<Collected<RegionGuardrails>> {
  const { items, notChecked } = await listThenGet({ ...ctx, since: undefined });
  // Absence is only known when every guardrail listed was read.
  const complete = notChecked.length === 0;
  return { items: complete || items.length > 0 ? [{ region: ctx.region, guardrails: items }] : [], notChecked };
}
