/**
 * The environment's buckets by purpose, and their names. Names are part of the address of real
 * resources: changing a formula here renames (replaces) buckets, so treat it as a breaking change.
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

/** S3's limit on a bucket name's length; config validation checks every derived name against it. */
export const S3_BUCKET_NAME_MAX = 63;

export interface NameScope {
  readonly namePrefix: string;
  /** The environment's name. */
  readonly name: string;
  readonly accountId: string;
  readonly region: string;
}

/**
 * `<prefix>-<env>-<slug>-<account>-<region>`: globally unique without random suffixes. The one bucket
 * name formula, for the buckets here and the invocation log bucket (catalog/invocation-logging.ts);
 * slugBucketNamePattern matches it, so organization policies cover every environment's buckets.
 */
export function slugBucketName(scope: NameScope, slug: string): string {
  return `${scope.namePrefix}-${scope.name}-${slug}-${scope.accountId}-${scope.region}`;
}

/** Names of one slug's buckets in every environment with this name prefix, for organization policies. */
export function slugBucketNamePattern(namePrefix: string, slug: string): string {
  return `${namePrefix}-*-${slug}-*`;
}

export function bucketName(scope: NameScope, purpose: BucketPurpose): string {
  return slugBucketName(scope, BUCKET_SLUG[purpose]);
}

export type BucketNames = Readonly<Record<BucketPurpose, string>>;

export function bucketNames(scope: NameScope): BucketNames {
  return Object.fromEntries(ALL_BUCKET_PURPOSES.map((p) => [p, bucketName(scope, p)])) as Record<BucketPurpose, string>;
}

/** `s3://<bucket>/<key>`: the one S3 URI formula of the launch fragments, the job CLI and CompliantCustomModel. */
export function s3Uri(bucket: string, key = ''): string {
  return `s3://${bucket}/${key}`;
}

/** Names of one purpose's buckets in every environment with this name prefix, for organization policies. */
export function bucketNamePattern(namePrefix: string, purpose: BucketPurpose): string {
  return slugBucketNamePattern(namePrefix, BUCKET_SLUG[purpose]);
}
