import { GuardrailRule, PASS, fail } from './types';
import { bucketPolicyStatements } from './bucket-policy';
import { conditionValues, coversAction, isAnyPrincipal } from './policy';

export const S3TlsOnly: GuardrailRule = {
  id: 'BPP-S3-4',
  description: 'Every bucket policy denies all S3 actions over plain HTTP (aws:SecureTransport = false)',
  severity: 'error',
  fix: 'Add tlsOnlyStatement(bucket) (modules/buckets/bucket-policies.ts) to the bucket policy.',
  resourceTypes: ['aws_s3_bucket'],
  evaluate(bucket, stack) {
    const statements = bucketPolicyStatements(bucket, stack);
    if (!statements) return fail('the bucket has no bucket policy');
    const tls = statements.some(
      (s) =>
        s.Effect === 'Deny' &&
        isAnyPrincipal(s.Principal) &&
        coversAction(s, 's3:*') &&
        conditionValues(s, 'Bool', 'aws:SecureTransport').includes('false'),
    );
    return tls ? PASS : fail('no Deny of s3:* for any principal when aws:SecureTransport is false');
  },
};
