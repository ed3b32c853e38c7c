"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const synth_1 = require("../helpers/synth");
const seeds_1 = require("../helpers/seeds");
const buckets_1 = require("../../catalog/buckets");
const env = (0, synth_1.testEnv)();
const tf = (0, synth_1.synthEnv)(env);
const names = (0, buckets_1.bucketNames)(env);
const vpcId = (0, synth_1.ref)(tf, 'aws_vpc', 'network/vpc', 'id');
const vpceId = (0, synth_1.ref)(tf, 'aws_vpc_endpoint', 's3-gateway/endpoint', 'id');
const arns = (bucket) => [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`];
const VPC_ONLY_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:GetObjectVersion', 's3:ListBucketVersions', 's3:DeleteObject', 's3:DeleteObjectVersion'];
describe.each(buckets_1.DATA_BUCKET_PURPOSES)('data bucket %s', (purpose) => {
    const at = (part) => (0, synth_1.resourceAt)(tf, resourceTypeOf(part), `data/bucket-${purpose}/${part}`);
    const bucketRef = (0, synth_1.ref)(tf, 'aws_s3_bucket', `data/bucket-${purpose}/bucket`, 'id');
    it('has the derived name and never force_destroy', () => {
        expect(at('bucket')).toMatchObject({ bucket: names[purpose], force_destroy: false });
    });
    it('blocks all public access and disables ACLs', () => {
        expect(at('public-access-block')).toMatchObject({ bucket: bucketRef, block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true });
        expect(at('ownership')).toMatchObject({ rule: { object_ownership: 'BucketOwnerEnforced' } });
    });
    it('encrypts with the data key (SSE-KMS) and bucket keys, and versions objects', () => {
        expect(at('encryption')).toMatchObject({
            rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: (0, synth_1.ref)(tf, 'aws_kms_key', 'data/data-key/key', 'arn') }, bucket_key_enabled: true }],
        });
        expect(at('versioning')).toMatchObject({ versioning_configuration: { status: 'Enabled' } });
    });
    it('aborts incomplete uploads and expires noncurrent versions after the configured age', () => {
        expect(at('lifecycle').rule).toEqual([
            { id: 'abort-incomplete-multipart-uploads', status: 'Enabled', filter: [{ prefix: '' }], abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }] },
            { id: 'expire-noncurrent-versions', status: 'Enabled', filter: [{ prefix: '' }], noncurrent_version_expiration: [{ noncurrent_days: 90 }] },
        ]);
    });
    it('logs server access to the access-log bucket', () => {
        expect(at('access-logging')).toMatchObject({
            bucket: bucketRef,
            target_bucket: (0, synth_1.ref)(tf, 'aws_s3_bucket', 'data/bucket-accessLogs/bucket', 'id'),
            target_prefix: `${names[purpose]}/`,
        });
    });
    it('denies non-TLS requests and data access from outside the VPC or its S3 endpoint', () => {
        expect((0, synth_1.policyOf)(at('policy'))).toEqual({
            Version: '2012-10-17',
            Statement: [
                { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: arns(names[purpose]), Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
                {
                    Sid: 'DenyDataAccessOutsideVpc',
                    Effect: 'Deny',
                    Principal: '*',
                    Action: VPC_ONLY_ACTIONS,
                    Resource: arns(names[purpose]),
                    Condition: { StringNotEquals: { 'aws:SourceVpc': vpcId, 'aws:SourceVpce': vpceId } },
                },
            ],
        });
    });
});
function resourceTypeOf(part) {
    return {
        bucket: 'aws_s3_bucket',
        'public-access-block': 'aws_s3_bucket_public_access_block',
        ownership: 'aws_s3_bucket_ownership_controls',
        encryption: 'aws_s3_bucket_server_side_encryption_configuration',
        versioning: 'aws_s3_bucket_versioning',
        lifecycle: 'aws_s3_bucket_lifecycle_configuration',
        'access-logging': 'aws_s3_bucket_logging',
        policy: 'aws_s3_bucket_policy',
    }[part];
}
describe('VPC-only bucket policy against seed 000', () => {
    it('contains the seed\'s output-bucket statement: its actions, resources and aws:sourceVpc condition', () => {
        const seed = (0, seeds_1.seedPolicies)('000')[1].Statement[0];
        const ours = (0, synth_1.policyOf)((0, synth_1.resourceAt)(tf, 'aws_s3_bucket_policy', 'data/bucket-customizationOutput/policy')).Statement[1];
        expect(ours.Effect).toBe(seed.Effect);
        expect(ours.Principal).toBe(seed.Principal);
        expect(ours.Action).toEqual(expect.arrayContaining(seed.Action));
        expect(ours.Resource).toEqual(seed.Resource.map((r) => r.replace('output-bucket', names.customizationOutput)));
        // IAM condition keys are case-insensitive: the seed's aws:sourceVpc is our aws:SourceVpc.
        const seedKeys = Object.keys(seed.Condition.StringNotEquals).map((k) => k.toLowerCase());
        expect(Object.keys(ours.Condition.StringNotEquals).map((k) => k.toLowerCase())).toEqual(expect.arrayContaining(seedKeys));
    });
    it('does not deny bucket-configuration actions, so Terraform can manage the bucket from outside the VPC', () => {
        const denied = (0, synth_1.policyOf)((0, synth_1.resourceAt)(tf, 'aws_s3_bucket_policy', 'data/bucket-training/policy')).Statement[1].Action;
        for (const action of ['s3:PutBucketPolicy', 's3:GetBucketPolicy', 's3:PutEncryptionConfiguration', 's3:*'])
            expect(denied).not.toContain(action);
    });
    it('honours exempt principals when set (aws:PrincipalArn) and omits the key when empty', () => {
        const exempt = (0, synth_1.testEnv)({ buckets: { exemptPrincipalArns: ['arn:aws:iam::123456789012:role/DataSteward'] } });
        const out = (0, synth_1.synthEnv)(exempt);
        const statement = (0, synth_1.policyOf)((0, synth_1.resourceAt)(out, 'aws_s3_bucket_policy', 'data/bucket-training/policy')).Statement[1];
        expect(statement.Condition).toEqual({
            StringNotEquals: { 'aws:SourceVpc': (0, synth_1.ref)(out, 'aws_vpc', 'network/vpc', 'id'), 'aws:SourceVpce': (0, synth_1.ref)(out, 'aws_vpc_endpoint', 's3-gateway/endpoint', 'id') },
            ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:iam::123456789012:role/DataSteward'] },
        });
        const plain = (0, synth_1.policyOf)((0, synth_1.resourceAt)(tf, 'aws_s3_bucket_policy', 'data/bucket-training/policy')).Statement[1];
        expect(JSON.stringify(plain)).not.toContain('aws:PrincipalArn');
    });
    it('emits every policy as valid JSON (the seeds\' trailing commas are not copied)', () => {
        const policies = [
            ...(0, synth_1.resources)(tf, 'aws_s3_bucket_policy'),
            ...(0, synth_1.resources)(tf, 'aws_iam_role_policy'),
            ...(0, synth_1.resources)(tf, 'aws_iam_policy'),
            ...(0, synth_1.resources)(tf, 'aws_kms_key'),
            ...(0, synth_1.resources)(tf, 'aws_vpc_endpoint'),
            ...(0, synth_1.resources)(tf, 'aws_iam_role').map(([n, r]) => [n, { policy: r.assume_role_policy }]),
        ].map(([, r]) => r.policy);
        // 6 bucket, 5 inline role, 1 managed, 3 key, 5 endpoint policies and 3 trust policies.
        expect(policies).toHaveLength(23);
        for (const text of policies)
            expect(() => JSON.parse(text)).not.toThrow();
    });
});
describe('access-log bucket', () => {
    const at = (type, part) => (0, synth_1.resourceAt)(tf, type, `data/bucket-accessLogs/${part}`);
    it('uses SSE-S3, the only default encryption S3 server access log delivery supports', () => {
        expect(at('aws_s3_bucket_server_side_encryption_configuration', 'encryption').rule).toEqual([{ apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } }]);
    });
    it('accepts log delivery only from this account\'s data buckets, over TLS', () => {
        const doc = (0, synth_1.policyOf)(at('aws_s3_bucket_policy', 'policy'));
        expect(doc.Statement[1]).toEqual({
            Sid: 'AllowS3ServerAccessLogDelivery',
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: `arn:aws:s3:::${names.accessLogs}/*`,
            Condition: {
                StringEquals: { 'aws:SourceAccount': '123456789012' },
                ArnLike: { 'aws:SourceArn': buckets_1.DATA_BUCKET_PURPOSES.map((p) => `arn:aws:s3:::${names[p]}`) },
            },
        });
        expect(doc.Statement[0].Sid).toBe('DenyInsecureTransport');
    });
    it('blocks public access, versions, and expires logs after a year', () => {
        expect(at('aws_s3_bucket_public_access_block', 'public-access-block')).toMatchObject({ block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true });
        expect(at('aws_s3_bucket_versioning', 'versioning')).toMatchObject({ versioning_configuration: { status: 'Enabled' } });
        expect(at('aws_s3_bucket_lifecycle_configuration', 'lifecycle').rule[1].expiration).toEqual([{ days: 365 }]);
    });
});
describe('prod safety', () => {
    const stateful = (out) => [...(0, synth_1.resources)(out, 'aws_kms_key'), ...(0, synth_1.resources)(out, 'aws_s3_bucket')].map(([, r]) => r.lifecycle);
    it('puts prevent_destroy on keys and buckets in prod by default', () => {
        const prod = (0, synth_1.synthEnv)((0, synth_1.testEnv)({}, 'prod'));
        const lifecycles = stateful(prod);
        expect(lifecycles).toHaveLength(3 + 6);
        for (const lifecycle of lifecycles)
            expect(lifecycle).toEqual({ prevent_destroy: true });
    });
    it('leaves dev destroyable, and lets any environment opt in', () => {
        for (const lifecycle of stateful(tf))
            expect(lifecycle).toEqual({ prevent_destroy: false });
        const guarded = (0, synth_1.synthEnv)((0, synth_1.testEnv)({ protection: { preventDestroy: true } }));
        for (const lifecycle of stateful(guarded))
            expect(lifecycle).toEqual({ prevent_destroy: true });
    });
    it('never sets force_destroy on any bucket', () => {
        for (const [, bucket] of (0, synth_1.resources)(tf, 'aws_s3_bucket'))
            expect(bucket.force_destroy).toBe(false);
    });
});
