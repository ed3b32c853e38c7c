import type { BedrockClient } from '@aws-sdk/client-bedrock';
import { collectCustomModels } from './collectors/custom-models';
import { collectCustomizationJobs } from './collectors/customization-jobs';
import { type ProgressEvent } from './collectors/context';
import { collectInvocationJobs } from './collectors/invocation-jobs';
import type { Expectations } from './expectations';
import type { AuditReport, Finding, NotChecked, ResourceKind } from './model';
import { createLimiter } from './pool';
import { checkCustomModel } from './rules/custom-model';
import { checkCustomizationJob } from './rules/customization-job';
import { checkInvocationJob } from './rules/invocation-job';

export interface AuditOptions {
  readonly regions: readonly string[];
  /** Builds (or, in tests, hands out) the client for one region. */
  readonly clientFor: (region: string) => BedrockClient;
  readonly expected: Expectations;
  readonly since?: Date;
  /** Get calls in flight at once, across all regions and resource types. */
  readonly concurrency: number;
  readonly onProgress?: (event: ProgressEvent) => void;
}

const byLocation = (a: Finding | NotChecked, b: Finding | NotChecked): number =>
  a.region.localeCompare(b.region) || a.kind.localeCompare(b.kind) || resourceOf(a).localeCompare(resourceOf(b));
const resourceOf = (x: Finding | NotChecked): string => ('resourceArn' in x ? x.resourceArn + x.ruleId : x.resource);

/** Collects every region's resources concurrently (Gets share one bound), then applies the rules. */
export async function runAudit(options: AuditOptions): Promise<AuditReport> {
  const limit = createLimiter(options.concurrency);
  const checked: Record<ResourceKind, number> = { 'model-customization-job': 0, 'model-invocation-job': 0, 'custom-model': 0 };
  const findings: Finding[] = [];
  const notChecked: NotChecked[] = [];
  await Promise.all(
    options.regions.map(async (region) => {
      const ctx = { client: options.clientFor(region), region, since: options.since, limit, onProgress: options.onProgress };
      const [jobs, batch, models] = await Promise.all([
        collectCustomizationJobs(ctx),
        collectInvocationJobs(ctx),
        collectCustomModels(ctx),
      ]);
      for (const job of jobs.items) findings.push(...checkCustomizationJob(region, job, options.expected));
      for (const job of batch.items) findings.push(...checkInvocationJob(region, job, options.expected));
      for (const model of models.items) findings.push(...checkCustomModel(region, model, options.expected));
      checked['model-customization-job'] += jobs.items.length;
      checked['model-invocation-job'] += batch.items.length;
      checked['custom-model'] += models.items.length;
      notChecked.push(...jobs.notChecked, ...batch.notChecked, ...models.notChecked);
    }),
  );
  return { regions: options.regions, checked, findings: findings.sort(byLocation), notChecked: notChecked.sort(byLocation) };
}
