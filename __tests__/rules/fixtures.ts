import { App, TerraformStack, Testing } from '../../framework';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { evaluateStack } from '../../rules/evaluate';
import type { Finding, GuardrailRule, Suppression } from '../../rules/types';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

/** A stack with only a provider: fixtures add the few resources a rule looks at. */
export function fixtureStack(app: App = Testing.app() as App, id = 'fixture'): TerraformStack {
  const stack = new TerraformStack(app, id);
  new AwsProvider(stack, 'aws', { region: REGION });
  return stack;
}

/** Findings of one rule on the stack's resolved JSON (what synth writes), not-applicable left out. */
export function findings(stack: TerraformStack, rule: GuardrailRule, suppressions: readonly Suppression[] = []): Finding[] {
  return [...evaluateStack(stack.node.id, stack.toTerraform(), [rule], suppressions).findings];
}

export interface BucketParts {
  readonly publicAccessBlock?: boolean;
  readonly encryption?: 'kms' | 's3' | 'none';
  readonly versioning?: boolean;
  readonly policy?: object;
  readonly logging?: boolean;
}

/** A bare bucket with the parts asked for, each as its own provider resource (as SecureBucket does). */
export function bucket(stack: TerraformStack, id: string, parts: BucketParts): S3Bucket {
  const b = new S3Bucket(stack, id, { bucket: `${id}-bucket` });
  if (parts.publicAccessBlock) {
    new S3BucketPublicAccessBlock(stack, `${id}-pab`, { bucket: b.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
  }
  if (parts.encryption && parts.encryption !== 'none') {
    new S3BucketServerSideEncryptionConfigurationA(stack, `${id}-sse`, {
      bucket: b.id,
      rule: [{ applyServerSideEncryptionByDefault: parts.encryption === 'kms' ? { sseAlgorithm: 'aws:kms', kmsMasterKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k` } : { sseAlgorithm: 'AES256' } }],
    });
  }
  if (parts.versioning) new S3BucketVersioningA(stack, `${id}-versioning`, { bucket: b.id, versioningConfiguration: { status: 'Enabled' } });
  if (parts.policy) new S3BucketPolicy(stack, `${id}-policy`, { bucket: b.id, policy: JSON.stringify(parts.policy) });
  if (parts.logging) new S3BucketLoggingA(stack, `${id}-logging`, { bucket: b.id, targetBucket: 'log-target', targetPrefix: `${id}/` });
  return b;
}
