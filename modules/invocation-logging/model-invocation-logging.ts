import { Construct } from 'constructs';
import type { ITerraformDependable } from 'cdktf';
import { BedrockModelInvocationLoggingConfiguration } from '@cdktf/provider-aws/lib/bedrock-model-invocation-logging-configuration';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchLogDataProtectionPolicy } from '@cdktf/provider-aws/lib/cloudwatch-log-data-protection-policy';
import type { NetworkOrigins } from '../buckets/bucket-policies';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { ManagedKey } from '../keys/managed-key';
import { SecureBucket } from '../buckets/secure-bucket';
import { policyJson } from '../policy/document';
import {
  INVOCATION_LOG_LARGE_DATA_PREFIX,
  INVOCATION_LOG_MIN_RETENTION_DAYS,
  INVOCATION_LOG_S3_PREFIX,
  type InvocationLogDestination,
  invocationLogBucketName,
  invocationLogGroupName,
  invocationLogKeyAlias,
  invocationLogRoleName,
} from '../../catalog/invocation-logging';
import type { NameScope } from '../../catalog/buckets';
import { invocationLogBucketPolicy, invocationLogDataProtectionPolicy, invocationLogDeliveryPolicy, invocationLogKeyPolicy, invocationLogRoleTrust } from './policies';

export interface ModelInvocationLoggingProps {
  /** The environment: its account, region, name prefix and name make every resource name (catalog/invocation-logging.ts). */
  readonly environment: NameScope;
  /** Where Bedrock delivers; at least one of "cloudWatchLogs" and "s3". */
  readonly destinations: readonly InvocationLogDestination[];
  /** Days the log group keeps events and the bucket keeps objects, at least 365. */
  readonly retentionDays: number;
  /** Which request and response bodies Bedrock includes in the logs. */
  readonly dataTypes: { readonly text: boolean; readonly image: boolean; readonly embedding: boolean; readonly video: boolean };
  /** The environment's logs key: encrypts the log group (its policy admits CloudWatch Logs for this account's groups). */
  readonly logsKeyArn: string;
  /** The VPC the log bucket admits readers from (aws:SourceVpc). */
  readonly vpcId: string;
  /** The S3 gateway endpoint the log bucket admits readers through (aws:SourceVpce). */
  readonly s3GatewayEndpointId: string;
  /** The access-log bucket the log bucket writes its server access logs to (its policy must admit the log bucket). */
  readonly accessLogBucket: string;
  /** Days before noncurrent object versions of the log bucket expire. */
  readonly noncurrentVersionExpirationDays: number;
  /** Days the log bucket's key waits between scheduled deletion and deletion, 7 to 30. */
  readonly deletionWindowDays: number;
  /** Principals that administer the log bucket's key: no use of it by its policy, but PutKeyPolicy (KEY_ADMIN_ACTIONS). @default none beyond the account root */
  readonly keyAdministratorArns?: readonly string[];
  /** Terraform's identities: may list the log bucket from outside the VPC, never read or write logs. @default none */
  readonly deployerArns?: readonly string[];
  /** CI plan roles: may list the log bucket from anywhere, never read or write logs. @default none */
  readonly plannerArns?: readonly string[];
  /** The only principals that read the S3 copy and unmask the CloudWatch copy (logs:Unmask). @default none: nobody reads them */
  readonly logReaderArns?: readonly string[];
  /** Where log readers may read the S3 copy from outside the VPC. @default none: from inside the VPC only */
  readonly origins?: NetworkOrigins;
  /** Break-glass principals: may change the log bucket's configuration besides the deployers. @default none */
  readonly breakGlassArns?: readonly string[];
  /** lifecycle.prevent_destroy on the log bucket and its key. */
  readonly preventDestroy: boolean;
  /** force_destroy on the log bucket, and deployers may empty it: the environment can be torn down. @default false */
  readonly forceDestroy?: boolean;
}

/**
 * Bedrock model invocation logging for the environment's account and region
 * (aws_bedrock_model_invocation_logging_configuration), to a KMS-encrypted log group through a
 * delivery role, to a VPC-only SSE-KMS bucket, or both. With both, CloudWatch's large-data overflow
 * (bodies over 100 KB, binary images) goes to the bucket too; with CloudWatch alone it is not delivered.
 * The configuration waits for every grant it relies on, since Bedrock checks delivery when it is set.
 */
export class ModelInvocationLogging extends Construct {
  readonly configuration: BedrockModelInvocationLoggingConfiguration;
  readonly logGroup?: CloudwatchLogGroup;
  readonly dataProtection?: CloudwatchLogDataProtectionPolicy;
  readonly bucket?: SecureBucket;
  readonly key?: ManagedKey;

