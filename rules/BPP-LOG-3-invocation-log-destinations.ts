import { GuardrailRule, PASS, type Verdict, fail } from './types';
import type { StackResources, SynthResource } from './resources';
import { refersTo } from './resources';
import { LogGroupKms } from './BPP-LOG-1-log-group-kms';
import { S3SseKms } from './BPP-S3-2-sse-kms';
import { INVOCATION_LOG_MIN_RETENTION_DAYS } from '../catalog/invocation-logging';

type Block = Readonly<Record<string, unknown>>;

/** Nested blocks synthesize as one-element lists (provider framework blocks) or as objects; read either. */
function block(value: unknown): Block | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first !== null && typeof first === 'object' ? (first as Block) : undefined;
}

function reasonOf(verdict: Verdict): string | undefined {
  return verdict.status === 'fail' ? verdict.reason : undefined;
}

function checkLogGroup(reference: unknown, stack: StackResources): string[] {
  const group = stack.ofType('aws_cloudwatch_log_group').find((g) => refersTo(reference, g));
  if (!group) return ['cloudwatch_config names a log group that is not in this stack'];
  const problems: string[] = [];
  const kms = reasonOf(LogGroupKms.evaluate(group, stack));
  if (kms) problems.push(`log group ${group.path}: ${kms}`);
  const days = group.config.retention_in_days;
  if (typeof days !== 'number' || days < INVOCATION_LOG_MIN_RETENTION_DAYS) {
    problems.push(`log group ${group.path} keeps events ${typeof days === 'number' ? `${days} days` : 'forever'}, not ${INVOCATION_LOG_MIN_RETENTION_DAYS} to a bounded number of days`);
  }
  return problems;
}

function checkBucket(reference: unknown, where: string, stack: StackResources): string[] {
  const bucket: SynthResource | undefined = stack.ofType('aws_s3_bucket').find((b) => refersTo(reference, b));
  if (!bucket) return [`${where} names a bucket that is not in this stack`];
  const sse = reasonOf(S3SseKms.evaluate(bucket, stack));
  return sse ? [`${where} bucket ${bucket.path}: ${sse}`] : [];
}

export const InvocationLogDestinations: GuardrailRule = {
  id: 'BPP-LOG-3',
  description: `Model invocation logging delivers only to this stack's encrypted destinations: a log group with a KMS key and at least ${INVOCATION_LOG_MIN_RETENTION_DAYS} days' retention, buckets with SSE-KMS`,
  severity: 'error',
  fix: 'Build the logging configuration with ModelInvocationLogging (modules/invocation-logging), which creates the log group with the logs key and the bucket with its own key.',
  resourceTypes: ['aws_bedrock_model_invocation_logging_configuration'],
  evaluate(configuration, stack) {
    const logging = block(configuration.config.logging_config);
    const cloudwatch = block(logging?.cloudwatch_config);
    const s3 = block(logging?.s3_config);
    if (!cloudwatch && !s3) return fail('logging_config delivers to neither CloudWatch Logs nor S3');
    const largeData = block(cloudwatch?.large_data_delivery_s3_config);
    const problems = [
      ...(cloudwatch ? checkLogGroup(cloudwatch.log_group_name, stack) : []),
      ...(largeData ? checkBucket(largeData.bucket_name, 'large_data_delivery_s3_config', stack) : []),
      ...(s3 ? checkBucket(s3.bucket_name, 's3_config', stack) : []),
    ];
    return problems.length ? fail(problems.join('; ')) : PASS;
  },
};
