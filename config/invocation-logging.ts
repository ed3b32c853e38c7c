import { z } from 'zod';
import { S3_BUCKET_NAME_MAX, type NameScope } from '../catalog/buckets';
import { INVOCATION_LOG_DESTINATIONS, INVOCATION_LOG_MIN_RETENTION_DAYS, invocationLogBucketName } from '../catalog/invocation-logging';
import type { ConfigProblem, FileOf } from './errors';
import { logRetentionDays } from './log-retention';

/**
 * `invocationLogging`: the environment's Bedrock model invocation logging (help/invocation-logging.md).
 * Absent means off. Bedrock keeps one logging configuration per account and region, so two
 * environments of one account and region cannot both own it (invocationLoggingConflicts).
 */

export const InvocationLoggingSchema = z.strictObject({
  /** Where Bedrock delivers: a KMS-encrypted log group, a VPC-only SSE-KMS bucket, or both. @default both */
  destinations: z
    .array(z.enum(INVOCATION_LOG_DESTINATIONS, { error: `must be ${INVOCATION_LOG_DESTINATIONS.map((d) => `"${d}"`).join(' or ')}` }))
    .min(1, 'name at least one destination, or remove invocationLogging to turn logging off')
    .refine((d) => new Set(d).size === d.length, { error: 'list each destination once' })
    .default([...INVOCATION_LOG_DESTINATIONS]),
  /** Days the log group keeps events and the bucket keeps objects. @default 365 (the minimum) */
  retentionDays: logRetentionDays(INVOCATION_LOG_MIN_RETENTION_DAYS, INVOCATION_LOG_MIN_RETENTION_DAYS),
  /** Which request and response bodies Bedrock includes. @default all four */
  dataTypes: z
    .strictObject({
      text: z.boolean().default(true),
      image: z.boolean().default(true),
      embedding: z.boolean().default(true),
      video: z.boolean().default(true),
    })
    .prefault({}),
});

export type InvocationLoggingConfig = z.output<typeof InvocationLoggingSchema>;

/** Per environment, after the schema: the log bucket's name must fit S3's limit. */
export function invocationLoggingProblems(env: NameScope & { readonly invocationLogging?: InvocationLoggingConfig }, file: string): ConfigProblem[] {
  if (!env.invocationLogging?.destinations.includes('s3')) return [];
  const bucket = invocationLogBucketName(env);
  if (bucket.length <= S3_BUCKET_NAME_MAX) return [];
  return [
    {
      environment: env.name,
      file,
      field: 'invocationLogging.destinations',
      message: `invocation log bucket name "${bucket}" is ${bucket.length} characters, over S3's ${S3_BUCKET_NAME_MAX}; shorten namePrefix or the environment name, or deliver to "cloudWatchLogs" only`,
    },
  ];
}

interface LoggingOwner {
  readonly name: string;
  readonly accountId: string;
  readonly region: string;
  readonly invocationLogging?: InvocationLoggingConfig;
}

/** Two environments of one account and region that both enable logging would overwrite each other's configuration. */
export function invocationLoggingConflicts(envs: readonly LoggingOwner[], fileOf: FileOf): ConfigProblem[] {
  const owners = new Map<string, LoggingOwner>();
  const problems: ConfigProblem[] = [];
  for (const env of envs.filter((e) => e.invocationLogging)) {
    const key = `${env.accountId}/${env.region}`;
    const first = owners.get(key);
    if (!first) {
      owners.set(key, env);
      continue;
    }
    problems.push({
      environment: env.name,
      file: fileOf(env.name),
      field: 'invocationLogging',
      message: `Bedrock keeps one invocation logging configuration per account and region, and ${fileOf(first.name)} (environment "${first.name}") already sets it for ${env.accountId} in ${env.region}; remove invocationLogging from one of the two files (that environment's calls are logged by the other's configuration)`,
    });
  }
  return problems;
}
