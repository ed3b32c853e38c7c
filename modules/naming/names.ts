/**
 * Deterministic names derived from config. Names are part of the address of real resources:
 * changing a formula here renames (replaces) buckets and roles, so treat it as a breaking change.
 */

export const DATA_BUCKET_PURPOSES = ['training', 'validation', 'customizationOutput', 'batchInput', 'batchOutput'] as const;
export type DataBucketPurpose = (typeof DATA_BUCKET_PURPOSES)[number];
export type BucketPurpose = DataBucketPurpose | 'accessLogs';
export const ALL_BUCKET_PURPOSES: readonly BucketPurpose[] = [...DATA_BUCKET_PURPOSES, 'accessLogs'];

const BUCKET_SLUG: Record<BucketPurpose, string> = {
  training: 'training',
  validation: 'validation',
  customizationOutput: 'custom-output',
  batchInput: 'batch-input',
  batchOutput: 'batch-output',
  accessLogs: 'access-logs',
};

export interface NameScope {
  readonly namePrefix: string;
  readonly name: string;
  readonly accountId: string;
  readonly region: string;
}

/** `<prefix>-<env>-<purpose>-<account>-<region>`: globally unique without random suffixes. */
export function bucketName(scope: NameScope, purpose: BucketPurpose): string {
  return `${scope.namePrefix}-${scope.name}-${BUCKET_SLUG[purpose]}-${scope.accountId}-${scope.region}`;
}

export function bucketNames(scope: NameScope): Record<BucketPurpose, string> {
  return Object.fromEntries(ALL_BUCKET_PURPOSES.map((p) => [p, bucketName(scope, p)])) as Record<BucketPurpose, string>;
}

/** IAM role/policy names: `<prefix>-<env>-<what>` (64-character IAM limit checked by config). */
export function resourceName(scope: NameScope, what: string): string {
  return `${scope.namePrefix}-${scope.name}-${what}`;
}

export const S3_BUCKET_NAME_MAX = 63;
