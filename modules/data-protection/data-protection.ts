import { Construct } from 'constructs';
import { ManagedKey } from '../keys/managed-key';
import { copiedModelKeyPolicy, customModelKeyPolicy, dataKeyPolicy, logsKeyPolicy } from '../keys/key-policies';
import { SecureBucket } from '../buckets/secure-bucket';
import { accessLogBucketPolicy, vpcOnlyBucketPolicy } from '../buckets/bucket-policies';
import { BucketPurpose, DATA_BUCKET_PURPOSES, DataBucketPurpose } from '../naming/names';

export interface DataProtectionProps {
  readonly accountId: string;
  readonly region: string;
  /** `<prefix>-<env>`, used in aliases. */
  readonly namePrefix: string;
  readonly bucketNames: Readonly<Record<BucketPurpose, string>>;
  readonly vpcId: string;
  readonly s3GatewayEndpointId: string;
  readonly customizationRoleArn: string;
  readonly batchInferenceRoleArn: string;
  /** @default none beyond the account root */
  readonly keyAdministratorArns?: readonly string[];
  /** Extra principals that create custom models. @default none */
  readonly modelBuilderArns?: readonly string[];
  /** Principals that invoke custom models. @default none */
  readonly modelInvokerArns?: readonly string[];
  /** Seed 003's model copy keys. @default off */
  readonly modelCopy?: { readonly copyRoleArns: readonly string[]; readonly copiedModelInvokerArns: readonly string[] };
  readonly deletionWindowDays: number;
  readonly noncurrentVersionExpirationDays: number;
  /** @default none */
  readonly exemptPrincipalArns?: readonly string[];
  readonly preventDestroy: boolean;
  /** How long server access logs are kept. @default 365 */
  readonly accessLogRetentionDays?: number;
}

/**
 * The environment's keys and buckets: a custom-model key (seed 003), a data key for the buckets,
 * a logs key, optionally the copied-model key, and five VPC-only data buckets plus their access-log bucket.
 */
export class DataProtection extends Construct {
  readonly customModelKey: ManagedKey;
  readonly copiedModelKey?: ManagedKey;
  readonly dataKey: ManagedKey;
  readonly logsKey: ManagedKey;
  readonly accessLogBucket: SecureBucket;
  readonly dataBuckets: Readonly<Record<DataBucketPurpose, SecureBucket>>;

  constructor(scope: Construct, id: string, props: DataProtectionProps) {
    super(scope, id);
    const base = { accountId: props.accountId, region: props.region, administratorArns: props.keyAdministratorArns ?? [] };
    const keyDefaults = { deletionWindowDays: props.deletionWindowDays, preventDestroy: props.preventDestroy };

    this.customModelKey = new ManagedKey(this, 'custom-model-key', {
      ...keyDefaults,
      alias: `${props.namePrefix}-custom-models`,
      description: 'Encrypts Bedrock custom models (seed 003 key policy)',
      policy: customModelKeyPolicy({
        ...base,
        encryptPrincipals: [props.customizationRoleArn, ...(props.modelBuilderArns ?? [])],
        decryptPrincipals: [props.batchInferenceRoleArn, ...(props.modelInvokerArns ?? [])],
        copySourcePrincipals: props.modelCopy?.copyRoleArns,
      }),
    });
    if (props.modelCopy) {
      this.copiedModelKey = new ManagedKey(this, 'copied-model-key', {
        ...keyDefaults,
        alias: `${props.namePrefix}-copied-models`,
        description: 'Encrypts Bedrock copied models (seed 003 key policy)',
        policy: copiedModelKeyPolicy({ ...base, copyRoleArns: props.modelCopy.copyRoleArns, invokerArns: props.modelCopy.copiedModelInvokerArns }),
      });
    }
    this.dataKey = new ManagedKey(this, 'data-key', {
      ...keyDefaults,
      alias: `${props.namePrefix}-data`,
      description: 'Encrypts the Bedrock training, validation, output and batch data buckets',
      policy: dataKeyPolicy({ ...base, userArns: [props.customizationRoleArn, props.batchInferenceRoleArn] }),
    });
    this.logsKey = new ManagedKey(this, 'logs-key', {
      ...keyDefaults,
      alias: `${props.namePrefix}-logs`,
      description: 'Encrypts the environment\'s CloudWatch log groups',
      policy: logsKeyPolicy(base),
    });

    const logBucket = props.bucketNames.accessLogs;
    this.accessLogBucket = new SecureBucket(this, 'bucket-accessLogs', {
      bucketName: logBucket,
      // Server access log delivery supports only SSE-S3 on the target bucket.
      encryption: { kind: 's3' },
      policy: accessLogBucketPolicy({
        bucket: logBucket,
        accountId: props.accountId,
        sourceBucketArns: DATA_BUCKET_PURPOSES.map((p) => `arn:aws:s3:::${props.bucketNames[p]}`),
      }),
      noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays,
      expirationDays: props.accessLogRetentionDays ?? 365,
      preventDestroy: props.preventDestroy,
    });

    const buckets = {} as Record<DataBucketPurpose, SecureBucket>;
    for (const purpose of DATA_BUCKET_PURPOSES) {
      const name = props.bucketNames[purpose];
      buckets[purpose] = new SecureBucket(this, `bucket-${purpose}`, {
        bucketName: name,
        encryption: { kind: 'kms', keyArn: this.dataKey.key.arn },
        policy: vpcOnlyBucketPolicy({
          bucket: name,
          vpcId: props.vpcId,
          vpcEndpointId: props.s3GatewayEndpointId,
          exemptPrincipalArns: props.exemptPrincipalArns ?? [],
        }),
        noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays,
        accessLogs: { targetBucket: this.accessLogBucket.bucket.id, targetPrefix: `${name}/` },
        preventDestroy: props.preventDestroy,
      });
    }
    this.dataBuckets = buckets;
  }
}
