import { HOURS_PER_MONTH, PRICE_TABLE_DATE, Price, PriceKey, RegionPrices, pricesFor } from '../catalog/prices';
import { ChangeKind, Plan, ResourceChange, changeKind } from './plan/plan-json';

/**
 * What a plan does to the monthly bill, from the dated price table (catalog/prices.ts). Only what the
 * platform runs is priced, each by its resource type:
 * - an interface endpoint: the AZs the plan gives it (the length of its subnet_ids) × 730 h × the
 *   region's hourly rate; its per-GB rate is shown beside the total, since traffic is unknown;
 * - a KMS key: the monthly key charge;
 * - a CloudTrail trail: nothing fixed (the first copy of management events is free); a trail with data
 *   events shows the per-100,000-events rate;
 * - a log group: nothing fixed; the per-GB ingestion rate is shown.
 * A price the table does not have makes the amount "unknown", never 0, and so does every sum it is part of.
 */

type Values = Record<string, unknown> | null;

/** One resource's fixed monthly cost, how it was computed, and the usage rate that comes on top. */
interface Priced {
  readonly monthly: Price;
  readonly basis: string;
  readonly usage?: { readonly key: PriceKey; readonly what: string };
}

export interface CostLine {
  readonly address: string;
  readonly type: string;
  readonly kind: ChangeKind;
  /** Fixed monthly cost before and after the change; 0 on the side where the resource does not exist. */
  readonly before: Price;
  readonly after: Price;
  readonly basis: string;
  /** The usage-priced rate, as shown: `$0.01 per GB processed`, or unknown. */
  readonly usage?: string;
}

export interface StackCost {
  readonly stack: string;
  readonly region?: string;
  readonly lines: readonly CostLine[];
  /** Monthly cost of what the plan creates, destroys, and the change of what it updates or replaces. */
  readonly created: Price;
  readonly destroyed: Price;
  readonly changed: Price;
  /** After minus before: what the bill changes by each month once applied. */
  readonly delta: Price;
}

function add(a: Price, b: Price): Price {
  return a === 'unknown' || b === 'unknown' ? 'unknown' : a + b;
}

const times = (a: Price, n: number): Price => (a === 'unknown' ? 'unknown' : a * n);
const rate = (p: Price): string => (p === 'unknown' ? 'unknown' : `$${p}`);

/** `$43.80`, `-$8.00`; `signed` adds `+` to a positive amount. */
export function money(p: Price, signed = false): string {
  if (p === 'unknown') return 'unknown';
  const cents = Math.round(p * 100);
  const sign = cents < 0 ? '-' : signed && cents > 0 ? '+' : '';
  return `${sign}$${(Math.abs(cents) / 100).toFixed(2)}`;
}

function hasDataEvents(values: Record<string, unknown>): boolean {
  const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
  return list(values.advanced_event_selector).length > 0 || list(values.event_selector).some((s) => list(s.data_resource).length > 0);
}

/** The fixed monthly cost of one resource as a plan describes it, or undefined for a type this model does not price. */
function price(type: string, values: Record<string, unknown>, unknown: Record<string, unknown> | undefined, prices: RegionPrices): Priced | undefined {
  switch (type) {
    case 'aws_vpc_endpoint': {
      if ((values.vpc_endpoint_type ?? 'Gateway') !== 'Interface') return undefined; // gateway endpoints cost nothing
      const subnets = values.subnet_ids;
      const usage = { key: 'interfaceEndpointGb' as const, what: 'per GB processed' };
      if (unknown?.subnet_ids === true) return { monthly: 'unknown', basis: 'AZs known only after apply', usage };
      if (!Array.isArray(subnets)) return { monthly: 'unknown', basis: 'the plan does not show its subnet_ids', usage };
      const hourly = prices.interfaceEndpointAzHour;
      return { monthly: times(hourly, subnets.length * HOURS_PER_MONTH), basis: `${subnets.length} AZ × ${HOURS_PER_MONTH} h × ${rate(hourly)}`, usage };
    }
    case 'aws_kms_key':
      return { monthly: prices.kmsKeyMonth, basis: `1 key × ${rate(prices.kmsKeyMonth)} a month` };
    case 'aws_cloudtrail':
      return hasDataEvents(values)
        ? { monthly: 0, basis: 'no charge for the trail; data events by volume', usage: { key: 'cloudTrailDataEvents100k', what: 'per 100,000 data events' } }
        : { monthly: 0, basis: 'management events only: first copy free' };
    case 'aws_cloudwatch_log_group':
      return { monthly: 0, basis: 'no charge for the group; ingestion by volume', usage: { key: 'logsIngestionGb', what: 'per GB ingested' } };
    default:
      return undefined;
  }
}

