import { Construct } from 'constructs';
import { ManagedKey } from '../keys/managed-key';
import { copiedModelKeyPolicy, customModelKeyPolicy, dataKeyPolicy, logsKeyPolicy } from '../keys/key-policies';
import { SecureBucket } from '../buckets/secure-bucket';
import { type NetworkOrigins, type StewardTask, accessLogBucketPolicy, vpcOnlyBucketPolicy } from '../buckets/bucket-policies';
import { JOB_KINDS, JOB_KIND_NAMES } from '../../catalog/job-kinds';
import { type BucketNames, DATA_BUCKET_PURPOSES, type DataBucketPurpose } from '../../catalog/buckets';

export interface DataProtectionProps {
  /** The environment's account: key policies grant its root, bucket ARNs and conditions name it. */
  readonly accountId: string;
  /** The environment's region: the keys' kms:ViaService conditions name its Bedrock, S3 and Logs endpoints. */
  readonly region: string;
  /** `<prefix>-<env>`: the start of every key alias. */
  readonly namePrefix: string;
  /** Every bucket's name, by purpose (catalog/buckets.ts derives them). */
  readonly bucketNames: BucketNames;
  /** The VPC the data buckets admit (aws:SourceVpc). */
  readonly vpcId: string;
  /** The S3 gateway endpoint the data buckets admit (aws:SourceVpce). */
  readonly s3GatewayEndpointId: string;
  /** Encrypts custom models with the custom-model key and uses the data key through S3. */
  readonly customizationRoleArn: string;
  /** Decrypts custom models for batch inference and uses the data key through S3. */
  readonly batchInferenceRoleArn: string;
  /** Principals that administer every key: no use of a key by its policy, but PutKeyPolicy (KEY_ADMIN_ACTIONS). @default none beyond the account root */
  readonly keyAdministratorArns?: readonly string[];
  /** Terraform's identities: list the data buckets from outside the VPC, never read or write objects. @default none */
  readonly deployerArns?: readonly string[];
  /** CI plan roles: list the data buckets from anywhere, never read or write objects, never change anything. @default none */
  readonly plannerArns?: readonly string[];
  /** Stage input into and collect output from the data buckets, from `origins`. @default none */
  readonly dataStewardArns?: readonly string[];
  /** Where data stewards come from outside the VPC. @default none: stewards get no exemption and no key use */
  readonly origins?: NetworkOrigins;
  /** AWS services' roles that read named data buckets from anywhere (people.serviceRoles). @default none */
  readonly serviceRoles?: readonly { readonly arn: string; readonly buckets: readonly DataBucketPurpose[] }[];
  /** Launch jobs with the custom-model key (through Bedrock only). @default none */
  readonly jobSubmitterArns?: readonly string[];
  /** Principals that invoke custom models (PermissionsDecryptModel). @default none besides the batch inference role */
  readonly modelInvokerArns?: readonly string[];
  /** Seed 003's model-copy keys: the copy roles and who invokes copied models. @default no copied-model key */
  readonly modelCopy?: { readonly copyRoleArns: readonly string[]; readonly copiedModelInvokerArns: readonly string[] };
  /** Days every key waits between scheduled deletion and deletion, 7 to 30. */
  readonly deletionWindowDays: number;
  /** Days before noncurrent object versions expire, in every bucket. */
  readonly noncurrentVersionExpirationDays: number;
  /** Principals exempt from the data buckets' VPC-only deny and replication deny. @default none */
  readonly exemptPrincipalArns?: readonly string[];
  /** Buckets outside this construct that also deliver server access logs to its access-log bucket. @default none: the data buckets only */
  readonly otherAccessLoggedBucketNames?: readonly string[];
  /** lifecycle.prevent_destroy on every key and bucket. */
  readonly preventDestroy: boolean;
  /** force_destroy on every bucket, and deployers may empty the data buckets: the environment can be torn down. @default false */
  readonly forceDestroyBuckets?: boolean;
}

/** Stewards stage what jobs read and collect what jobs write (catalog/job-kinds.ts). */
function stewardTask(purpose: DataBucketPurpose): StewardTask | undefined {
  if (JOB_KIND_NAMES.some((kind) => JOB_KINDS[kind].readBuckets.some((p) => p === purpose))) return 'stage';
  if (JOB_KIND_NAMES.some((kind) => JOB_KINDS[kind].writeBuckets.some((p) => p === purpose))) return 'collect';
  return undefined;
}

/** How long S3 server access logs are kept: a year covers an annual access review. */
const ACCESS_LOG_RETENTION_DAYS = 365;

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
    const hasOrigins = !!props.origins && props.origins.sourceIps.length + props.origins.vpcEndpointIds.length > 0;
    // Without a declared origin stewards have no exemption, so no use of the data key either.
    const stewardsWithOrigins = hasOrigins ? (props.dataStewardArns ?? []) : [];
    const serviceRoles = props.serviceRoles ?? [];

    this.customModelKey = new ManagedKey(this, 'custom-model-key', {
      ...keyDefaults,
      alias: `${props.namePrefix}-custom-models`,
      description: 'Encrypts Bedrock custom models (seed 003 key policy)',
      policy: customModelKeyPolicy({
        ...base,
        encryptPrincipals: [props.customizationRoleArn],
        decryptPrincipals: [props.batchInferenceRoleArn, ...(props.modelInvokerArns ?? [])],
        copySourcePrincipals: props.modelCopy?.copyRoleArns,
        jobSubmitterArns: props.jobSubmitterArns,
        // Custom model deployments (catalog/job-kinds.ts) and provisioned throughput of custom Nova models.
        allowBedrockModelOptimization: true,
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
      policy: dataKeyPolicy({
        ...base,
        userArns: [props.customizationRoleArn, props.batchInferenceRoleArn],
        dataStewardArns: stewardsWithOrigins,
        serviceReaderArns: serviceRoles.map((r) => r.arn),
        breakGlassArns: props.exemptPrincipalArns,
      }),
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
        sourceBucketArns: [...DATA_BUCKET_PURPOSES.map((p) => props.bucketNames[p]), ...(props.otherAccessLoggedBucketNames ?? [])].map((b) => `arn:aws:s3:::${b}`),
      }),
      noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays,
      expirationDays: ACCESS_LOG_RETENTION_DAYS,
      preventDestroy: props.preventDestroy,
      forceDestroy: props.forceDestroyBuckets,
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
          deployerArns: props.deployerArns,
          deployersMayEmpty: props.forceDestroyBuckets,
          plannerArns: props.plannerArns,
          dataStewardArns: props.dataStewardArns,
          stewardTask: stewardTask(purpose),
          origins: props.origins,
          serviceReaderArns: serviceRoles.filter((r) => r.buckets.includes(purpose)).map((r) => r.arn),
        }),
        noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays,
        accessLogs: { targetBucket: this.accessLogBucket.bucket.id, targetPrefix: `${name}/` },
        preventDestroy: props.preventDestroy,
        forceDestroy: props.forceDestroyBuckets,
      });
    }
    this.dataBuckets = buckets;
  }
}
