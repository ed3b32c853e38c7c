import type { NotChecked, ResourceKind } from '../model';
import { type CollectContext, type Collected, failureReason } from './context';

/** What every listing needs: the pages and where the summaries are in a page. */
export interface Listing<Page, Summary> {
  readonly kind: ResourceKind;
  /** For the "not checked" entry when the listing itself fails, e.g. "custom models". */
  readonly listingLabel: string;
  readonly pages: AsyncIterable<Page>;
  readonly summaries: (page: Page) => readonly Summary[];
}

export interface ListThenGet<Page, Summary, Item> extends Listing<Page, Summary> {
  /** ARN (preferred) or name to Get the resource by. */
  readonly idOf: (summary: Summary) => string;
  readonly get: (id: string) => Promise<Item>;
}

/** The region-less part of the context a listing uses (account-wide kinds have no Bedrock client). */
type ListingContext = Pick<CollectContext, 'region' | 'limit' | 'onProgress'>;

/**
 * Pages a List to the end and Gets every listed resource through the run's limiter, starting Gets
 * while later pages are still being listed. A failed Get or List becomes a "not checked" entry.
 */
export async function listThenGet<Page, Summary, Item>(ctx: ListingContext, spec: ListThenGet<Page, Summary, Item>): Promise<Collected<Item>> {
  const items: Item[] = [];
  const notChecked: NotChecked[] = [];
  const gets: Promise<void>[] = [];
  const { kind } = spec;
  const { region } = ctx;
  const listingFailure = await eachSummary(ctx, spec, (summary) => {
    const id = spec.idOf(summary);
    gets.push(
      ctx.limit(() => spec.get(id)).then(
        (item) => void items.push(item),
        (err: unknown) => void notChecked.push({ kind, region, resource: id, reason: failureReason(err) }),
      ),
    );
    return gets.length;
  });
  await Promise.all(gets);
  return { items, notChecked: [...notChecked, ...listingFailure] };
}

/** For kinds whose list summaries already carry every field the rules read: no Get, no Get permission. */
export async function listOnly<Page, Summary>(ctx: ListingContext, spec: Listing<Page, Summary>): Promise<Collected<Summary>> {
  const items: Summary[] = [];
  const notChecked = await eachSummary(ctx, spec, (summary) => items.push(summary));
  return { items, notChecked };
}

/** Walks the pages, hands each summary on, reports progress per page; a failed page is "not checked". */
async function eachSummary<Page, Summary>(ctx: ListingContext, spec: Listing<Page, Summary>, take: (summary: Summary) => number): Promise<NotChecked[]> {
  let listed = 0;
  try {
    for await (const page of spec.pages) {
      for (const summary of spec.summaries(page)) listed = take(summary);
      ctx.onProgress?.({ region: ctx.region, kind: spec.kind, listed });
    }
  } catch (err) {
    return [{ kind: spec.kind, region: ctx.region, resource: `listing of ${spec.listingLabel} in ${ctx.region}`, reason: failureReason(err) }];
  }
  return [];
}
