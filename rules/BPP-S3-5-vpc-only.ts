import { GuardrailRule, PASS, fail } from './types';
import { bucketPolicyStatements } from './bucket-policy';
import { conditionValues, coversAction, isAnyPrincipal } from './policy';

/** Seed 000's output-bucket statement denies exactly these outside the VPC. */
const SEED_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:ListBucket'] as const;

export const S3VpcOnly: GuardrailRule = {
  id: 'BPP-S3-5',
  description: 'Every data bucket policy denies data access from outside the VPC (seed 000: aws:SourceVpc / aws:SourceVpce)',
  severity: 'error',
  fix: 'Use vpcOnlyBucketPolicy (modules/buckets/bucket-policies.ts): Deny s3:GetObject, s3:PutObject, s3:ListBucket to "*" unless aws:SourceVpc or aws:SourceVpce match.',
  resourceTypes: ['aws_s3_bucket'],
  evaluate(bucket, stack) {
    const statements = bucketPolicyStatements(bucket, stack);
    if (!statements) return fail('the bucket has no bucket policy');
    const vpcDenies = statements.filter(
      (s) =>
        s.Effect === 'Deny' &&
        isAnyPrincipal(s.Principal) &&
        (conditionValues(s, 'StringNotEquals', 'aws:SourceVpc').length > 0 || conditionValues(s, 'StringNotEquals', 'aws:SourceVpce').length > 0),
    );
    if (vpcDenies.length === 0) return fail('no Deny to any principal conditioned on StringNotEquals aws:SourceVpc / aws:SourceVpce');
    const uncovered = SEED_ACTIONS.filter((a) => !vpcDenies.some((s) => coversAction(s, a)));
    return uncovered.length ? fail(`the VPC-only deny leaves ${uncovered.join(', ')} open outside the VPC`) : PASS;
  },
};
