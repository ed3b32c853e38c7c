import { App, Testing } from 'cdktf';
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

/** The one resource of a type under `scope` (`state/bucket`, `state/access-logs`, `state/key`). */
function only(synth: Json, type: string, scope = 'state/bucket'): Json {
  // Testing.synth drops construct paths; logical ids keep them: state_bucket_..., state_access-logs_...
  const all = Object.entries(synth.resource[type] ?? {})
    .filter(([id]) => id.startsWith(`${scope.replace(/\//g, '_')}_`))
    .map(([, r]) => r as Json);
  expect(all).toHaveLength(1);
  return all[0];
}

const DEPLOYER = 'arn:aws:iam::444455556666:role/bedrock-platform-deployer';
const PLANNER = 'arn:aws:iam::444455556666:role/bedrock-platform-planner';
const BREAK_GLASS = 'arn:aws:iam::444455556666:role/break-glass';

describe('state bootstrap derivation', () => {
  it('plans one bucket per account from the environments that use S3 state, and none for local or HCP state', () => {
    const envs = validateEnvironments([
      env('prod', '444455556666', '10.1.0.0/20', { type: 's3', bucket: BUCKET }),
      env('qa', '444455556666', '10.2.0.0/20', { type: 's3', bucket: BUCKET, keyPrefix: 'qa' }),
      env('dev', '111122223333', '10.3.0.0/20', { type: 'local' }),
      env('lab', '777788889999', '10.4.0.0/20', { type: 'hcp', organization: 'acme' }),
    ]);
    expect(planStateBuckets(envs)).toEqual([
      { accountId: '444455556666', region: 'eu-west-1', bucket: BUCKET, environments: ['prod', 'qa'], owner: 'ml-platform', costCentre: 'cc-7', deployers: [], planners: [], breakGlass: [] },
    ]);
    const staffed = validateEnvironments([
      { ...env('prod', '444455556666', '10.1.0.0/20', { type: 's3', bucket: BUCKET }), raw: { ...env('prod', '444455556666', '10.1.0.0/20', { type: 's3', bucket: BUCKET }).raw, people: { deployers: [DEPLOYER], planners: [PLANNER] } } },
      { ...env('qa', '444455556666', '10.2.0.0/20', { type: 's3', bucket: BUCKET }), raw: { ...env('qa', '444455556666', '10.2.0.0/20', { type: 's3', bucket: BUCKET }).raw, buckets: { exemptPrincipalArns: [BREAK_GLASS] } } },
    ]);
    expect(planStateBuckets(staffed)).toEqual([
      { accountId: '444455556666', region: 'eu-west-1', bucket: BUCKET, environments: ['prod', 'qa'], owner: 'ml-platform', costCentre: 'cc-7', deployers: [DEPLOYER], planners: [PLANNER], breakGlass: [BREAK_GLASS] },
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
      deployers: [DEPLOYER],
      planners: [PLANNER],
      breakGlass: [BREAK_GLASS],
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
    expect(Object.keys(synth.resource.aws_kms_key)).toHaveLength(1);
    expect(only(synth, 'aws_s3_bucket_server_side_encryption_configuration').rule).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: `\${aws_kms_key.${keyId}.arn}` }, bucket_key_enabled: true },
    ]);
  });

  it('rotates the key, protects it from destroy, gives it a stable alias, and lets Terraform\'s people use it through S3 only', () => {
    const key = only(synth, 'aws_kms_key', 'state/key');
    expect(key.enable_key_rotation).toBe(true);
    expect(key.deletion_window_in_days).toBe(30);
    expect(key.lifecycle).toEqual({ prevent_destroy: true });
    expect(JSON.parse(key.policy)).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'EnableRootAccountAdministration', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'kms:*', Resource: '*' },
        {
          Sid: 'AllowTerraformsPeopleThroughS3',
          Effect: 'Allow',
          Principal: { AWS: [DEPLOYER, PLANNER] },
          Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
          Resource: '*',
          Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com', 'kms:CallerAccount': '444455556666' } },
        },
      ],
    });
    expect(only(synth, 'aws_kms_alias', 'state/key').name).toBe(`alias/terraform-state/${BUCKET}`);
  });

  it('logs every request to the state bucket to an access-log bucket of its own (SSE-S3, delivery from the state bucket only)', () => {
    const logBucket = only(synth, 'aws_s3_bucket', 'state/access-logs');
    expect(logBucket.bucket).toBe(`${BUCKET}-access-logs`);
    expect(logBucket.lifecycle).toEqual({ prevent_destroy: true });
    expect(only(synth, 'aws_s3_bucket_logging')).toMatchObject({ target_prefix: `${BUCKET}/` });
    expect(only(synth, 'aws_s3_bucket_server_side_encryption_configuration', 'state/access-logs').rule).toEqual([{ apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } }]);
    const delivery = JSON.parse(only(synth, 'aws_s3_bucket_policy', 'state/access-logs').policy).Statement[1];
    expect(delivery.Principal).toEqual({ Service: 'logging.s3.amazonaws.com' });
    expect(delivery.Condition.ArnLike).toEqual({ 'aws:SourceArn': [`arn:aws:s3:::${BUCKET}`] });
  });

  it('blocks every kind of public access', () => {
    const pab = only(synth, 'aws_s3_bucket_public_access_block');
    expect([pab.block_public_acls, pab.block_public_policy, pab.ignore_public_acls, pab.restrict_public_buckets]).toEqual([true, true, true, true]);
  });

  it('denies every request that is not over TLS, and everyone but deployers, planners and break-glass', () => {
    const statements = JSON.parse(only(synth, 'aws_s3_bucket_policy').policy).Statement;
    expect(statements.slice(0, 2)).toEqual([
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
      {
        Sid: 'DenyAllButTerraformsPeople',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
        Condition: { ArnNotLike: { 'aws:PrincipalArn': [DEPLOYER, BREAK_GLASS, PLANNER] } },
      },
    ]);
    expect(statements.map((st: Json) => st.Sid).slice(2)).toEqual(['AllowPlannersToReadState', 'AllowPlannersToLock', 'DenyPlannersStateWrites', 'DenyPlannersBucketChanges']);
    expect(statements[3].Resource).toBe(`arn:aws:s3:::${BUCKET}/*.tflock`);
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
