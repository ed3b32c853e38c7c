import { type NameScope, slugBucketName, slugBucketNamePattern } from './buckets';

/**
 * Names of an environment's model invocation logging resources, and the patterns that match them in
 * every environment: the stacks create the names, the organization SCP protects the patterns. Names
 * are part of real resources' identity; change a formula here and the resources are replaced.
 */

/** Where an environment's invocation logs can go: an encrypted log group, a VPC-only bucket, or both. */
export const INVOCATION_LOG_DESTINATIONS = ['cloudWatchLogs', 's3'] as const;
export type InvocationLogDestination = (typeof INVOCATION_LOG_DESTINATIONS)[number];

/** Shortest retention of invocation logs: a year, enough for an annual review and what checkov's CKV_AWS_338 asks of a log group. */
export const INVOCATION_LOG_MIN_RETENTION_DAYS = 365;

/** The stream Bedrock writes to in the log group (AWS documents this exact name). */
export const INVOCATION_LOG_STREAM = 'aws/bedrock/modelinvocations';

/** Key prefixes in the log bucket: direct S3 delivery, and CloudWatch's large-data overflow. */
export const INVOCATION_LOG_S3_PREFIX = 'invocation-logs';
export const INVOCATION_LOG_LARGE_DATA_PREFIX = 'cloudwatch-large-data';

const BUCKET_SLUG = 'invocation-logs';
const ROLE_SUFFIX = 'invocation-logging';
const LOG_GROUP_PATH = '/aws/bedrock/model-invocations';

/** `<prefix>-<env>-invocation-logs-<account>-<region>`, like the data buckets (catalog/buckets.ts). */
export function invocationLogBucketName(scope: NameScope): string {
  return slugBucketName(scope, BUCKET_SLUG);
}

/** `/aws/bedrock/model-invocations/<prefix>-<env>`. */
export function invocationLogGroupName(scope: Pick<NameScope, 'namePrefix' | 'name'>): string {
  return `${LOG_GROUP_PATH}/${scope.namePrefix}-${scope.name}`;
}

/** `<prefix>-<env>-invocation-logging`: the role Bedrock assumes to write the log group. */
export function invocationLogRoleName(scope: Pick<NameScope, 'namePrefix' | 'name'>): string {
  return `${scope.namePrefix}-${scope.name}-${ROLE_SUFFIX}`;
}

/** `<prefix>-<env>-invocation-logs`: the alias of the log bucket's key. */
export function invocationLogKeyAlias(scope: Pick<NameScope, 'namePrefix' | 'name'>): string {
  return `${scope.namePrefix}-${scope.name}-${BUCKET_SLUG}`;
}

/** Patterns that match these resources in every environment with this name prefix (for organization policies). */
export function invocationLogPatterns(namePrefix: string): {
  readonly roleArn: string;
  readonly logGroupArn: string;
  readonly bucketName: string;
  readonly keyAlias: string;
} {
  const any = { namePrefix, name: '*' };
  return {
    roleArn: `arn:aws:iam::*:role/${invocationLogRoleName(any)}`,
    logGroupArn: `arn:aws:logs:*:*:log-group:${invocationLogGroupName(any)}`,
    bucketName: slugBucketNamePattern(namePrefix, BUCKET_SLUG),
    keyAlias: `alias/${invocationLogKeyAlias(any)}`,
  };
}
