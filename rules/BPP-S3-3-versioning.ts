import { GuardrailRule, PASS, fail } from './types';

export const S3Versioning: GuardrailRule = {
  id: 'BPP-S3-3',
  description: 'Every bucket has versioning enabled',
  severity: 'error',
  fix: 'Add an aws_s3_bucket_versioning with status "Enabled" (SecureBucket does).',
  resourceTypes: ['aws_s3_bucket'],
  evaluate(bucket, stack) {
    const versioning = stack.referencing('aws_s3_bucket_versioning', 'bucket', bucket);
    const enabled = versioning.some((v) => (v.config.versioning_configuration as { status?: string } | undefined)?.status === 'Enabled');
    return enabled ? PASS : fail(versioning.length ? 'versioning is not "Enabled"' : 'no aws_s3_bucket_versioning references this bucket');
  },
};
