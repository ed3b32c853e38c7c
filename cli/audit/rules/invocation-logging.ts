import type { Finding, InvocationLogging } from '../model';
import { invocationLoggingRemediation } from '../remediation/account';
import { RULES } from './catalog';
import { type Broken, type RuleContext, findingsOf } from './context';

/** Invocation logging has no ARN: this id names the region's configuration in findings and SARIF. */
const loggingResourceId = (region: string): string => `bedrock:${region}:model-invocation-logging`;

/** Per region: invocation logging is on, and (when the environment's destinations are known) goes there. */
export function checkInvocationLogging(logging: InvocationLogging, ctx: RuleContext): Finding[] {
  return findingsOf(
    { region: ctx.region, arn: loggingResourceId(ctx.region), name: `invocation logging (${ctx.region})` },
    [loggingProblem(logging, ctx)],
    () => invocationLoggingRemediation(logging, ctx.expected),
  );
}

function loggingProblem({ loggingConfig: c }: InvocationLogging, ctx: RuleContext): Broken | undefined {
  // An empty configuration object delivers nowhere, exactly like none.
  const bucket = c?.s3Config?.bucketName;
  const logGroup = c?.cloudWatchConfig?.logGroupName;
  if (!bucket && !logGroup) {
    return [RULES.invocationLoggingOff, `Model invocation logging is not configured in ${ctx.region} (no S3 bucket, no CloudWatch Logs log group).`];
  }
  const { invocationLogBucket: wantBucket, invocationLogGroup: wantGroup } = ctx.expected;
  const destinations = [
    ['S3 bucket', bucket, wantBucket],
    ['large-data S3 bucket', c?.cloudWatchConfig?.largeDataDeliveryS3Config?.bucketName, wantBucket],
    ['log group', logGroup, wantGroup],
  ] as const;
  const elsewhere = destinations.filter(([, actual, want]) => actual && want !== undefined && actual !== want);
  if (elsewhere.length === 0) return undefined;
  const detail = elsewhere.map(([what, actual, want]) => `${what} ${actual} (expected ${want})`).join('; ');
  return [RULES.invocationLoggingElsewhere, `Model invocation logs in ${ctx.region} go to ${detail}.`];
}
