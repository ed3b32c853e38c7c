import type { BedrockClient } from '@aws-sdk/client-bedrock';
import type { NotChecked, ResourceKind } from '../model';
import { type CollectContext, type Collected, PAGE_SIZE, failureReason } from './context';

/** What every listing needs: the pages and where the summaries are in a page. */
interface Listing<Page, Summary> {
  readonly kind: ResourceKind;
  /** For the "not checked" entry when the listing itself fails, e.g. "custom models". */
  readonly listingLabel: string;
  readonly pages: AsyncIterable<Page>;
  readonly summaries: (page: Page) => readonly Summary[];
}

interface ListThenGet<Page, Summary, Item> extends Listing<Page, Summary> {
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

/**
 * A Bedrock kind as data: its SDK paginator, where a page keeps the summaries, and (for kinds whose
 * summaries lack the fields the rules read) how to Get one. The page size, the --since filter and
 * the Get's $metadata are handled here once, so a kind's collector is just its declaration.
 */
interface BedrockListing<Page, Summary, Input> {
  readonly kind: ResourceKind;
  readonly listingLabel: string;
  readonly paginate: (config: { client: BedrockClient; pageSize: number }, input: Input) => AsyncIterable<Page>;
  readonly summaries: (page: Page) => readonly Summary[] | undefined;
  /** The listing's --since filter. @default creationTimeAfter */
  readonly since?: (since: Date) => Input;
}
interface BedrockListThenGet<Page, Summary, Input, Item> extends BedrockListing<Page, Summary, Input> {
  /** ARN (preferred) or name to Get the resource by. */
  readonly idOf: (summary: Summary) => string | undefined;
  readonly get: (client: BedrockClient, id: string) => Promise<Item>;
}

function pagesOf<Page, Summary, Input>(ctx: CollectContext, spec: BedrockListing<Page, Summary, Input>) {
  const since = spec.since ?? ((date: Date) => ({ creationTimeAfter: date }) as Input);
  return {
    kind: spec.kind,
    listingLabel: spec.listingLabel,
    pages: spec.paginate({ client: ctx.client, pageSize: PAGE_SIZE }, (ctx.since ? since(ctx.since) : {}) as Input),
    summaries: (page: Page) => spec.summaries(page) ?? [],
  };
}

/** A collector for a kind whose summaries carry every field its rules read. */
export function bedrockList<Page, Summary, Input>(spec: BedrockListing<Page, Summary, Input>): (ctx: CollectContext) => Promise<Collected<Summary>> {
  return (ctx) => listOnly(ctx, pagesOf(ctx, spec));
}

/** A collector for a kind that is listed, then fetched one by one through the run's limiter. */
export function bedrockListThenGet<Page, Summary, Input, Item>(
  spec: BedrockListThenGet<Page, Summary, Input, Item>,
): (ctx: CollectContext) => Promise<Collected<Omit<Item, '$metadata'>>> {
  // The SDK's Get outputs carry $metadata (request id, attempts); the audit keeps the resource only.
  return (ctx) =>
    listThenGet(ctx, {
      ...pagesOf(ctx, spec),
      idOf: (summary) => spec.idOf(summary) ?? '',
      get: async (id) => {
        const { $metadata: _m, ...item } = (await spec.get(ctx.client, id)) as Item & { $metadata?: unknown };
        return item as Omit<Item, '$metadata'>;
      },
    });
}

interface BedrockListThenEnrich<Page, Summary, Input, Item> extends BedrockListing<Page, Summary, Input> {
  /** Names the resource in a "not checked" entry when enriching it fails. */
  readonly idOf: (summary: Summary) => string | undefined;
  /** Reads what the summary lacks (e.g. the key of the model a deployment serves) and builds the item. */
  readonly enrich: (client: BedrockClient, summary: Summary) => Promise<Item>;
}

/** A collector for a kind whose summaries are kept, each completed by further reads through the run's limiter. */
export function bedrockListThenEnrich<Page, Summary, Input, Item>(
  spec: BedrockListThenEnrich<Page, Summary, Input, Item>,
): (ctx: CollectContext) => Promise<Collected<Item>> {
  return (ctx) => {
    const listing = pagesOf(ctx, spec);
    const byId = new Map<string, Summary>();
    return listThenGet(ctx, {
      ...listing,
      idOf: (summary) => {
        const id = spec.idOf(summary) ?? '';
        byId.set(id, summary);
        return id;
      },
      get: (id) => spec.enrich(ctx.client, byId.get(id) as Summary),
    });
  };
}
