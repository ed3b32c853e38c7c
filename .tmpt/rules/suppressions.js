"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PLATFORM_SUPPRESSIONS = void 0;
/**
 * The platform's accepted exceptions, applied to every stack (paths are relative to the stack).
 * Each one shows up in the stack's guardrails report as "suppressed" with its reason.
 */
exports.PLATFORM_SUPPRESSIONS = [
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
        reason: 'The Terraform state bucket is read and written by Terraform from CI and workstations outside the VPC; it is guarded by IAM, SSE-KMS with its own key and TLS-only instead.',
    },
    {
        ruleId: 'BPP-S3-6',
        path: 'data/bucket-accessLogs/bucket',
        reason: 'This is the access-log target itself; logging it to itself would log its own log deliveries without end (AWS advises against it).',
    },
    {
        ruleId: 'BPP-S3-6',
        path: 'state/bucket/bucket',
        reason: 'The bootstrap stack has no log bucket of its own yet; state access is audited through CloudTrail. Tracked as a gap in help/compliance.md.',
    },
];
