"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const cdktf_1 = require("cdktf");
const constructs_1 = require("constructs");
const provider_1 = require("@cdktf/provider-aws/lib/provider");
const secure_bucket_1 = require("../../modules/buckets/secure-bucket");
const bucket_policies_1 = require("../../modules/buckets/bucket-policies");
const document_1 = require("../../modules/policy/document");
const moved_1 = require("../../modules/state/moved");
const addresses_1 = require("../../scripts/lib/addresses");
const synthesized_1 = require("../../scripts/lib/synthesized");
/** A small stack with one SecureBucket whose construct id is under test. */
function synthesize(bucketId, move = 'none') {
    const app = cdktf_1.Testing.app();
    const stack = new cdktf_1.TerraformStack(app, 'refactor');
    new provider_1.AwsProvider(stack, 'aws', { region: 'us-east-1' });
    const data = new constructs_1.Construct(stack, 'data');
    const bucket = new secure_bucket_1.SecureBucket(data, bucketId, {
        bucketName: 'refactor-demo-bucket',
        encryption: { kind: 's3' },
        policy: (0, document_1.policyDocument)('resource', [(0, bucket_policies_1.tlsOnlyStatement)('refactor-demo-bucket')]),
        noncurrentVersionExpirationDays: 30,
        preventDestroy: true,
    });
    if (move === 'construct')
        (0, moved_1.declareConstructMove)(bucket, 'data/logs');
    if (move === 'bucket-only')
        (0, moved_1.declareMove)(bucket.bucket, 'aws_s3_bucket.data_logs_bucket_427C0EBA');
    // Stack-level JSON, as app.synth() writes it, without touching the disk.
    return JSON.parse(JSON.stringify(stack.toTerraform()));
}
describe('renaming a construct id', () => {
    const before = synthesize('logs');
    const committed = new Map([['refactor', (0, synthesized_1.resourceAddresses)(before)]]);
    it('starts from the committed addresses of the original id', () => {
        expect(committed.get('refactor')).toContain('aws_s3_bucket.data_logs_bucket_427C0EBA');
        expect(committed.get('refactor')).toHaveLength(7);
    });
    it('is caught by the stability check when no moved block covers it', () => {
        const lost = (0, addresses_1.lostAddresses)(committed, new Map([['refactor', synthesize('access-logs')]]));
        expect(lost.map((l) => l.address)).toEqual(committed.get('refactor'));
        expect((0, addresses_1.lostAddressMessage)(lost)).toMatch(/7 resource addresses disappeared[\s\S]*add a moved block[\s\S]*npm run addresses:update/);
    });
    it('is accepted when declareConstructMove covers every resource of the construct', () => {
        const after = synthesize('access-logs', 'construct');
        expect((0, addresses_1.lostAddresses)(committed, new Map([['refactor', after]]))).toEqual([]);
        expect(after.moved).toHaveLength(7);
        expect(after.moved).toContainEqual({ from: 'aws_s3_bucket.data_logs_bucket_427C0EBA', to: 'aws_s3_bucket.data_access-logs_bucket_0595B1D7' });
        // Every moved block lands on a resource that exists.
        const present = new Set((0, synthesized_1.resourceAddresses)(after));
        for (const m of after.moved ?? [])
            expect(present.has(m.to)).toBe(true);
    });
    it('still reports the resources a partial move leaves behind', () => {
        const lost = (0, addresses_1.lostAddresses)(committed, new Map([['refactor', synthesize('access-logs', 'bucket-only')]]));
        expect(lost).toHaveLength(6);
        expect(lost.map((l) => l.address)).not.toContain('aws_s3_bucket.data_logs_bucket_427C0EBA');
    });
});
describe('declareMove', () => {
    it('rejects a move between resource types', () => {
        const stack = new cdktf_1.TerraformStack(cdktf_1.Testing.app(), 's');
        const bucket = new secure_bucket_1.SecureBucket(stack, 'b', {
            bucketName: 'refactor-demo-bucket',
            encryption: { kind: 's3' },
            policy: (0, document_1.policyDocument)('resource', [(0, bucket_policies_1.tlsOnlyStatement)('refactor-demo-bucket')]),
            noncurrentVersionExpirationDays: 30,
            preventDestroy: false,
        });
        expect(() => (0, moved_1.declareMove)(bucket.bucket, 'aws_kms_key.old')).toThrow(/same resource type/);
        expect(() => (0, moved_1.declareMove)(bucket.bucket, (0, moved_1.resourceAddress)(bucket.bucket))).toThrow(/nothing moved/);
    });
});
