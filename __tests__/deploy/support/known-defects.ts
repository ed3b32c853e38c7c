/**
 * Product defects that stop a step of the loop today, so the loop still runs every other step. Each entry is
 * asserted, not ignored: the step must fail with exactly this error text. When the product is fixed the step
 * passes, the test fails with "stale KNOWN_PRODUCT_DEFECTS entry", and the entry is removed. Never list an
 * emulator gap here (fix the emulator, tools/moto_emulator.py), and never a step that fails for another reason.
 */

export type LoopStep = 'init' | 'apply' | 'replan' | 'destroy';

export interface KnownDefect {
  readonly stack: string;
  readonly step: LoopStep;
  /** What the failing step's output must contain: Terraform's error line, request ids left out. */
  readonly error: RegExp;
  /** The defect, as the issue that tracks it states it. */
  readonly issue: string;
}

const DESTROY_STOPS_AT_ACCESS_LOGS =
  'issue 16: "A dev environment cannot be torn down. terraform destroy stops at the access-log bucket: BucketNotEmpty." ' +
  'S3 delivers server access logs for the data buckets into the access-log bucket, which has force_destroy = false, ' +
  'so DeleteBucket answers 409 BucketNotEmpty. Tearing down a non-prod environment must be an explicit per-environment choice.';

export const KNOWN_PRODUCT_DEFECTS: readonly KnownDefect[] = [
  {
    stack: 'bedrock-dev',
    step: 'destroy',
    error: /Error: deleting S3 Bucket \(bedrock-dev-access-logs-111111111111-us-east-1\): .*StatusCode: 409, .*api error BucketNotEmpty/,
    issue: DESTROY_STOPS_AT_ACCESS_LOGS,
  },
  {
    stack: 'bedrock-staging',
    step: 'destroy',
    error: /Error: deleting S3 Bucket \(bedrock-staging-access-logs-222222222222-us-east-1\): .*StatusCode: 409, .*api error BucketNotEmpty/,
    issue: DESTROY_STOPS_AT_ACCESS_LOGS,
  },
];

export function knownDefect(stack: string, step: LoopStep): KnownDefect | undefined {
  return KNOWN_PRODUCT_DEFECTS.find((d) => d.stack === stack && d.step === step);
}
