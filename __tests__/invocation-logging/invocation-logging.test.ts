import { type TfJson, policyOf, ref, resourceAt, resources, statement, synthEnv, testEnv } from '../helpers/synth';
import { invocationLogBucketName } from '../../catalog/invocation-logging';

/**
 * Model invocation logging as synthesized: the configuration, the log group with the logs key, the
 * delivery role, the log bucket with its own key, and every policy exactly, with AWS's statements
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-invocation-logging.html) where AWS gives them.
 */

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const BEDROCK_SOURCE = { StringEquals: { 'aws:SourceAccount': ACCOUNT }, ArnLike: { 'aws:SourceArn': `arn:aws:bedrock:${REGION}:${ACCOUNT}:*` } };
const LOG_GROUP = '/aws/bedrock/model-invocations/bedrock-test';

const both = testEnv({ invocationLogging: {} });
const tf = synthEnv(both);
const bucket = invocationLogBucketName(both);
const at = (type: string, path: string) => resourceAt(tf, type, `invocation-logging/${path}`);

describe('model invocation logging to CloudWatch Logs and S3', () => {
  it('configures both destinations, the large-data overflow into the bucket, and every data type', () => {
    const configuration = at('aws_bedrock_model_invocation_logging_configuration', 'configuration');
    expect(configuration.logging_config).toEqual([
      {
        text_data_delivery_enabled: true,
        image_data_delivery_enabled: true,
        embedding_data_delivery_enabled: true,
        video_data_delivery_enabled: true,
        cloudwatch_config: [
          {
            log_group_name: ref(tf, 'aws_cloudwatch_log_group', 'invocation-logging/log-group', 'name'),
            role_arn: ref(tf, 'aws_iam_role', 'invocation-logging/delivery-role', 'arn'),
            large_data_delivery_s3_config: [{ bucket_name: ref(tf, 'aws_s3_bucket', 'invocation-logging/bucket/bucket', 'id'), key_prefix: 'cloudwatch-large-data' }],
          },
        ],
        s3_config: [{ bucket_name: ref(tf, 'aws_s3_bucket', 'invocation-logging/bucket/bucket', 'id'), key_prefix: 'invocation-logs' }],
      },
    ]);
  });

  it('waits for the key, the bucket policy, the log group and the role policy: Bedrock checks delivery when it is set', () => {
    const address = (type: string, path: string) => ref(tf, type, `invocation-logging/${path}`, 'x').slice(2, -3);
    expect(at('aws_bedrock_model_invocation_logging_configuration', 'configuration').depends_on).toEqual([
      address('aws_kms_key', 'key/key'),
      address('aws_s3_bucket_policy', 'bucket/policy'),
      address('aws_cloudwatch_log_group', 'log-group'),
      address('aws_cloudwatch_log_data_protection_policy', 'data-protection'),
      address('aws_iam_role_policy', 'delivery-policy'),
    ]);
  });

  it('masks sensitive identifiers in the log group as they are ingested: the audit and de-identify statements name the same identifiers', () => {
    const protection = at('aws_cloudwatch_log_data_protection_policy', 'data-protection');
    expect(protection.log_group_name).toBe(ref(tf, 'aws_cloudwatch_log_group', 'invocation-logging/log-group', 'name'));
    const doc = JSON.parse(protection.policy_document as string) as { Version: string; Statement: Array<{ DataIdentifier: string[]; Operation: Record<string, unknown> }> };
    expect(doc.Version).toBe('2021-06-01');
    expect(doc.Statement.map((st) => Object.keys(st.Operation))).toEqual([['Audit'], ['Deidentify']]);
    expect(doc.Statement[0].Operation).toEqual({ Audit: { FindingsDestination: {} } });
    expect(doc.Statement[1].Operation).toEqual({ Deidentify: { MaskConfig: {} } });
    expect(doc.Statement[0].DataIdentifier).toEqual(doc.Statement[1].DataIdentifier);
    expect(doc.Statement[0].DataIdentifier).toEqual(expect.arrayContaining(['EmailAddress', 'CreditCardNumber', 'AwsSecretKey'].map((id) => `arn:aws:dataprotection::aws:data-identifier/${id}`)));
  });

  it('writes to a log group encrypted with the logs key, kept for the configured year', () => {
    expect(at('aws_cloudwatch_log_group', 'log-group')).toMatchObject({ name: LOG_GROUP, retention_in_days: 365, kms_key_id: ref(tf, 'aws_kms_key', 'data/logs-key/key', 'arn') });
  });

  it('gives Bedrock a delivery role it may assume only for this account and region', () => {
    const role = at('aws_iam_role', 'delivery-role');
    expect(role.name).toBe('bedrock-test-invocation-logging');
    expect(policyOf(role, 'assume_role_policy').Statement).toEqual([
      { Sid: 'AllowServiceToAssumeForThisAccountOnly', Effect: 'Allow', Principal: { Service: 'bedrock.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: BEDROCK_SOURCE },
    ]);
  });

  it('lets the role create and write the one documented stream of its log group, nothing else', () => {
    expect(policyOf(at('aws_iam_role_policy', 'delivery-policy')).Statement).toEqual([
      {
        Sid: 'WriteModelInvocationLogStream',
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}:log-stream:aws/bedrock/modelinvocations`,
      },
    ]);
  });

  it('builds the log bucket with SecureBucket: its own key, versioning, access logs, and objects expiring with the retention', () => {
    expect(at('aws_s3_bucket', 'bucket/bucket')).toMatchObject({ bucket, force_destroy: false });
    expect(bucket).toBe(`bedrock-test-invocation-logs-${ACCOUNT}-${REGION}`);
    expect(at('aws_s3_bucket_server_side_encryption_configuration', 'bucket/encryption').rule).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: ref(tf, 'aws_kms_key', 'invocation-logging/key/key', 'arn') }, bucket_key_enabled: true },
    ]);
    expect(at('aws_s3_bucket_logging', 'bucket/access-logging')).toMatchObject({ target_bucket: ref(tf, 'aws_s3_bucket', 'data/bucket-accessLogs/bucket', 'id'), target_prefix: `${bucket}/` });
    expect((at('aws_s3_bucket_lifecycle_configuration', 'bucket/lifecycle').rule as Array<Record<string, unknown>>)[1]).toMatchObject({ expiration: [{ days: 365 }] });
  });

  it('admits Bedrock\'s writes exactly as AWS documents them, TLS only, reads only from the VPC (AWS services carved out), and no replication', () => {
    const policy = policyOf(at('aws_s3_bucket_policy', 'bucket/policy'));
    expect(policy.Statement.map((s) => s.Sid)).toEqual([
      'DenyInsecureTransport',
      'AmazonBedrockLogsWrite',
      'DenyDataAccessOutsideVpc',
      'DenyDataAccessNotThroughGatewayEndpoint',
      'DenyObjectReadsToAllButReaders',
      'DenyConfigurationChangesToAllButDeployers',
      'DenyReplicationConfiguration',
    ]);
    // No log reader named: nobody reads the logs.
    expect(statement(policy, 'DenyObjectReadsToAllButReaders')).toEqual({
      Sid: 'DenyObjectReadsToAllButReaders',
      Effect: 'Deny',
      Principal: '*',
      Action: ['s3:GetObject', 's3:GetObjectVersion'],
      Resource: `arn:aws:s3:::${bucket}/*`,
    });
    expect(statement(policy, 'AmazonBedrockLogsWrite')).toEqual({
      Sid: 'AmazonBedrockLogsWrite',
      Effect: 'Allow',
      Principal: { Service: 'bedrock.amazonaws.com' },
      Action: ['s3:PutObject'],
      Resource: [`arn:aws:s3:::${bucket}/invocation-logs/AWSLogs/${ACCOUNT}/BedrockModelInvocationLogs/*`, `arn:aws:s3:::${bucket}/cloudwatch-large-data/*`],
      Condition: BEDROCK_SOURCE,
    });
    expect(statement(policy, 'DenyDataAccessOutsideVpc')).toEqual({
      Sid: 'DenyDataAccessOutsideVpc',
      Effect: 'Deny',
      Principal: '*',
      Action: [
        's3:GetObject',
        's3:PutObject',
        's3:ListBucket',
        's3:GetObjectVersion',
        's3:ListBucketVersions',
        's3:DeleteObject',
        's3:DeleteObjectVersion',
        's3:GetObjectVersionForReplication',
        's3:ReplicateObject',
      ],
      Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
      Condition: {
        StringNotEquals: { 'aws:SourceVpc': ref(tf, 'aws_vpc', 'network/vpc', 'id') },
        BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
      },
    });
    expect(statement(policy, 'DenyDataAccessNotThroughGatewayEndpoint').Condition).toEqual({
      StringNotEquals: { 'aws:SourceVpce': ref(tf, 'aws_vpc_endpoint', 's3-gateway/endpoint', 'id') },
      BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
    });
    // No break-glass exemption on the log bucket: nobody, deployers included, sets its replication.
    expect(statement(policy, 'DenyReplicationConfiguration')).toEqual({
      Sid: 'DenyReplicationConfiguration',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutReplicationConfiguration',
      Resource: `arn:aws:s3:::${bucket}`,
    });
  });

  it('keys the bucket with the root statement and Bedrock\'s GenerateDataKey for this account and region only', () => {
    const key = at('aws_kms_key', 'key/key');
    expect(key).toMatchObject({ enable_key_rotation: true, description: 'Encrypts the Bedrock model invocation log bucket' });
    expect(policyOf(key).Statement).toEqual([
      { Sid: 'EnableRootAccountAdministration', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' },
      { Sid: 'AllowBedrockInvocationLogDelivery', Effect: 'Allow', Principal: { Service: 'bedrock.amazonaws.com' }, Action: 'kms:GenerateDataKey', Resource: '*', Condition: BEDROCK_SOURCE },
    ]);
    expect(at('aws_kms_alias', 'key/alias')).toMatchObject({ name: 'alias/bedrock-test-invocation-logs' });
  });

  it('lets the VPC read the log bucket through the S3 gateway endpoint, and the bucket deliver access logs', () => {
    const gateway = policyOf(resourceAt(tf, 'aws_vpc_endpoint', 's3-gateway/endpoint'));
    expect(statement(gateway, 'AllowReadingLogBuckets')).toEqual({
      Sid: 'AllowReadingLogBuckets',
      Effect: 'Allow',
      Principal: '*',
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
      Condition: { StringEquals: { 'aws:PrincipalAccount': ACCOUNT } },
    });
    const accessLogs = policyOf(resourceAt(tf, 'aws_s3_bucket_policy', 'data/bucket-accessLogs/policy'));
    expect((statement(accessLogs, 'AllowS3ServerAccessLogDelivery').Condition as { ArnLike: { 'aws:SourceArn': string[] } }).ArnLike['aws:SourceArn']).toContain(`arn:aws:s3:::${bucket}`);
  });

  it('writes the log group, bucket and key as stack outputs for the audit', () => {
    expect(tf.output.invocation_log_group_name.value).toBe(ref(tf, 'aws_cloudwatch_log_group', 'invocation-logging/log-group', 'name'));
    expect(tf.output.invocation_log_bucket_name.value).toBe(ref(tf, 'aws_s3_bucket', 'invocation-logging/bucket/bucket', 'id'));
    expect(tf.output.invocation_logs_kms_key_arn.value).toBe(ref(tf, 'aws_kms_key', 'invocation-logging/key/key', 'arn'));
  });
});

describe('the people of the environment and the log bucket', () => {
  const DEPLOYER = `arn:aws:iam::${ACCOUNT}:role/bedrock-platform-deployer`;
  const STEWARD = `arn:aws:iam::${ACCOUNT}:role/bedrock-data-steward`;

  it('lets deployers past the VPC-only deny to list (Terraform\'s refresh) and denies them object data; stewards get nothing here', () => {
    const out = synthEnv(testEnv({ invocationLogging: {}, people: { deployers: [DEPLOYER], dataStewards: [STEWARD] }, buckets: { forceDestroy: true } }));
    const policy = policyOf(resourceAt(out, 'aws_s3_bucket_policy', 'invocation-logging/bucket/policy'));
    expect(policy.Statement.map((s) => s.Sid)).toEqual([
      'DenyInsecureTransport',
      'AmazonBedrockLogsWrite',
      'DenyDataAccessOutsideVpc',
      'DenyDataAccessNotThroughGatewayEndpoint',
      'DenyObjectReadsToAllButReaders',
      'DenyDeployersObjectData',
      'DenyConfigurationChangesToAllButDeployers',
      'DenyReplicationConfiguration',
    ]);
    const vpcOnly = statement(policy, 'DenyDataAccessOutsideVpc').Condition as Record<string, Record<string, unknown>>;
    expect(vpcOnly.ArnNotLike).toEqual({ 'aws:PrincipalArn': [DEPLOYER] });
    expect(vpcOnly.BoolIfExists).toEqual({ 'aws:PrincipalIsAWSService': 'false' });
    // forceDestroy: deployers may empty the bucket for terraform destroy, never read or write a log.
    expect(statement(policy, 'DenyDeployersObjectData').Action).toEqual(['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject', 's3:GetObjectVersionForReplication', 's3:ReplicateObject']);
    expect(resourceAt(out, 'aws_s3_bucket', 'invocation-logging/bucket/bucket')).toMatchObject({ force_destroy: true });
    expect(JSON.stringify(policy)).not.toContain(STEWARD);
  });

  it('lets log readers alone read the logs: from the VPC, and from declared origins when the environment has them', () => {
    const READER = `arn:aws:iam::${ACCOUNT}:role/bedrock-log-reader`;
    const out = synthEnv(testEnv({ invocationLogging: {}, people: { deployers: [DEPLOYER], logReaders: [READER], origins: { sourceIps: ['198.51.100.0/24'] } } }));
    const policy = policyOf(resourceAt(out, 'aws_s3_bucket_policy', 'invocation-logging/bucket/policy'));
    expect((statement(policy, 'DenyObjectReadsToAllButReaders').Condition as Record<string, unknown>).ArnNotLike).toEqual({ 'aws:PrincipalArn': [READER] });
    expect((statement(policy, 'DenyDataAccessOutsideVpc').Condition as Record<string, Record<string, unknown>>).ArnNotLike).toEqual({ 'aws:PrincipalArn': [DEPLOYER, READER] });
    expect(statement(policy, 'DenyReadersOutsideTheirOrigins').Condition).toEqual({
      ArnLike: { 'aws:PrincipalArn': [READER] },
      NotIpAddressIfExists: { 'aws:SourceIp': ['198.51.100.0/24'] },
      StringNotEqualsIfExists: { 'aws:SourceVpce': [ref(out, 'aws_vpc_endpoint', 's3-gateway/endpoint', 'id')] },
    });
    expect(statement(policy, 'DenyReadersBeyondReading').Action).not.toContain('s3:GetObject');
  });
});

describe('one destination, or none', () => {
  const invocationResources = (out: TfJson) =>
    Object.entries(out.resource).flatMap(([type, byName]) => Object.keys(byName).filter((n) => n.startsWith('invocation-logging_')).map(() => type)).sort();

  it('CloudWatch only: no bucket or key, no large-data overflow, only the log group output', () => {
    const out = synthEnv(testEnv({ invocationLogging: { destinations: ['cloudWatchLogs'], dataTypes: { image: false, video: false } } }));
    expect(invocationResources(out)).toEqual(['aws_bedrock_model_invocation_logging_configuration', 'aws_cloudwatch_log_data_protection_policy', 'aws_cloudwatch_log_group', 'aws_iam_role', 'aws_iam_role_policy']);
    const [config] = resourceAt(out, 'aws_bedrock_model_invocation_logging_configuration', 'invocation-logging/configuration').logging_config as Array<Record<string, unknown>>;
    expect(config).toMatchObject({ image_data_delivery_enabled: false, video_data_delivery_enabled: false, text_data_delivery_enabled: true });
    expect((config.cloudwatch_config as Array<Record<string, unknown>>)[0].large_data_delivery_s3_config).toBeUndefined();
    expect(config.s3_config).toBeUndefined();
    expect(Object.keys(out.output).filter((o) => o.startsWith('invocation_'))).toEqual(['invocation_log_group_name']);
  });

  it('S3 only: no log group or delivery role', () => {
    const out = synthEnv(testEnv({ invocationLogging: { destinations: ['s3'] } }));
    expect(invocationResources(out)).not.toContain('aws_cloudwatch_log_group');
    expect(invocationResources(out)).not.toContain('aws_iam_role');
    expect(Object.keys(out.output).filter((o) => o.startsWith('invocation_'))).toEqual(['invocation_log_bucket_name', 'invocation_logs_kms_key_arn']);
  });

  it('off: nothing of the above, and the gateway endpoint and access-log bucket unchanged', () => {
    const out = synthEnv(testEnv());
    expect(invocationResources(out)).toEqual([]);
    expect(resources(out, 'aws_bedrock_model_invocation_logging_configuration')).toEqual([]);
    expect(policyOf(resourceAt(out, 'aws_vpc_endpoint', 's3-gateway/endpoint')).Statement.map((s) => s.Sid)).toEqual(['RestrictAccessToTrainingBucket', 'RestrictAccessToOutputBuckets']);
    const accessLogs = policyOf(resourceAt(out, 'aws_s3_bucket_policy', 'data/bucket-accessLogs/policy'));
    // The five data buckets deliver access logs; nothing else.
    expect((statement(accessLogs, 'AllowS3ServerAccessLogDelivery').Condition as { ArnLike: { 'aws:SourceArn': string[] } }).ArnLike['aws:SourceArn']).toHaveLength(5);
  });
});
