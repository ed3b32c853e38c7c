import type { BedrockClient } from '@aws-sdk/client-bedrock';
import type { IAMClient } from '@aws-sdk/client-iam';
import { BEDROCK_REGIONS, isBedrockRegion } from '../../catalog/bedrock-regions';
import type { BedrockAgentCoreControlClient } from '@aws-sdk/client-bedrock-agentcore-control';
import { createAgentCoreClient, createIamClient } from './client';
import type { Collected, ProgressEvent } from './collectors/context';
import type { Expectations } from './expectations';
import { KINDS, type KindSpec } from './kinds';
import { type AuditReport, type Finding, type KindItems, type ModelCopyJob, type NotChecked, RESOURCE_KINDS, type ResourceKind } from './model';
import { type Limiter, createLimiter } from './pool';
import type { RuleContext } from './rules/context';

export interface AuditOptions {
  readonly regions: readonly string[];
  /** Builds (or, in tests, hands out) the Bedrock client for one region. */
  readonly clientFor: (region: string) => BedrockClient;
  /** Builds the IAM client for a partition from one of its regions. @default createIamClient({ region }) */
  readonly iamClientFor?: (region: string) => IAMClient;
  /** Builds the AgentCore control-plane client for one region. @default createAgentCoreClient({ region }) */
  readonly agentCoreClientFor?: (region: string) => BedrockAgentCoreControlClient;
  /** Kinds to audit. @default all of RESOURCE_KINDS */
  readonly kinds?: readonly ResourceKind[];
  readonly expected: Expectations;
  readonly since?: Date;
  /** Get calls in flight at once, across all regions and resource types. */
  readonly concurrency: number;
  /** Get calls in flight at once in any one region (within `concurrency`). @default concurrency */
  readonly regionConcurrency?: number;
  /** The clock rules measure ages against. @default the time the audit starts */
  readonly now?: Date;
  readonly onProgress?: (event: ProgressEvent) => void;
}

/** One kind's haul in one place: what was read and, once every kind is in, the findings. */
interface Outcome {
  readonly kind: ResourceKind;
  readonly items: readonly unknown[];
  readonly notChecked: readonly NotChecked[];
  readonly evaluate: (ctx: RuleContext) => Finding[];
}

/** IAM is global: its kinds are audited once per partition, in a region label of their own. */
const GLOBAL_REGION = 'global';

const byLocation = (a: Finding | NotChecked, b: Finding | NotChecked): number =>
  a.region.localeCompare(b.region) || a.kind.localeCompare(b.kind) || resourceOf(a).localeCompare(resourceOf(b));
const resourceOf = (x: Finding | NotChecked): string => ('resourceArn' in x ? x.resourceArn + x.ruleId : x.resource);

async function collectKind<K extends ResourceKind>(
  kind: K,
  collect: (spec: KindSpec<K>) => Promise<Collected<KindItems[K]>>,
): Promise<Outcome> {
  const spec: KindSpec<K> = KINDS[kind];
  const { items, notChecked } = await collect(spec);
  return { kind, items, notChecked, evaluate: (ctx) => items.flatMap((item) => spec.check(item, ctx)) };
}

/** A model made by a copy job is fixed by copying again, so its rules want the job (when it was listed). */
function copyJobIndex(outcomes: readonly Outcome[]): (modelArn: string) => ModelCopyJob | undefined {
  const byTarget = new Map<string, ModelCopyJob>();
  for (const outcome of outcomes) {
    if (outcome.kind !== 'model-copy-job') continue;
    for (const job of outcome.items as readonly ModelCopyJob[]) {
      const known = job.targetModelArn === undefined ? undefined : byTarget.get(job.targetModelArn);
      if (job.targetModelArn !== undefined && (known === undefined || job.status === 'Completed')) byTarget.set(job.targetModelArn, job);
    }
  }
  return (arn) => byTarget.get(arn);
}

/** The first audited region of each partition: the IAM client of that partition is built with it. */
function partitionsOf(regions: readonly string[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const region of regions) {
    const partition = isBedrockRegion(region) ? BEDROCK_REGIONS[region].partition : 'aws';
    if (!first.has(partition)) first.set(partition, region);
  }
  return first;
}

/**
 * Collects every region's resources concurrently (Gets share one bound across regions and kinds),
 * then applies the rules region by region once all of a region's kinds are in.
 */
export async function runAudit(options: AuditOptions): Promise<AuditReport> {
  const kinds = RESOURCE_KINDS.filter((k) => (options.kinds ?? RESOURCE_KINDS).includes(k));
  const limit: Limiter = createLimiter(options.concurrency);
  const now = options.now ?? new Date();
  const { since, onProgress, expected } = options;
  const regional = kinds.filter((k) => KINDS[k].scope === 'region');
  const global = kinds.filter((k) => KINDS[k].scope === 'account');

  const limitIn = (): Limiter => {
    if (options.regionConcurrency === undefined) return limit;
    const region = createLimiter(options.regionConcurrency);
    // A call takes its region's slot, then the run's: a busy region cannot starve the others.
    return (task) => region(() => limit(task));
  };
  const inRegion = async (region: string): Promise<[RuleContext, Outcome[]]> => {
    const agentCoreFor = options.agentCoreClientFor ?? ((r: string) => createAgentCoreClient({ region: r }));
    const ctx = { client: options.clientFor(region), agentCore: () => agentCoreFor(region), region, since, limit: limitIn(), onProgress };
    const outcomes = await Promise.all(regional.map((kind) => collectKind(kind, (spec) => (spec.scope === 'region' ? spec.collect(ctx) : never(kind)))));
    return [{ region, expected, now, copyJobFor: copyJobIndex(outcomes) }, outcomes];
  };
  const inPartition = async ([partition, region]: [string, string]): Promise<[RuleContext, Outcome[]]> => {
    const iam = (options.iamClientFor ?? ((r: string) => createIamClient({ region: r })))(region);
    const ctx = { iam, bedrock: options.clientFor(region), bedrockRegion: region, partition, region: GLOBAL_REGION, since, limit, onProgress };
    const outcomes = await Promise.all(global.map((kind) => collectKind(kind, (spec) => (spec.scope === 'account' ? spec.collect(ctx) : never(kind)))));
    return [{ region: GLOBAL_REGION, expected, now, copyJobFor: () => undefined }, outcomes];
  };

  const results = await Promise.all([
    ...options.regions.map(inRegion),
    ...(global.length > 0 ? [...partitionsOf(options.regions)].map(inPartition) : []),
  ]);
  const checked: Partial<Record<ResourceKind, number>> = Object.fromEntries(kinds.map((k) => [k, 0]));
  const findings: Finding[] = [];
  const notChecked: NotChecked[] = [];
  for (const [ctx, outcomes] of results) {
    for (const outcome of outcomes) {
      findings.push(...outcome.evaluate(ctx));
      checked[outcome.kind] = (checked[outcome.kind] ?? 0) + outcome.items.length;
      notChecked.push(...outcome.notChecked);
    }
  }
  return { regions: options.regions, kinds, checked, findings: findings.sort(byLocation), notChecked: notChecked.sort(byLocation) };
}

function never(kind: ResourceKind): never {
  throw new Error(`kind ${kind} is listed under the wrong scope`);
}
