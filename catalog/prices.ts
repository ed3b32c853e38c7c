import { STACK_REGION_NAMES, type BedrockRegion } from './bedrock-regions';

/**
 * The dated price table plan review (review/cost.ts) estimates a plan's monthly cost from: list prices in
 * USD, on-demand, first usage tier, for every region the config accepts. A price this table cannot vouch
 * for is 'unknown', never 0: the PR comment then says "unknown" instead of a wrong total.
 *
 * Where each number comes from is in PRICE_SOURCES. `npm run prices:check` compares the table with AWS's
 * Price List bulk API (offers AmazonVPC, awskms, AWSCloudTrail, AmazonCloudWatch) where the network
 * allows, and lists every difference and every unknown the price list can fill. Update the numbers and
 * PRICE_TABLE_DATE together.
 */
export const PRICE_TABLE_DATE = '2026-12-05';
/** Hours in a billing month, as AWS's pricing examples and infracost use. */
export const HOURS_PER_MONTH = 730;

export type PriceKey = 'interfaceEndpointAzHour' | 'interfaceEndpointGb' | 'kmsKeyMonth' | 'cloudTrailDataEvents100k' | 'logsIngestionGb';

export interface PriceFacts {
  /** What one unit is, for the PR comment. */
  readonly unit: string;
  /** The page the numbers were read from, and what it says. */
  readonly source: string;
  /** The Price List offer `npm run prices:check` reads, and how it finds the price there. */
  readonly offer: 'AmazonVPC' | 'awskms' | 'AWSCloudTrail' | 'AmazonCloudWatch';
  /** Matches the product's `usagetype` (AWS prefixes it with a region code such as `USW2-`; us-east-1 has none). */
  readonly usageType: RegExp;
  /** The product's `operation`, where the usage type alone is shared with other products. */
  readonly operation?: string;
}

export const PRICE_FACTS: Readonly<Record<PriceKey, PriceFacts>> = {
  interfaceEndpointAzHour: {
    unit: 'per interface endpoint per AZ per hour',
    source:
      'https://aws.amazon.com/privatelink/pricing/ ("billed for each hour that your VPC endpoint remains provisioned in each Availability Zone"; $0.01 in US East (N. Virginia), the page\'s default region)',
    offer: 'AmazonVPC',
    usageType: /(^|-)VpcEndpoint-Hours$/,
  },
  interfaceEndpointGb: {
    unit: 'per GB processed (first 1 PB a month in the region)',
    source: 'https://aws.amazon.com/privatelink/pricing/ ("First 1 PB $0.01" per GB of data processed, US East (N. Virginia))',
    offer: 'AmazonVPC',
    usageType: /(^|-)VpcEndpoint-Bytes$/,
  },
  kmsKeyMonth: {
    unit: 'per customer managed key per month (each automatic rotation adds $1 a month, up to the second)',
    source: 'https://aws.amazon.com/kms/pricing/ ("Each AWS KMS key that you create in KMS costs $1/month"; one price, no regional rate)',
    offer: 'awskms',
    usageType: /(^|-)KMS-Keys$/,
  },
  cloudTrailDataEvents100k: {
    unit: 'per 100,000 data events delivered',
    source: 'https://aws.amazon.com/cloudtrail/pricing/ ("Data events … are charged at $0.10 per 100,000 events"; one price, no regional rate)',
    offer: 'AWSCloudTrail',
    usageType: /(^|-)DataEventsRecorded$/,
  },
  logsIngestionGb: {
    unit: 'per GB ingested (Standard log class)',
    source:
      'https://aws.amazon.com/cloudwatch/pricing/ (Logs, Standard, collect: $0.50 per GB in US East (N. Virginia); $0.76 in Asia Pacific (Tokyo), as quoted at https://awsi.click/en/articles/cloudwatch-logs-cost-structure-surprise/)',
    offer: 'AmazonCloudWatch',
    usageType: /(^|-)DataProcessing-Bytes$/,
    operation: 'PutLogEvents',
  },
};

export type Price = number | 'unknown';
export type RegionPrices = Readonly<Record<PriceKey, Price>>;

/** Region-independent prices (the pricing page quotes one number), and what nobody confirmed. */
const EVERY_REGION: RegionPrices = {
  interfaceEndpointAzHour: 'unknown',
  interfaceEndpointGb: 'unknown',
  kmsKeyMonth: 1,
  cloudTrailDataEvents100k: 0.1,
  logsIngestionGb: 'unknown',
};

/**
 * Regional prices confirmed from the sources above; every other region's are unknown until prices:check fills them.
 * A search on 2026-12-05 (AWS pricing pages, AWS docs, public repositories for Price List data) found no AWS-published
 * rate for another region: only third-party notes quoting the price list, which this table does not take as a source.
 */
const CONFIRMED: Partial<Record<BedrockRegion, Partial<RegionPrices>>> = {
  'us-east-1': { interfaceEndpointAzHour: 0.01, interfaceEndpointGb: 0.01, logsIngestionGb: 0.5 },
  'ap-northeast-1': { logsIngestionGb: 0.76 },
};

/** Every region the stacks accept (catalog/bedrock-regions.ts), with its prices. */
export const PRICES: Readonly<Record<string, RegionPrices>> = Object.fromEntries(STACK_REGION_NAMES.map((region) => [region, { ...EVERY_REGION, ...CONFIRMED[region] }]));

/** A region's prices; a region outside the table has every price unknown. */
export function pricesFor(region: string | undefined): RegionPrices {
  const unknown = Object.fromEntries(Object.keys(EVERY_REGION).map((k) => [k, 'unknown'])) as Record<PriceKey, Price>;
  return (region && PRICES[region]) || unknown;
}
