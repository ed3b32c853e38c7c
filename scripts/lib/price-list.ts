import { PRICE_FACTS, Price, PriceFacts, PriceKey } from '../../catalog/prices';
import { UserError } from '../../catalog/errors';

/**
 * Reads AWS's Price List bulk API offer files (`/offers/v1.0/aws/<offer>/current/<region>/index.json`):
 * `products` by SKU with their attributes (`regionCode`, `usagetype`, `operation`), and
 * `terms.OnDemand[sku][offerTerm].priceDimensions[rateCode]` with `beginRange` and `pricePerUnit.USD`.
 * Reserved terms and other currencies are ignored.
 */
export interface OfferFile {
  readonly offerCode?: string;
  readonly publicationDate?: string;
  readonly products?: Readonly<Record<string, { readonly sku?: string; readonly productFamily?: string; readonly attributes?: Readonly<Record<string, string>> }>>;
  readonly terms?: {
    readonly OnDemand?: Readonly<
      Record<string, Readonly<Record<string, { readonly priceDimensions?: Readonly<Record<string, { readonly beginRange?: string; readonly unit?: string; readonly pricePerUnit?: { readonly USD?: string } }>> }>>>
    >;
  };
}

/** AWS's Price List bulk API; BEDROCK_PRICE_LIST_URL points elsewhere (a mirror, or a test's closed port). */
export const PRICE_LIST_HOST = process.env.BEDROCK_PRICE_LIST_URL ?? 'https://pricing.us-east-1.amazonaws.com';

/** The URL of one offer's file for one region. */
export function offerUrl(offer: PriceFacts['offer'], region: string): string {
  return `${PRICE_LIST_HOST}/offers/v1.0/aws/${offer}/current/${region}/index.json`;
}

/** The price list's factor to the table's unit: CloudTrail bills per event, the table per 100,000. */
const SCALE: Partial<Record<PriceKey, number>> = { cloudTrailDataEvents100k: 100_000 };

export function parseOffer(text: string, source: string): OfferFile {
  let offer: OfferFile;
  try {
    offer = JSON.parse(text) as OfferFile;
  } catch (e) {
    throw new UserError(`${source}: not a Price List offer file (${(e as Error).message})`);
  }
  if (typeof offer !== 'object' || offer === null || typeof offer.products !== 'object' || typeof offer.terms?.OnDemand !== 'object') {
    throw new UserError(`${source}: not a Price List offer file (no products or terms.OnDemand)`);
  }
  return offer;
}

/**
 * The on-demand price of `key` in `region`: the lowest paid tier of the products whose usage type (and
 * operation, where the facts name one) match. 'unknown' when no product matches; an error when the
 * matching products disagree, since then the table's unit is ambiguous.
 */
export function priceFromOffer(offer: OfferFile, key: PriceKey, region: string): Price {
  const facts = PRICE_FACTS[key];
  const found = new Set<number>();
  for (const [sku, product] of Object.entries(offer.products ?? {})) {
    const a = product.attributes ?? {};
    if (a.regionCode !== region || !facts.usageType.test(a.usagetype ?? '')) continue;
    if (facts.operation && a.operation !== facts.operation) continue;
    const dimensions = Object.values(offer.terms?.OnDemand?.[sku] ?? {}).flatMap((term) => Object.values(term.priceDimensions ?? {}));
    const paid = dimensions
      .map((d) => ({ begin: Number(d.beginRange ?? 0), usd: Number(d.pricePerUnit?.USD ?? NaN) }))
      .filter((d) => Number.isFinite(d.usd) && d.usd > 0)
      .sort((x, y) => x.begin - y.begin);
    if (paid.length) found.add(Math.round(paid[0].usd * (SCALE[key] ?? 1) * 1e10) / 1e10);
  }
  if (found.size > 1) throw new UserError(`${offer.offerCode ?? facts.offer} ${region}: ${found.size} different prices match ${key} (${[...found].join(', ')}); narrow its usage type in catalog/prices.ts`);
  return found.size ? [...found][0] : 'unknown';
}

export type Finding =
  | { readonly region: string; readonly key: PriceKey; readonly status: 'same'; readonly table: number }
  | { readonly region: string; readonly key: PriceKey; readonly status: 'differs'; readonly table: number; readonly priceList: number }
  | { readonly region: string; readonly key: PriceKey; readonly status: 'fillable'; readonly priceList: number }
  | { readonly region: string; readonly key: PriceKey; readonly status: 'absent'; readonly table: Price };

/** The table's price against the price list's. */
export function compare(region: string, key: PriceKey, table: Price, priceList: Price): Finding {
  if (priceList === 'unknown') return { region, key, status: 'absent', table };
  if (table === 'unknown') return { region, key, status: 'fillable', priceList };
  return Math.abs(table - priceList) < 1e-9 ? { region, key, status: 'same', table } : { region, key, status: 'differs', table, priceList };
}

/** One line per finding that needs a person: a difference, a price the table could have, a price the list lacks. */
export function describeFindings(findings: readonly Finding[]): string[] {
  return findings.flatMap((f) => {
    switch (f.status) {
      case 'differs':
        return [`${f.region} ${f.key}: table ${f.table}, price list ${f.priceList}: update catalog/prices.ts`];
      case 'fillable':
        return [`${f.region} ${f.key}: table unknown, price list ${f.priceList}`];
      case 'absent':
        return [`${f.region} ${f.key}: not in the price list (table ${f.table})`];
      default:
        return [];
    }
  });
}
