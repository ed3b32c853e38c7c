import { policyOf, ref, resourceAt, resources, synthEnv, testEnv } from '../helpers/synth';
import { seedPolicies } from '../helpers/seeds';
import { DATA_BUCKET_PURPOSES, bucketNames } from '../../catalog/buckets';

const env = testEnv();
const tf = synthEnv(env);
const names = bucketNames(env);
const vpcId = ref(tf, 'aws_vpc', 'network/vpc', 'id');
const vpceId = ref(tf, 'aws_vpc_endpoint', 's3-gateway/endpoint', 'id');
const arns = (bucket: string) => [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`];
const VPC_ONLY_ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  's3:GetObjectVersion',
  's3:ListBucketVersions',
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:GetObjectVersionForReplication',
  's3:ReplicateObject',
];
const REPLICATION = ['s3:GetObjectVersionForReplication', 's3:ReplicateObject'];
/** The bucket configuration only deployers and break-glass change (modules/buckets/bucket-policies.ts). */
const CONFIGURATION = [
  's3:PutBucketPolicy',
  's3:DeleteBucketPolicy',
  's3:PutLifecycleConfiguration',
  's3:PutBucketVersioning',
  's3:PutBucketNotification',
  's3:PutInventoryConfiguration',
  's3:PutEncryptionConfiguration',
  's3:PutBucketOwnershipControls',
  's3:PutBucketPublicAccessBlock',
  's3:PutBucketObjectLockConfiguration',
  's3:PutBucketLogging',
  's3:DeleteBucket',
];
const configurationDeny = (bucket: string, keepers: string[] = []) => ({
  Sid: 'DenyConfigurationChangesToAllButDeployers',
  Effect: 'Deny',
  Principal: '*',
  Action: CONFIGURATION,
  Resource: `arn:aws:s3:::${bucket}`,
  ...(keepers.length ? { Condition: { ArnNotLike: { 'aws:PrincipalArn': keepers } } } : {}),
});
/** Seed 000's VPC deny and the gateway-endpoint deny beside it, with the same exemptions. */
const vpcDenies = (out: typeof tf, bucket: string, exempt: string[] = []) =>
  (
    [
      ['DenyDataAccessOutsideVpc', 'aws:SourceVpc', ref(out, 'aws_vpc', 'network/vpc', 'id')],
      ['DenyDataAccessNotThroughGatewayEndpoint', 'aws:SourceVpce', ref(out, 'aws_vpc_endpoint', 's3-gateway/endpoint', 'id')],
    ] as const
  ).map(([Sid, key, value]) => ({
    Sid,
    Effect: 'Deny',
    Principal: '*',
    Action: VPC_ONLY_ACTIONS,
    Resource: arns(bucket),
    Condition: { StringNotEquals: { [key]: value }, ...(exempt.length ? { ArnNotLike: { 'aws:PrincipalArn': exempt } } : {}) },
  }));
/** Nobody sets (or deletes) a replication configuration, unless `exempt` (break-glass) names them. */
const replicationDeny = (bucket: string, exempt: string[] = []) => ({
  Sid: 'DenyReplicationConfiguration',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:PutReplicationConfiguration',
  Resource: `arn:aws:s3:::${bucket}`,
  ...(exempt.length ? { Condition: { ArnNotLike: { 'aws:PrincipalArn': exempt } } } : {}),
});

describe.each(DATA_BUCKET_PURPOSES)('data bucket %s', (purpose) => {
  const at = (part: string) => resourceAt(tf, resourceTypeOf(part), `data/bucket-${purpose}/${part}`);
  const bucketRef = ref(tf, 'aws_s3_bucket', `data/bucket-${purpose}/bucket`, 'id');

  it('has the derived name and never force_destroy', () => {
    expect(at('bucket')).toMatchObject({ bucket: names[purpose], force_destroy: false });
  });

  it('blocks all public access and disables ACLs', () => {
    expect(at('public-access-block')).toMatchObject({ bucket: bucketRef, block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true });
    expect(at('ownership')).toMatchObject({ rule: { object_ownership: 'BucketOwnerEnforced' } });
  });

  it('encrypts with the data key (SSE-KMS) and bucket keys, and versions objects', () => {
    expect(at('encryption')).toMatchObject({
      rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: ref(tf, 'aws_kms_key', 'data/data-key/key', 'arn') }, bucket_key_enabled: true }],
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
      target_bucket: ref(tf, 'aws_s3_bucket', 'data/bucket-accessLogs/bucket', 'id'),
      target_prefix: `${names[purpose]}/`,
    });
  });

  it('denies non-TLS requests, data access (replication\'s reads and writes included) from outside the VPC or not through its S3 gateway endpoint, configuration changes and replication to everyone', () => {
    expect(policyOf(at('policy'))).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: arns(names[purpose]), Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
        ...vpcDenies(tf, names[purpose]),
        configurationDeny(names[purpose]),
        replicationDeny(names[purpose]),
      ],
    });
    // Each deny names one network key: the VPC (seed 000) and, separately, the gateway endpoint alone.
    expect([vpcId, vpceId].every((id) => JSON.stringify(policyOf(at('policy'))).includes(id))).toBe(true);
  });
});

function resourceTypeOf(part: string): string {
  return {
    bucket: 'aws_s3_bucket',
    'public-access-block': 'aws_s3_bucket_public_access_block',
    ownership: 'aws_s3_bucket_ownership_controls',
    encryption: 'aws_s3_bucket_server_side_encryption_configuration',
    versioning: 'aws_s3_bucket_versioning',
    lifecycle: 'aws_s3_bucket_lifecycle_configuration',
    'access-logging': 'aws_s3_bucket_logging',
    policy: 'aws_s3_bucket_policy',
  }[part]!;
}

describe('VPC-only bucket policy against seed 000', () => {
  it('contains the seed\'s output-bucket statement: its actions, resources and aws:sourceVpc condition', () => {
    const seed = seedPolicies('000')[1].Statement[0];
    const ours = policyOf(resourceAt(tf, 'aws_s3_bucket_policy', 'data/bucket-customizationOutput/policy')).Statement[1];
    expect(ours.Effect).toBe(seed.Effect);
    expect(ours.Principal).toBe(seed.Principal);
    expect(ours.Action).toEqual(expect.arrayContaining(seed.Action as string[]));
    expect(ours.Resource).toEqual((seed.Resource as string[]).map((r) => r.replace('output-bucket', names.customizationOutput)));
    // IAM condition keys are case-insensitive: the seed's aws:sourceVpc is our aws:SourceVpc.
    const seedKeys = Object.keys((seed.Condition as Record<string, Record<string, string>>).StringNotEquals).map((k) => k.toLowerCase());
    expect(Object.keys((ours.Condition as Record<string, Record<string, string>>).StringNotEquals).map((k) => k.toLowerCase())).toEqual(
      expect.arrayContaining(seedKeys),
    );
  });

  it('keeps bucket configuration out of the VPC-only denies: Terraform manages the bucket from outside the VPC, and the configuration deny decides who may', () => {
    const statements = policyOf(resourceAt(tf, 'aws_s3_bucket_policy', 'data/bucket-training/policy')).Statement;
    for (const st of statements.slice(1, 3)) for (const action of ['s3:PutBucketPolicy', 's3:GetBucketPolicy', 's3:PutEncryptionConfiguration', 's3:*']) expect(st.Action).not.toContain(action);
    expect(statements[3].Action).toEqual(CONFIGURATION);
  });

  it('honours exempt principals when set (aws:PrincipalArn) and omits the key when empty', () => {
    const exempt = testEnv({ buckets: { exemptPrincipalArns: ['arn:aws:iam::123456789012:role/DataSteward'] } });
    const out = synthEnv(exempt);
    const statements = policyOf(resourceAt(out, 'aws_s3_bucket_policy', 'data/bucket-training/policy')).Statement.slice(1, 3);
    expect(statements).toEqual(vpcDenies(out, names.training, ['arn:aws:iam::123456789012:role/DataSteward']));
    const plain = policyOf(resourceAt(tf, 'aws_s3_bucket_policy', 'data/bucket-training/policy')).Statement[1];
    expect(JSON.stringify(plain)).not.toContain('aws:PrincipalArn');
  });

  it('emits every policy as valid JSON (the seeds\' trailing commas are not copied)', () => {
    const policies = [
      ...resources(tf, 'aws_s3_bucket_policy'),
      ...resources(tf, 'aws_iam_role_policy'),
      ...resources(tf, 'aws_iam_policy'),
      ...resources(tf, 'aws_kms_key'),
      ...resources(tf, 'aws_vpc_endpoint'),
      ...resources(tf, 'aws_iam_role').map(([n, r]) => [n, { policy: r.assume_role_policy }] as const),
    ].map(([, r]) => r.policy as string);
    // 6 bucket, 5 inline role, 1 managed, 3 key, 5 endpoint policies and 3 trust policies.
    expect(policies).toHaveLength(23);
    for (const text of policies) expect(() => JSON.parse(text)).not.toThrow();
  });
});

describe('access-log bucket', () => {
  const at = (type: string, part: string) => resourceAt(tf, type, `data/bucket-accessLogs/${part}`);

  it('uses SSE-S3, the only default encryption S3 server access log delivery supports', () => {
    expect(at('aws_s3_bucket_server_side_encryption_configuration', 'encryption').rule).toEqual([{ apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } }]);
  });

  it('accepts log delivery only from this account\'s data buckets, over TLS', () => {
    const doc = policyOf(at('aws_s3_bucket_policy', 'policy'));
    expect(doc.Statement[1]).toEqual({
      Sid: 'AllowS3ServerAccessLogDelivery',
      Effect: 'Allow',
      Principal: { Service: 'logging.s3.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: `arn:aws:s3:::${names.accessLogs}/*`,
      Condition: {
        StringEquals: { 'aws:SourceAccount': '123456789012' },
        ArnLike: { 'aws:SourceArn': DATA_BUCKET_PURPOSES.map((p) => `arn:aws:s3:::${names[p]}`) },
      },
    });
    expect(doc.Statement[0].Sid).toBe('DenyInsecureTransport');
  });

  it('blocks public access, versions, and expires logs after a year', () => {
    expect(at('aws_s3_bucket_public_access_block', 'public-access-block')).toMatchObject({ block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true });
    expect(at('aws_s3_bucket_versioning', 'versioning')).toMatchObject({ versioning_configuration: { status: 'Enabled' } });
    expect((at('aws_s3_bucket_lifecycle_configuration', 'lifecycle').rule as Array<Record<string, unknown>>)[1].expiration).toEqual([{ days: 365 }]);
  });
});

describe('prod safety', () => {
  const stateful = (out: typeof tf) => [...resources(out, 'aws_kms_key'), ...resources(out, 'aws_s3_bucket')].map(([, r]) => r.lifecycle);

  it('puts prevent_destroy on keys and buckets in prod by default', () => {
    const prod = synthEnv(testEnv({}, 'prod'));
    const lifecycles = stateful(prod);
    expect(lifecycles).toHaveLength(3 + 6);
    for (const lifecycle of lifecycles) expect(lifecycle).toEqual({ prevent_destroy: true });
  });

  it('leaves dev destroyable, and lets any environment opt in', () => {
    for (const lifecycle of stateful(tf)) expect(lifecycle).toEqual({ prevent_destroy: false });
    const guarded = synthEnv(testEnv({ protection: { preventDestroy: true } }));
    for (const lifecycle of stateful(guarded)) expect(lifecycle).toEqual({ prevent_destroy: true });
  });

  it('never sets force_destroy unless the environment is torn down (buckets.forceDestroy), and then on every bucket', () => {
    for (const [, bucket] of resources(tf, 'aws_s3_bucket')) expect(bucket.force_destroy).toBe(false);
    const torn = synthEnv(testEnv({ buckets: { forceDestroy: true } }));
    expect(resources(torn, 'aws_s3_bucket').map(([, b]) => b.force_destroy)).toEqual(Array(6).fill(true));
  });
});

describe('people in the data bucket policies', () => {
  const DEPLOYER = 'arn:aws:iam::123456789012:role/PlatformDeployer';
  const PLANNER = 'arn:aws:iam::123456789012:role/PlatformPlanner';
  const STEWARD = 'arn:aws:iam::123456789012:role/DataSteward';
  const BREAK_GLASS = 'arn:aws:iam::123456789012:role/BreakGlass';
  const ORIGINS = { sourceIps: ['198.51.100.0/24'], vpcEndpointIds: ['vpce-0a7a7a7a7a7a7a7a7'] };
  const staffed = (forceDestroy: boolean, origins: typeof ORIGINS | null = ORIGINS) =>
    synthEnv(testEnv({ people: { deployers: [DEPLOYER], planners: [PLANNER], dataStewards: [STEWARD], ...(origins ? { origins } : {}) }, buckets: { exemptPrincipalArns: [BREAK_GLASS], forceDestroy } }));
  const torn = staffed(true);
  const kept = staffed(false);
  const policy = (out: typeof tf, purpose: string) => policyOf(resourceAt(out, 'aws_s3_bucket_policy', `data/bucket-${purpose}/policy`));
  const onlyFor = (principals: string[]) => ({ ArnLike: { 'aws:PrincipalArn': principals } });
  const outsideOrigins = (bucket: string) => ({
    Sid: 'DenyDataStewardsOutsideTheirOrigins',
    Effect: 'Deny',
    Principal: '*',
    Action: VPC_ONLY_ACTIONS,
    Resource: arns(bucket),
    Condition: { ...onlyFor([STEWARD]), NotIpAddressIfExists: { 'aws:SourceIp': ORIGINS.sourceIps }, StringNotEqualsIfExists: { 'aws:SourceVpce': ORIGINS.vpcEndpointIds } },
  });
  const plannerDeny = (bucket: string) => ({
    Sid: 'DenyPlannersObjectData',
    Effect: 'Deny',
    Principal: '*',
    Action: VPC_ONLY_ACTIONS.filter((a) => a !== 's3:ListBucket'),
    Resource: arns(bucket),
    Condition: onlyFor([PLANNER]),
  });

  it('input buckets: stewards stage (put, list) from their origins only, the deployer and planner list, all are denied everything else', () => {
    for (const purpose of ['training', 'validation', 'batchInput'] as const) {
      const bucket = names[purpose];
      expect(policy(kept, purpose).Statement.slice(1)).toEqual([
        ...vpcDenies(kept, bucket, [BREAK_GLASS, DEPLOYER, PLANNER, STEWARD]),
        { Sid: 'AllowDataStewardsToStageInput', Effect: 'Allow', Principal: { AWS: [STEWARD] }, Action: ['s3:PutObject', 's3:ListBucket'], Resource: arns(bucket) },
        {
          Sid: 'DenyDataStewardsBeyondTheirTask',
          Effect: 'Deny',
          Principal: '*',
          Action: ['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucketVersions', 's3:DeleteObject', 's3:DeleteObjectVersion', ...REPLICATION],
          Resource: arns(bucket),
          Condition: onlyFor([STEWARD]),
        },
        outsideOrigins(bucket),
        {
          Sid: 'DenyDeployersObjectData',
          Effect: 'Deny',
          Principal: '*',
          Action: ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject', ...REPLICATION, 's3:ListBucketVersions', 's3:DeleteObject', 's3:DeleteObjectVersion'],
          Resource: arns(bucket),
          Condition: onlyFor([DEPLOYER]),
        },
        plannerDeny(bucket),
        configurationDeny(bucket, [DEPLOYER, BREAK_GLASS]),
        replicationDeny(bucket, [BREAK_GLASS]),
      ]);
    }
  });

  it('output buckets: stewards collect (get, list) from their origins; a torn-down environment lets the deployer empty the bucket', () => {
    for (const purpose of ['customizationOutput', 'batchOutput'] as const) {
      const bucket = names[purpose];
      expect(policy(torn, purpose).Statement.slice(3)).toEqual([
        { Sid: 'AllowDataStewardsToCollectOutput', Effect: 'Allow', Principal: { AWS: [STEWARD] }, Action: ['s3:GetObject', 's3:ListBucket'], Resource: arns(bucket) },
        {
          Sid: 'DenyDataStewardsBeyondTheirTask',
          Effect: 'Deny',
          Principal: '*',
          Action: ['s3:PutObject', 's3:GetObjectVersion', 's3:ListBucketVersions', 's3:DeleteObject', 's3:DeleteObjectVersion', ...REPLICATION],
          Resource: arns(bucket),
          Condition: onlyFor([STEWARD]),
        },
        outsideOrigins(bucket),
        { Sid: 'DenyDeployersObjectData', Effect: 'Deny', Principal: '*', Action: ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject', ...REPLICATION], Resource: arns(bucket), Condition: onlyFor([DEPLOYER]) },
        plannerDeny(bucket),
        configurationDeny(bucket, [DEPLOYER, BREAK_GLASS]),
        replicationDeny(bucket, [BREAK_GLASS]),
      ]);
    }
  });

  it('gives stewards no exemption, no task and no data key use when the environment declares no origin', () => {
    const closed = staffed(false, null);
    const statements = policy(closed, 'training').Statement;
    expect(statements.map((st) => st.Sid)).not.toContain('AllowDataStewardsToStageInput');
    expect(statements[1]).toEqual(vpcDenies(closed, names.training, [BREAK_GLASS, DEPLOYER, PLANNER])[0]);
    expect(JSON.stringify(policyOf(resourceAt(closed, 'aws_kms_key', 'data/data-key/key')))).not.toContain(STEWARD);
  });

  it('adds nothing for people left unnamed', () => {
    expect(policy(tf, 'training').Statement.map((st) => st.Sid)).toEqual([
      'DenyInsecureTransport',
      'DenyDataAccessOutsideVpc',
      'DenyDataAccessNotThroughGatewayEndpoint',
      'DenyConfigurationChangesToAllButDeployers',
      'DenyReplicationConfiguration',
    ]);
  });
});
