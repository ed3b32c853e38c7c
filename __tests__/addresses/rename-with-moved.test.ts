import { TerraformStack, Testing } from '../../framework';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { SecureBucket } from '../../modules/buckets/secure-bucket';
import { tlsOnlyStatement } from '../../modules/buckets/bucket-policies';
import { policyDocument } from '../../modules/policy/document';
import { declareConstructMove, declareMove, resourceAddress } from '../../modules/state/moved';
import { lostAddressMessage, lostAddresses } from '../../scripts/lib/addresses';
import { SynthesizedStack, resourceAddresses } from '../../scripts/lib/synthesized';

type Move = 'none' | 'construct' | 'bucket-only';

/** A small stack with one SecureBucket whose construct id is under test. */
function synthesize(bucketId: string, move: Move = 'none'): SynthesizedStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'refactor');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  const data = new Construct(stack, 'data');
  const bucket = new SecureBucket(data, bucketId, {
    bucketName: 'refactor-demo-bucket',
    encryption: { kind: 's3' },
    policy: policyDocument('resource', [tlsOnlyStatement('refactor-demo-bucket')]),
    noncurrentVersionExpirationDays: 30,
    preventDestroy: true,
  });
  if (move === 'construct') declareConstructMove(bucket, 'data/logs');
  if (move === 'bucket-only') declareMove(bucket.bucket, 'aws_s3_bucket.data_logs_bucket_427C0EBA');
  // Stack-level JSON, as app.synth() writes it, without touching the disk.
  return JSON.parse(JSON.stringify(stack.toTerraform())) as SynthesizedStack;
}

describe('renaming a construct id', () => {
  const before = synthesize('logs');
  const committed = new Map([['refactor', resourceAddresses(before)]]);

  it('starts from the committed addresses of the original id', () => {
    expect(committed.get('refactor')).toContain('aws_s3_bucket.data_logs_bucket_427C0EBA');
    expect(committed.get('refactor')).toHaveLength(7);
  });

  it('is caught by the stability check when no moved block covers it', () => {
    const lost = lostAddresses(committed, new Map([['refactor', synthesize('access-logs')]]));
    expect(lost.map((l) => l.address)).toEqual(committed.get('refactor'));
    expect(lostAddressMessage(lost)).toMatch(/7 resource addresses disappeared[\s\S]*add a moved block[\s\S]*npm run addresses:update/);
  });

  it('is accepted when declareConstructMove covers every resource of the construct', () => {
    const after = synthesize('access-logs', 'construct');
    expect(lostAddresses(committed, new Map([['refactor', after]]))).toEqual([]);
    expect(after.moved).toHaveLength(7);
    expect(after.moved).toContainEqual({ from: 'aws_s3_bucket.data_logs_bucket_427C0EBA', to: 'aws_s3_bucket.data_access-logs_bucket_0595B1D7' });
    // Every moved block lands on a resource that exists.
    const present = new Set(resourceAddresses(after));
    for (const m of after.moved ?? []) expect(present.has(m.to)).toBe(true);
  });

  it('still reports the resources a partial move leaves behind', () => {
    const lost = lostAddresses(committed, new Map([['refactor', synthesize('access-logs', 'bucket-only')]]));
    expect(lost).toHaveLength(6);
    expect(lost.map((l) => l.address)).not.toContain('aws_s3_bucket.data_logs_bucket_427C0EBA');
  });
});

describe('declareMove', () => {
  it('rejects a move between resource types', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    const bucket = new SecureBucket(stack, 'b', {
      bucketName: 'refactor-demo-bucket',
      encryption: { kind: 's3' },
      policy: policyDocument('resource', [tlsOnlyStatement('refactor-demo-bucket')]),
      noncurrentVersionExpirationDays: 30,
      preventDestroy: false,
    });
    expect(() => declareMove(bucket.bucket, 'aws_kms_key.old')).toThrow(/same resource type/);
    expect(() => declareMove(bucket.bucket, resourceAddress(bucket.bucket))).toThrow(/nothing moved/);
  });
});