/** The stack's region: the default aws provider's literal region, else the one in an endpoint's service name. */
function planRegion(plan: Plan): string | undefined {
  const region = (plan.configuration?.provider_config?.aws?.expressions?.region as { constant_value?: unknown } | undefined)?.constant_value;
  if (typeof region === 'string') return region;
  for (const rc of plan.resource_changes ?? []) {
    const name = (rc.change.after ?? rc.change.before)?.service_name;
    const m = typeof name === 'string' ? /^com\.amazonaws\.([a-z]{2}(-[a-z]+)+-\d)\./.exec(name) : null;
    if (m) return m[1];
  }
  return undefined;
}

function costLine(rc: ResourceChange, prices: RegionPrices): CostLine | undefined {
  const kind = changeKind(rc.change.actions);
  if (rc.mode !== 'managed' || kind === 'no-op' || kind === 'read' || kind === 'forget') return undefined;
  const sides = (values: Values, unknown?: Record<string, unknown>) => (values ? price(rc.type, values, unknown, prices) : undefined);
  const before = sides(rc.change.before);
  const after = sides(rc.change.after, rc.change.after_unknown);
  if (!before && !after) return undefined;
  if (kind === 'update' && before && after && before.monthly === after.monthly && before.basis === after.basis) return undefined;
  const shown = after ?? before!;
  return {
    address: rc.address,
    type: rc.type,
    kind,
    before: before?.monthly ?? 0,
    after: after?.monthly ?? 0,
    basis: before && after && before.basis !== after.basis ? `${before.basis} → ${after.basis}` : shown.basis,
    ...(shown.usage ? { usage: `${rate(prices[shown.usage.key])} ${shown.usage.what}` } : {}),
  };
}

/** The monthly cost of one stack's plan. */
export function planCost(stack: string, plan: Plan): StackCost {
  const region = planRegion(plan);
  const prices = pricesFor(region);
  const lines = (plan.resource_changes ?? []).map((rc) => costLine(rc, prices)).filter((l): l is CostLine => l !== undefined);
  const sum = (ls: readonly CostLine[], f: (l: CostLine) => Price): Price => ls.reduce<Price>((acc, l) => add(acc, f(l)), 0);
  const created = sum(lines.filter((l) => l.kind === 'create'), (l) => l.after);
  const destroyed = sum(lines.filter((l) => l.kind === 'delete'), (l) => l.before);
  const changed = sum(lines.filter((l) => l.kind === 'update' || l.kind === 'replace'), (l) => add(l.after, times(l.before, -1)));
  return { stack, ...(region ? { region } : {}), lines, created, destroyed, changed, delta: add(add(created, times(destroyed, -1)), changed) };
}

/** The PR comment's cost section; nothing when no plan touches a priced resource. */
export function renderCost(costs: readonly StackCost[]): string[] {
  const touched = costs.filter((c) => c.lines.length);
  if (!touched.length) return [];
  const out = [
    `### Monthly cost (list prices of ${PRICE_TABLE_DATE})`,
    '',
    `> Fixed monthly charges only: interface endpoints (AZs × ${HOURS_PER_MONTH} h × hourly rate), KMS keys. Usage-priced items (per GB, per event) are listed with their rate and are not in the totals. "unknown": the price table (catalog/prices.ts) has no confirmed price for that region; \`npm run prices:check\` compares it with AWS's price list. Method: help/plan-review.md.`,
    '',
    '| Stack | Region | Creates | Destroys | Changes | Monthly delta |',
    '|---|---|---:|---:|---:|---:|',
    ...touched.map((c) => `| ${c.stack} | ${c.region ?? 'unknown'} | ${money(c.created)} | ${money(c.destroyed)} | ${money(c.changed, true)} | **${money(c.delta, true)}** |`),
    '',
  ];
  for (const c of touched) {
    out.push(`<details><summary>${c.stack}: cost of each change</summary>`, '');
    for (const l of c.lines) {
      const amount = l.kind === 'create' ? money(l.after, true) : l.kind === 'delete' ? money(times(l.before, -1), true) : money(add(l.after, times(l.before, -1)), true);
      out.push(`- ${l.kind} \`${l.address}\`: ${amount} a month (${l.basis})${l.usage ? `; plus ${l.usage}` : ''}`);
    }
    out.push('', '</details>', '');
  }
  return out;
}
