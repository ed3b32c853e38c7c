import { Construct } from 'constructs';
import { ManagedKey } from '../keys/managed-key';
import { baseStatements } from '../keys/key-policies';
import { SecureBucket } from '../buckets/secure-bucket';
import { accessLogBucketPolicy, tlsOnlyStatement } from '../buckets/bucket-policies';
import { policyDocument } from '../policy/document';
import { bucketAndObjectArns } from '../policy/s3';
import type { PolicyDocument, PolicyStatement } from '../../catalog/iam-policy';

export interface StatePeople {
  /** The roles Terraform applies as: read and write state, and manage the bucket. @default none */
  readonly deployerArns?: readonly string[];
  /**
   * CI plan roles: read state, and write and delete only the lock objects (`<key>.tflock`: `use_lockfile`
   * writes one for every plan that locks). @default none
   */
  readonly plannerArns?: readonly string[];
  /** Break-glass principals: everything, as the deployers. @default none */
  readonly breakGlassArns?: readonly string[];
}

export interface StateBucketProps extends StatePeople {
  /** The bucket every environment's `state.bucket` names. */
  readonly bucketName: string;
  /** The account that owns the bucket; its root administers the state key. */
  readonly accountId: string;
  /** The region of the bucket: the state key is used through S3 there (kms:ViaService). */
  readonly region: string;
  /** Principals that administer the state key: no use of it by its policy, but PutKeyPolicy (KEY_ADMIN_ACTIONS). @default none beyond the account root */
  readonly keyAdministratorArns?: readonly string[];
  /** Days before the key is deleted once scheduled. @default 30 (the longest KMS allows: state is unreadable without it) */
  readonly deletionWindowDays?: number;
  /** Days before noncurrent state versions expire; they are how you roll back a bad apply. @default 365 */
  readonly noncurrentVersionExpirationDays?: number;
  /** The bucket that receives the state bucket's server access logs. @default `<bucketName>-access-logs` */
  readonly accessLogBucketName?: string;
}

/** KMS aliases allow [a-zA-Z0-9/_-]; bucket names may contain dots. */
function stateKeyAlias(bucketName: string): string {
  return `terraform-state/${bucketName.replace(/\./g, '-')}`;
}

/** How long the state bucket's access logs are kept: who read the state, for a year's access review. */
const STATE_ACCESS_LOG_RETENTION_DAYS = 365;
const S3_BUCKET_NAME_MAX = 63;

/**
 * Only the people who run Terraform reach the state: deployers and break-glass everything, planners reading
 * and locking. State holds every resource's attributes (policies, ARNs, sometimes secrets), so nobody else of
 * the account reads it, whatever their IAM says. The account root can still delete this policy (S3 lets it):
 * the recovery when every named role is gone.
 */
export function stateBucketPolicy(bucket: string, people: StatePeople): PolicyDocument {
  const keepers = [...(people.deployerArns ?? []), ...(people.breakGlassArns ?? [])];
  const planners = people.plannerArns ?? [];
  const statements: PolicyStatement[] = [tlsOnlyStatement(bucket)];
  // Nobody named: the bucket is left to IAM, as before (config/people.ts warns that deployers are missing).
  if (keepers.length + planners.length) {
    statements.push({
      Sid: 'DenyAllButTerraformsPeople',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: bucketAndObjectArns(bucket),
      Condition: { ArnNotLike: { 'aws:PrincipalArn': [...keepers, ...planners] } },
    });
  }
  if (planners.length) {
    statements.push(
      { Sid: 'AllowPlannersToReadState', Effect: 'Allow', Principal: { AWS: [...planners] }, Action: ['s3:GetObject', 's3:ListBucket'], Resource: bucketAndObjectArns(bucket) },
      { Sid: 'AllowPlannersToLock', Effect: 'Allow', Principal: { AWS: [...planners] }, Action: ['s3:PutObject', 's3:DeleteObject'], Resource: `arn:aws:s3:::${bucket}/*.tflock` },
      {
        // Whatever their IAM grants: no state write, no version delete, no configuration change.
        Sid: 'DenyPlannersStateWrites',
        Effect: 'Deny',
        Principal: '*',
        Action: ['s3:PutObject', 's3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutObjectAcl', 's3:PutObjectTagging', 's3:RestoreObject'],
        Resource: [`arn:aws:s3:::${bucket}/*.tfstate`, `arn:aws:s3:::${bucket}/*.tfstate.backup`],
        Condition: { ArnLike: { 'aws:PrincipalArn': [...planners] } },
      },
      {
        Sid: 'DenyPlannersBucketChanges',
        Effect: 'Deny',
        Principal: '*',
        Action: ['s3:DeleteBucket', 's3:DeleteBucketPolicy', 's3:PutBucketPolicy', 's3:PutBucketVersioning', 's3:PutEncryptionConfiguration', 's3:PutLifecycleConfiguration', 's3:PutReplicationConfiguration', 's3:PutBucketLogging', 's3:PutBucketPublicAccessBlock', 's3:PutBucketOwnershipControls', 's3:DeleteObjectVersion'],
        Resource: bucketAndObjectArns(bucket),
        Condition: { ArnLike: { 'aws:PrincipalArn': [...planners] } },
      },
    );
  }
  return policyDocument('resource', statements);
}

