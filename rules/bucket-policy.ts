import type { StackResources, SynthResource } from './resources';
import { Statement, parseStatements } from './policy';

/** Statements of every aws_s3_bucket_policy attached to the bucket (a bucket has at most one in AWS). */
export function bucketPolicyStatements(bucket: SynthResource, stack: StackResources): Statement[] | undefined {
  const policies = stack.referencing('aws_s3_bucket_policy', 'bucket', bucket);
  if (policies.length === 0) return undefined;
  return policies.flatMap((p) => parseStatements(p.config.policy) ?? []);
}
