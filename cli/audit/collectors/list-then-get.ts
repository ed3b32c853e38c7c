import type { NotChecked, ResourceKind } from '../model';
import { type CollectContext, type Collected, failureReason } from './context';

export interface ListThenGet<Page, Summary, Item> {
  readonly kind: ResourceKind;
  /** For the "not checked" entry when the listing itself fails, e.g. "custom models". */
  readonly listingLabel: string;
  readonly pages: AsyncIterable<Page>;
  readonly summaries: (page: Page) => readonly Summary[];
  /** ARN (preferred) or name to Get the resource by. */
  readonly idOf: (summary: Summary) => string;
  readonly get: (id: string) => Promise<Item>;
}

/**
 * Pages a List to the end and Gets every listed resource through the run's limiter, starting Gets
 * while later pages are still being listed. A failed Get or List becomes a "not checked" entry.
 */
export async function listThenGet<Page, Summary, Item>(ctx: CollectContext, spec: ListThenGet<Page, Summary, Item>): Promise<Collected<Item>> {
  const items: Item[] = [];
  const notChecked: NotChecked[] = [];
  const gets: Promise<void>[] = [];
  const { kind } = spec;
  const { region } = ctx;
  try {
    for await (const page of spec.pages) {
      for (const summary of spec.summaries(page)) {
        const id = spec.idOf(summary);
        gets.push(
          ctx.limit(() => spec.get(id)).then(
            (item) => void items.push(item),
            (err: unknown) => void notChecked.push({ kind, region, resource: id, reason: failureReason(err) }),
          ),
        );
      }
      ctx.onProgress?.({ region, kind, listed: gets.length });
    }
  } catch (err) {
    notChecked.push({ kind, region, resource: `listing of ${spec.listingLabel} in ${region}`, reason: failureReason(err) });
  }
  await Promise.all(gets);
  return { items, notChecked };
}