/** The state key: the root (and administrators) as on every key, and Terraform's people through S3. */
function stateKeyPolicy(props: StateBucketProps): PolicyDocument {
  const users = [...(props.deployerArns ?? []), ...(props.plannerArns ?? [])];
  return policyDocument('resource', [
    ...baseStatements({ accountId: props.accountId, administratorArns: props.keyAdministratorArns }),
    ...(users.length
      ? [
          {
            Sid: 'AllowTerraformsPeopleThroughS3',
            Effect: 'Allow' as const,
            Principal: { AWS: users },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
            Resource: '*',
            Condition: { StringEquals: { 'kms:ViaService': `s3.${props.region}.amazonaws.com`, 'kms:CallerAccount': props.accountId } },
          },
        ]
      : []),
  ]);
}

/**
 * The bucket that holds Terraform state: versioned, SSE-KMS with its own rotating key and bucket keys,
 * every public-access block, TLS only, server access logs to a bucket of their own, a policy that admits only
 * Terraform's people (stateBucketPolicy), and prevent_destroy on bucket, log bucket and key.
 */
export class StateBucket extends Construct {
  readonly key: ManagedKey;
  readonly bucket: SecureBucket;
  readonly accessLogBucket: SecureBucket;

  constructor(scope: Construct, id: string, props: StateBucketProps) {
    super(scope, id);
    const logBucketName = props.accessLogBucketName ?? `${props.bucketName}-access-logs`;
    if (logBucketName.length > S3_BUCKET_NAME_MAX) {
      throw new Error(`${this.node.path}: the access-log bucket name "${logBucketName}" is longer than ${S3_BUCKET_NAME_MAX} characters; use a state bucket name of at most ${S3_BUCKET_NAME_MAX - '-access-logs'.length} characters`);
    }
    this.key = new ManagedKey(this, 'key', {
      alias: stateKeyAlias(props.bucketName),
      description: `Encrypts Terraform state in s3://${props.bucketName}`,
      policy: stateKeyPolicy(props),
      deletionWindowDays: props.deletionWindowDays ?? 30,
      preventDestroy: true,
    });
    this.accessLogBucket = new SecureBucket(this, 'access-logs', {
      bucketName: logBucketName,
      // Server access log delivery supports only SSE-S3 on the target bucket.
      encryption: { kind: 's3' },
      policy: accessLogBucketPolicy({ bucket: logBucketName, accountId: props.accountId, sourceBucketArns: [`arn:aws:s3:::${props.bucketName}`] }),
      noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays ?? 365,
      expirationDays: STATE_ACCESS_LOG_RETENTION_DAYS,
      preventDestroy: true,
    });
    this.bucket = new SecureBucket(this, 'bucket', {
      bucketName: props.bucketName,
      encryption: { kind: 'kms', keyArn: this.key.key.arn },
      policy: stateBucketPolicy(props.bucketName, props),
      noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays ?? 365,
      accessLogs: { targetBucket: this.accessLogBucket.bucket.id, targetPrefix: `${props.bucketName}/` },
      preventDestroy: true,
    });
  }
}
