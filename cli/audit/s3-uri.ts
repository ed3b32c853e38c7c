const S3_URI = /^s3:\/\/([^/]+)(\/.*)?$/;

/** The bucket of an `s3://bucket/key` URI; undefined for anything else. */
export function bucketOf(uri: string | undefined): string | undefined {
  return uri === undefined ? undefined : S3_URI.exec(uri)?.[1];
}

/** The same key in another bucket: where the data has to be copied for the job to read it. */
export function inBucket(uri: string, bucket: string): string {
  const match = S3_URI.exec(uri);
  return `s3://${bucket}${match?.[2] ?? '/'}`;
}
