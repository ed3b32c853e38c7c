import { z } from 'zod';

/**
 * `trail`: a CloudTrail trail of this environment that records S3 data events (reads and writes of
 * objects) on the data buckets and the state bucket: who read the training data (help/trail.md).
 * On by default in the environment named "prod", off elsewhere; data events are billed per event.
 */
export const TrailSchema = z.strictObject({
  /** @default true for "prod", false otherwise */
  enabled: z.boolean().optional(),
  /** Days the trail bucket keeps log files. @default 365 */
  retentionDays: z.number().int().positive('must be a whole number of days greater than 0').default(365),
});

export type TrailConfig = z.output<typeof TrailSchema>;

/** The default lives here, beside the schema: prod records data events unless its file turns the trail off. */
export function trailEnabled(env: { readonly name: string; readonly trail: TrailConfig }): boolean {
  return env.trail.enabled ?? env.name === 'prod';
}