  constructor(scope: Construct, id: string, props: ModelInvocationLoggingProps) {
    super(scope, id);
    if (props.destinations.length === 0) throw new Error(`${this.node.path}: name at least one invocation log destination (cloudWatchLogs, s3).`);
    if (props.retentionDays < INVOCATION_LOG_MIN_RETENTION_DAYS) throw new Error(`${this.node.path}: keep invocation logs at least ${INVOCATION_LOG_MIN_RETENTION_DAYS} days (got ${props.retentionDays}).`);
    const { accountId, region } = props.environment;
    const grants: ITerraformDependable[] = [];

    if (props.destinations.includes('s3')) {
      const name = invocationLogBucketName(props.environment);
      this.key = new ManagedKey(this, 'key', {
        alias: invocationLogKeyAlias(props.environment),
        description: 'Encrypts the Bedrock model invocation log bucket',
        policy: invocationLogKeyPolicy({ accountId, region, administratorArns: props.keyAdministratorArns ?? [] }),
        deletionWindowDays: props.deletionWindowDays,
        preventDestroy: props.preventDestroy,
      });
      this.bucket = new SecureBucket(this, 'bucket', {
        bucketName: name,
        encryption: { kind: 'kms', keyArn: this.key.key.arn },
        policy: invocationLogBucketPolicy({
          bucket: name,
          accountId,
          region,
          vpcId: props.vpcId,
          vpcEndpointId: props.s3GatewayEndpointId,
          deployerArns: props.deployerArns,
          deployersMayEmpty: props.forceDestroy,
          plannerArns: props.plannerArns,
          logReaderArns: props.logReaderArns ?? [],
          origins: props.origins,
          breakGlassArns: props.breakGlassArns,
        }),
        noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays,
        expirationDays: props.retentionDays,
        accessLogs: { targetBucket: props.accessLogBucket, targetPrefix: `${name}/` },
        preventDestroy: props.preventDestroy,
        forceDestroy: props.forceDestroy,
      });
      grants.push(this.key.key, this.bucket.policy);
    }

    let cloudwatchConfig: { logGroupName: string; roleArn: string; largeDataDeliveryS3Config?: { bucketName: string; keyPrefix: string }[] } | undefined;
    if (props.destinations.includes('cloudWatchLogs')) {
      const logGroupName = invocationLogGroupName(props.environment);
      this.logGroup = new CloudwatchLogGroup(this, 'log-group', { name: logGroupName, retentionInDays: props.retentionDays, kmsKeyId: props.logsKeyArn });
      // Masks sensitive identifiers in prompts and responses as they are ingested; only log readers may unmask (the SCP).
      this.dataProtection = new CloudwatchLogDataProtectionPolicy(this, 'data-protection', {
        logGroupName: this.logGroup.name,
        policyDocument: JSON.stringify(invocationLogDataProtectionPolicy(logGroupName)),
      });
      const role = new IamRole(this, 'delivery-role', {
        name: invocationLogRoleName(props.environment),
        description: 'Lets Bedrock write this account and region\'s model invocation logs to their log group.',
        assumeRolePolicy: policyJson(invocationLogRoleTrust({ accountId, region, logGroupName })),
      });
      const rolePolicy = new IamRolePolicy(this, 'delivery-policy', {
        role: role.name,
        name: 'write-invocation-log-stream',
        policy: policyJson(invocationLogDeliveryPolicy({ accountId, region, logGroupName })),
      });
      grants.push(this.logGroup, this.dataProtection, rolePolicy);
      cloudwatchConfig = {
        logGroupName: this.logGroup.name,
        roleArn: role.arn,
        ...(this.bucket ? { largeDataDeliveryS3Config: [{ bucketName: this.bucket.bucket.id, keyPrefix: INVOCATION_LOG_LARGE_DATA_PREFIX }] } : {}),
      };
    }

    this.configuration = new BedrockModelInvocationLoggingConfiguration(this, 'configuration', {
      loggingConfig: [
        {
          textDataDeliveryEnabled: props.dataTypes.text,
          imageDataDeliveryEnabled: props.dataTypes.image,
          embeddingDataDeliveryEnabled: props.dataTypes.embedding,
          videoDataDeliveryEnabled: props.dataTypes.video,
          ...(cloudwatchConfig ? { cloudwatchConfig: [cloudwatchConfig] } : {}),
          ...(this.bucket ? { s3Config: [{ bucketName: this.bucket.bucket.id, keyPrefix: INVOCATION_LOG_S3_PREFIX }] } : {}),
        },
      ],
      dependsOn: grants,
    });
  }
}
