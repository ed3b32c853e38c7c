import type { Suppression } from './types';

/**
 * The platform's accepted exceptions, applied to every stack (paths are relative to the stack).
 * Each one shows up in the stack's guardrails report as "suppressed" with its reason.
 */
export const PLATFORM_SUPPRESSIONS: readonly Suppression[] = [
  {
    ruleId: 'BPP-S3-2',
    path: 'data/bucket-accessLogs/bucket',
    reason: 'S3 server access log delivery supports only SSE-S3 (AES256) on the target bucket; it holds request records, not training or output data.',
  },
  {
    ruleId: 'BPP-S3-5',
    path: 'data/bucket-accessLogs/bucket',
    reason: 'The S3 logging service delivers from outside any VPC; the policy allows only that delivery, from this account\'s data buckets (aws:SourceAccount, aws:SourceArn), over TLS.',
  },
  {
    ruleId: 'BPP-S3-5',
    path: 'state/bucket/bucket',
    reason: 'The Terraform state bucket is read and written by Terraform from CI and workstations outside the VPC; its policy admits only the deployers, planners (read, lock objects) and break-glass, with SSE-KMS under its own key and TLS only.',
  },
  {
    ruleId: 'BPP-S3-2',
    path: 'state/access-logs/bucket',
    reason: 'S3 server access log delivery supports only SSE-S3 (AES256) on the target bucket; it holds request records of the state bucket, not state.',
  },
  {
    ruleId: 'BPP-S3-5',
    path: 'state/access-logs/bucket',
    reason: 'The S3 logging service delivers from outside any VPC; the policy allows only that delivery, from the state bucket of this account (aws:SourceAccount, aws:SourceArn), over TLS.',
  },
  {
    ruleId: 'BPP-S3-6',
    path: 'state/access-logs/bucket',
    reason: 'This is the state bucket\'s access-log target itself; logging it to itself would log its own log deliveries without end (AWS advises against it).',
  },
  {
    ruleId: 'BPP-S3-6',
    path: 'data/bucket-accessLogs/bucket',
    reason: 'This is the access-log target itself; logging it to itself would log its own log deliveries without end (AWS advises against it).',
  },
];
