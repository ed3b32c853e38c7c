/** S3 pieces every S3-related policy (endpoint, bucket, job role) is built from. */

/** Bucket and object ARNs of one bucket: bucket-level actions (ListBucket) need the first, object actions the second. */
export function bucketAndObjectArns(bucket: string): [string, string] {
  return [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`];
}

/** Seed 000's read and write action sets; the role policies use the same ones. */
export const S3_READ_ACTIONS = ['s3:GetObject', 's3:ListBucket'] as const;
export const S3_WRITE_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:ListBucket'] as const;
