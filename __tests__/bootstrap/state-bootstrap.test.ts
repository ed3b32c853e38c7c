import { App, Testing } from '../../framework';
import { validateEnvironments } from '../../config/load';
import { buildApp } from '../../stacks/app';
import { StateBootstrapStack } from '../../stacks/state-bootstrap-stack';
import { planStateBuckets } from '../../config/state-buckets';

const BUCKET = 'acme-tfstate-444455556666-eu-west-1';

function env(name: string, accountId: string, cidr: string, state: Record<string, unknown>) {
  return {
    name,
    raw: {
      accountId,
      region: 'eu-west-1',
      vpcCidr: cidr,
      azIds: ['euw1-az1', 'euw1-az2'],
      tags: { owner: 'ml-platform', costCentre: 'cc-7' },
      state,
    },
  };
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The one resource of a type in the stack (the bootstrap stack holds exactly one of each). */
function only(synth: Json, type: string): Json {
  const all = Object.values(synth.resource[type] ?? {}) as Json[];
  expect(all).toHaveLength(1);
  return all[0];
}

describe('state bootstrap derivation', () => {
  it('plans one bucket per account from the environments that use S3 state, and none for local or HCP state', () => {
    const envs = validateEnvironments([
      env('prod', '444455556666', '10.1.0.0/20', { type: 's3', bucket: BUCKET }),
      env('qa', '444455556666', '10.2.0.0/20', { type: 's3', bucket: BUCKET, keyPrefix: 'qa' }),
      env('dev', '111122223333', '10.3.0.0/20', { type: 'local' }),
      env('lab', '777788889999', '10.4.0.0/20', { type: 'hcp', organization: 'acme' }),
    ]);
    expect(planStateBuckets(envs)).toEqual([
      { accountId: '444455556666', region: 'eu-west-1', bucket: BUCKET, environments: ['prod', 'qa'], owner: 'ml-platform', costCentre: 'cc-7' },
    ]);
  });

  it('adds a state-bootstrap-<account> stack with local state next to the environment stacks', () => {
    const app = Testing.app();
    buildApp(app, validateEnvironments([env('prod', '444455556666', '10.1.0.0/20', { type: 's3', bucket: BUCKET })]));
    expect(app.node.children.map((c) => c.node.id)).toEqual(['bedrock-prod', 'state-bootstrap-444455556666']);
  });

  it('fails when two environments of one account name different state buckets', () => {
    const entries = [
      env('prod', '444455556666', '10.1.0.0/20', { type: 's3', bucket: BUCKET }),
      env('qa', '444455556666', '10.2.0.0/20', { type: 's3', bucket: 'another-state-bucket' }),
    ];
    const problem = /environment "qa" \(qa\.json\): state\.bucket: another-state-bucket in eu-west-1, but environment "prod" \(prod\.json\) .* one state bucket per account \(help\/state\.md\)/;
    // Validation reports it with the other config problems; planStateBuckets guards callers that skip it.
    expect(() => validateEnvironments(entries)).toThrow(problem);
    const separately = entries.flatMap((entry) => validateEnvironments([entry]));
    expect(() => planStateBuckets(separately)).toThrow(problem);
  });
});

describe('state bootstrap stack', () => {
  let synth: Json;
  beforeAll(() => {
    const app: App = Testing.app();
    const stack = new StateBootstrapStack(app, {
      accountId: '444455556666',
      region: 'eu-west-1',
      bucket: BUCKET,
      environments: ['prod'],
      owner: 'ml-platform',
      costCentre: 'cc-7',
    });
    synth = JSON.parse(Testing.synth(stack)) as Json;
  });

  it('keeps its own state local', () => {
    expect(synth.terraform.backend).toEqual({ local: { path: 'terraform.state-bootstrap-444455556666.tfstate' } });
  });

  it('pins the provider to the account and region', () => {
    expect(synth.provider.aws[0]).toMatchObject({ region: 'eu-west-1', allowed_account_ids: ['444455556666'] });
  });

  it('creates the bucket with prevent_destroy and without force_destroy', () => {
    const bucket = only(synth, 'aws_s3_bucket');
    expect(bucket.bucket).toBe(BUCKET);
    expect(bucket.force_destroy).toBe(false);
    expect(bucket.lifecycle).toEqual({ prevent_destroy: true });
  });

  it('turns versioning on', () => {
    expect(only(synth, 'aws_s3_bucket_versioning').versioning_configuration).toEqual({ status: 'Enabled' });
  });

  it('encrypts with SSE-KMS under its own key, with bucket keys', () => {
    const keyId = Object.keys(synth.resource.aws_kms_key)[0];
    expect(only(synth, 'aws_s3_bucket_server_side_encryption_configuration').rule).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: `\${aws_kms_key.${keyId}.arn}` }, bucket_key_enabled: true },
    ]);
  });

  it('rotates the key, protects it from destroy and gives it a stable alias', () => {
    const key = only(synth, 'aws_kms_key');
    expect(key.enable_key_rotation).toBe(true);
    expect(key.deletion_window_in_days).toBe(30);
    expect(key.lifecycle).toEqual({ prevent_destroy: true });
    expect(JSON.parse(key.policy)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'EnableRootAccountAdministration', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'kms:*', Resource: '*' }],
    });
    expect(only(synth, 'aws_kms_alias').name).toBe(`alias/terraform-state/${BUCKET}`);
  });

  it('blocks every kind of public access', () => {
    const pab = only(synth, 'aws_s3_bucket_public_access_block');
    expect([pab.block_public_acls, pab.block_public_policy, pab.ignore_public_acls, pab.restrict_public_buckets]).toEqual([true, true, true, true]);
  });

  it('denies every request that is not over TLS', () => {
    expect(JSON.parse(only(synth, 'aws_s3_bucket_policy').policy)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyInsecureTransport',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    });
  });

  it('disables ACLs and keeps noncurrent state versions for a year', () => {
    expect(only(synth, 'aws_s3_bucket_ownership_controls').rule).toEqual({ object_ownership: 'BucketOwnerEnforced' });
    const rules = only(synth, 'aws_s3_bucket_lifecycle_configuration').rule as Json[];
    expect(rules.find((r) => r.id === 'expire-noncurrent-versions')?.noncurrent_version_expiration).toEqual([{ noncurrent_days: 365 }]);
  });

  it('outputs the alias to put in state.kmsKeyId', () => {
    expect(synth.output.state_kms_key_alias.value).toMatch(/^\$\{aws_kms_alias\.\w+\.name\}$/);
  });
});
