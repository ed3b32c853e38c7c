import { Construct } from 'constructs';
import { Cloudtrail } from '@cdktf/provider-aws/lib/cloudtrail';
import { ManagedKey } from '../keys/managed-key';
import { SecureBucket } from '../buckets/secure-bucket';
import { trailArn, trailBucketPolicy, trailKeyPolicy } from './policies';

export interface DataEventTrailProps {
  /** The account of the trail, its bucket and key. */
  readonly accountId: string;
  /** The trail's home Region (it is multi-Region). */
  readonly region: string;
  /** `<prefix>-<env>`: the trail's name and its key's alias start with it. */
  readonly namePrefix: string;
  /** The bucket CloudTrail delivers to (catalog/buckets.ts slugBucketName). */
  readonly bucketName: string;
  /** Buckets whose object reads and writes the trail records (S3 data events). */
  readonly recordedBucketNames: readonly string[];
  /** Log files are read only from this VPC (aws:SourceVpc). */
  readonly vpcId: string;
  /** The S3 gateway endpoint: log files are read through it. */
  readonly s3GatewayEndpointId: string;
  /** Server access logs of the trail bucket go here. */
  readonly accessLogBucket: string;
  /** Terraform's identities: they list the trail bucket from anywhere and never read its log files. */
  readonly deployerArns: readonly string[];
  /** Key administrators. @default none beyond the account root */
  readonly keyAdministratorArns?: readonly string[];
  /** Days the bucket keeps log files. */
  readonly retentionDays: number;
  /** Days before noncurrent log-file versions expire. */
  readonly noncurrentVersionExpirationDays: number;
  /** The key's deletion window, 7-30 days. */
  readonly deletionWindowDays: number;
  /** lifecycle.prevent_destroy on the bucket and key. */
  readonly preventDestroy: boolean;
  /** force_destroy on the bucket (torn-down environments). */
  readonly forceDestroy: boolean;
}

/**
 * A trail that records S3 data events (every GetObject, PutObject, DeleteObject...) on the named buckets:
 * who read the training data, and from where. Management events are left to the account's or the
 * organization's existing trail (their first copy is free there; a second copy here would be billed).
 * Multi-Region, so checkov's CKV_AWS_67 holds, at no extra cost: only the named buckets' events match.
 */
export class DataEventTrail extends Construct {
  readonly key: ManagedKey;
  readonly bucket: SecureBucket;
  readonly trail: Cloudtrail;

  constructor(scope: Construct, id: string, props: DataEventTrailProps) {
    super(scope, id);
    if (props.recordedBucketNames.length === 0) throw new Error(`${this.node.path}: a data-event trail needs at least one bucket to record.`);
    const name = `${props.namePrefix}-data-events`;
    const arn = trailArn(props.region, props.accountId, name);
    this.key = new ManagedKey(this, 'key', {
      alias: `${props.namePrefix}-trail`,
      description: `Encrypts the ${name} CloudTrail log files`,
      policy: trailKeyPolicy({ accountId: props.accountId, region: props.region, administratorArns: props.keyAdministratorArns, trailArn: arn }),
      deletionWindowDays: props.deletionWindowDays,
      preventDestroy: props.preventDestroy,
    });
    this.bucket = new SecureBucket(this, 'bucket', {
      bucketName: props.bucketName,
      encryption: { kind: 'kms', keyArn: this.key.key.arn },
      policy: trailBucketPolicy({
        bucket: props.bucketName,
        accountId: props.accountId,
        trailArn: arn,
        vpcId: props.vpcId,
        vpcEndpointId: props.s3GatewayEndpointId,
        deployerArns: props.deployerArns,
        deployersMayEmpty: props.forceDestroy,
      }),
      noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays,
      expirationDays: props.retentionDays,
      accessLogs: { targetBucket: props.accessLogBucket, targetPrefix: `${props.bucketName}/` },
      preventDestroy: props.preventDestroy,
      forceDestroy: props.forceDestroy,
    });
    this.trail = new Cloudtrail(this, 'trail', {
      name,
      s3BucketName: this.bucket.bucket.id,
      kmsKeyId: this.key.key.arn,
      isMultiRegionTrail: true,
      // AWS rejects a multi-Region trail without global service events; with management events off it records none.
      includeGlobalServiceEvents: true,
      enableLogFileValidation: true,
      eventSelector: [
        {
          readWriteType: 'All',
          includeManagementEvents: false,
          // A bucket ARN with a trailing "/" selects every object in it (CloudTrail API Reference, DataResource).
          dataResource: [{ type: 'AWS::S3::Object', values: props.recordedBucketNames.map((b) => `arn:aws:s3:::${b}/`) }],
        },
      ],
      // CloudTrail checks the bucket policy when the trail is created.
      dependsOn: [this.bucket.policy],
    });
  }
}
