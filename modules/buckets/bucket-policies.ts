import type { PolicyDocument, PolicyStatement } from '../../catalog/iam-policy';
import { compactConditions, policyDocument } from '../policy/document';
import { bucketAndObjectArns } from '../policy/s3';

/**
 * Data-plane actions denied outside the VPC: seed 000's GetObject/PutObject/ListBucket, their
 * version-aware forms (otherwise old versions would be readable from anywhere), deletes, and the two
 * object actions of S3 replication: the replication role reads a source object with
 * GetObjectVersionForReplication and writes a replica with ReplicateObject, from S3's side, never through
 * our VPC. Bucket-configuration actions are deliberately not here: Terraform manages the bucket from
 * outside the VPC and must keep being able to (help/data-protection.md); the one that would open a copy
 * channel, PutReplicationConfiguration, has its own deny (replicationDenyStatement).
 */
export const VPC_ONLY_ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  's3:GetObjectVersion',
  's3:ListBucketVersions',
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:GetObjectVersionForReplication',
  's3:ReplicateObject',
] as const;

/** Deny every request that is not over TLS. */
export function tlsOnlyStatement(bucket: string): PolicyStatement {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: bucketAndObjectArns(bucket),
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

/** What data stewards do in a bucket: stage job input, or collect job output. */
export type StewardTask = 'stage' | 'collect';

/** The S3 actions of each steward task; listing is part of both (they check what is there). */
const STEWARD_ACTIONS: Readonly<Record<StewardTask, readonly string[]>> = {
  stage: ['s3:PutObject', 's3:ListBucket'],
  collect: ['s3:GetObject', 's3:ListBucket'],
};

/** What a reader of a bucket does (log readers, admitted service roles): read objects and list them. */
const READER_ACTIONS = ['s3:GetObject', 's3:ListBucket'] as const;

/** Object data a deployer never touches, wherever it calls from: every read and write of object content, replication's included. */
export const DEPLOYER_DENIED_DATA = ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject', 's3:GetObjectVersionForReplication', 's3:ReplicateObject'] as const;
/** What force_destroy needs to empty a versioned bucket; denied to deployers unless the environment is torn down. */
const EMPTYING_ACTIONS = ['s3:ListBucketVersions', 's3:DeleteObject', 's3:DeleteObjectVersion'] as const;

/**
 * A bucket's configuration: its policy, and every setting that would expire, copy, expose, unversion,
 * re-key or lock its data (a 1-day lifecycle wipes a training set). Deployers and break-glass alone change
 * them. Deleting a lifecycle, encryption or replication configuration is authorized as its Put action.
 * PutReplicationConfiguration has its own, stricter deny (break-glass only). The account root can always
 * delete or replace a bucket policy, whatever it says: that is the recovery (help/operating.md).
 */
export const CONFIGURATION_CHANGES = [
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
] as const;

/** Where people outside the VPC come from (config people.origins). */
export interface NetworkOrigins {
  /** Corporate egress CIDR blocks (aws:SourceIp). */
  readonly sourceIps: readonly string[];
  /** S3 VPC endpoints of a transfer network (aws:SourceVpce). */
  readonly vpcEndpointIds: readonly string[];
}

export interface VpcOnlyProps {
  /** The bucket the policy is attached to. */
  readonly bucket: string;
  /** Requests from this VPC are admitted (aws:SourceVpc, seed 000)... */
  readonly vpcId: string;
  /** ...and only through this S3 gateway endpoint (aws:SourceVpce): another S3 endpoint in the same VPC is refused. */
  readonly vpcEndpointId: string;
  /** Break-glass principals exempt from the whole VPC-only deny, the configuration deny and the replication deny. Absent from the policy when empty. */
  readonly exemptPrincipalArns: readonly string[];
  /**
   * The identities Terraform applies as. They may list the bucket from outside the VPC (the provider reads a
   * bucket with HeadBucket, which needs s3:ListBucket), alone change its configuration, and are denied object reads and writes everywhere.
   * @default none: after the first apply nobody but break-glass changes the bucket's configuration
   */
  readonly deployerArns?: readonly string[];
  /** Deployers may list versions and delete objects, so `terraform destroy` can empty the bucket (force_destroy). @default false */
  readonly deployersMayEmpty?: boolean;
  /** CI plan roles: list the bucket from anywhere (their refresh), never read or write an object, never change anything. @default none */
  readonly plannerArns?: readonly string[];
  /** Data stewards; they get `stewardTask` in this bucket from `origins` (over TLS), and nothing else. @default none */
  readonly dataStewardArns?: readonly string[];
  /** What stewards do here. @default no task: stewards are treated like anyone else */
  readonly stewardTask?: StewardTask;
  /** Where stewards (and readers) come from outside the VPC. @default none: stewards get no exemption */
  readonly origins?: NetworkOrigins;
  /**
   * The only principals that read this bucket's objects (the invocation log bucket's log readers): everyone
   * else is denied GetObject and GetObjectVersion wherever they call from. They read from inside the VPC
   * through the gateway endpoint or from `origins`. @default not set: reads are governed by the VPC deny alone
   */
  readonly readerArns?: readonly string[];
  /** AWS services' roles admitted to read this bucket from anywhere (config people.serviceRoles), named one by one. @default none */
  readonly serviceReaderArns?: readonly string[];
  /**
   * AWS services acting as themselves pass the VPC-only deny (`BoolIfExists aws:PrincipalIsAWSService =
   * false`, the data-perimeter pattern), for a service that delivers from outside any VPC; it still needs
   * an Allow of its own in the policy. @default false: services are denied like anyone else
   */
  readonly admitAwsServices?: boolean;
}

function hasAnyOrigin(origins: NetworkOrigins | undefined): origins is NetworkOrigins {
  return !!origins && (origins.sourceIps.length > 0 || origins.vpcEndpointIds.length > 0);
}

/**
 * Seed 000's "deny unless it comes from your VPC" (aws:SourceVpc), and beside it the same deny unless it comes
 * through the S3 gateway endpoint (aws:SourceVpce): a second S3 endpoint in the VPC (an interface endpoint
 * with a full-access policy) passes the first but not the second, so the gateway endpoint's policy is the
 * only way in. The exempt people pass both; the statements below give each exactly its job.
 */
function vpcOnlyStatements(props: VpcOnlyProps, people: readonly string[]): PolicyStatement[] {
  const deny = (sid: string, key: 'aws:SourceVpc' | 'aws:SourceVpce', value: string): PolicyStatement => ({
    Sid: sid,
    Effect: 'Deny',
    Principal: '*',
    Action: [...VPC_ONLY_ACTIONS],
    Resource: bucketAndObjectArns(props.bucket),
    Condition: compactConditions({
      StringNotEquals: { [key]: value },
      ArnNotLike: { 'aws:PrincipalArn': [...props.exemptPrincipalArns, ...people] },
      BoolIfExists: { 'aws:PrincipalIsAWSService': props.admitAwsServices ? 'false' : undefined },
    }),
  });
  return [deny('DenyDataAccessOutsideVpc', 'aws:SourceVpc', props.vpcId), deny('DenyDataAccessNotThroughGatewayEndpoint', 'aws:SourceVpce', props.vpcEndpointId)];
}

/**
 * Nobody but break-glass sets (or deletes: DeleteBucketReplication is authorized as this action) a
 * replication configuration: replication copies every new object to a bucket the configuration names,
 * through S3's own replication service, not through our VPC. The platform never configures replication,
 * so deployers are denied it too. The account root can still delete the bucket policy (S3 lets it).
 */
function replicationDenyStatement(bucket: string, exemptPrincipalArns: readonly string[]): PolicyStatement {
  return {
    Sid: 'DenyReplicationConfiguration',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:PutReplicationConfiguration',
    Resource: `arn:aws:s3:::${bucket}`,
    ...(exemptPrincipalArns.length ? { Condition: { ArnNotLike: { 'aws:PrincipalArn': [...exemptPrincipalArns] } } } : {}),
  };
}

/** Configuration is the deployers' (and break-glass's) alone. */
function configurationDenyStatement(bucket: string, keepers: readonly string[]): PolicyStatement {
  return {
    Sid: 'DenyConfigurationChangesToAllButDeployers',
    Effect: 'Deny',
    Principal: '*',
    Action: [...CONFIGURATION_CHANGES],
    Resource: `arn:aws:s3:::${bucket}`,
    ...(keepers.length ? { Condition: { ArnNotLike: { 'aws:PrincipalArn': [...keepers] } } } : {}),
  };
}

/** Deny `actions` to the listed principals, wherever they call from. */
function denyTo(sid: string, principals: readonly string[], actions: readonly string[], bucket: string): PolicyStatement {
  return { Sid: sid, Effect: 'Deny', Principal: '*', Action: [...actions], Resource: bucketAndObjectArns(bucket), Condition: { ArnLike: { 'aws:PrincipalArn': [...principals] } } };
}

/**
 * Deny the listed principals every data action unless the request comes from a declared origin: an egress
 * CIDR (aws:SourceIp, absent on requests through a VPC endpoint) or a listed VPC endpoint. Both keys
 * `IfExists`: a request from the internet has no aws:SourceVpce, one through an endpoint no aws:SourceIp,
 * and either absence must count as "not from there".
 */
function outsideOriginsStatement(sid: string, principals: readonly string[], origins: NetworkOrigins, extraVpce: readonly string[], bucket: string): PolicyStatement {
  return {
    ...denyTo(sid, principals, VPC_ONLY_ACTIONS, bucket),
    Condition: compactConditions({
      ArnLike: { 'aws:PrincipalArn': [...principals] },
      NotIpAddressIfExists: { 'aws:SourceIp': [...origins.sourceIps] },
      StringNotEqualsIfExists: { 'aws:SourceVpce': [...origins.vpcEndpointIds, ...extraVpce] },
    }),
  };
}

function stewardStatements(props: VpcOnlyProps, stewards: readonly string[], task: StewardTask, origins: NetworkOrigins): PolicyStatement[] {
  const allowed = STEWARD_ACTIONS[task];
  return [
    {
      Sid: task === 'stage' ? 'AllowDataStewardsToStageInput' : 'AllowDataStewardsToCollectOutput',
      Effect: 'Allow',
      Principal: { AWS: [...stewards] },
      Action: [...allowed],
      Resource: bucketAndObjectArns(props.bucket),
    },
    denyTo('DenyDataStewardsBeyondTheirTask', stewards, VPC_ONLY_ACTIONS.filter((a) => !allowed.includes(a)), props.bucket),
    outsideOriginsStatement('DenyDataStewardsOutsideTheirOrigins', stewards, origins, [], props.bucket),
  ];
}

function readerStatements(props: VpcOnlyProps, readers: readonly string[]): PolicyStatement[] {
  const reads = ['s3:GetObject', 's3:GetObjectVersion'];
  return [
    {
      Sid: 'DenyObjectReadsToAllButReaders',
      Effect: 'Deny',
      Principal: '*',
      Action: reads,
      Resource: `arn:aws:s3:::${props.bucket}/*`,
      ...(readers.length ? { Condition: { ArnNotLike: { 'aws:PrincipalArn': [...readers] } } } : {}),
    },
    ...(readers.length ? [denyTo('DenyReadersBeyondReading', readers, VPC_ONLY_ACTIONS.filter((a) => !(READER_ACTIONS as readonly string[]).includes(a)), props.bucket)] : []),
    ...(readers.length && hasAnyOrigin(props.origins) ? [outsideOriginsStatement('DenyReadersOutsideTheirOrigins', readers, props.origins, [props.vpcEndpointId], props.bucket)] : []),
  ];
}

/**
 * The data buckets' policy: TLS only; VPC-only through the gateway endpoint (seed 000); each exempt person
 * held to exactly their job and, where the exemption is network-wide, to their declared origins; the
 * configuration the deployers' alone; replication nobody's but break-glass's.
 */
export function vpcOnlyBucketPolicy(props: VpcOnlyProps): PolicyDocument {
  const deployers = props.deployerArns ?? [];
  const planners = props.plannerArns ?? [];
  const origins = hasAnyOrigin(props.origins) ? props.origins : undefined;
  // No declared origin: no steward exemption at all (config/people.ts warns).
  const stewards = props.stewardTask && origins ? (props.dataStewardArns ?? []) : [];
  const readers = props.readerArns;
  const exemptReaders = readers && origins ? readers : [];
  const services = props.serviceReaderArns ?? [];
  const deployerDenied = props.deployersMayEmpty ? DEPLOYER_DENIED_DATA : [...DEPLOYER_DENIED_DATA, ...EMPTYING_ACTIONS];
  return policyDocument('resource', [
    tlsOnlyStatement(props.bucket),
    ...vpcOnlyStatements(props, [...deployers, ...planners, ...stewards, ...exemptReaders, ...services]),
    ...(props.stewardTask && stewards.length && origins ? stewardStatements(props, stewards, props.stewardTask, origins) : []),
    ...(readers ? readerStatements(props, readers) : []),
    ...(services.length ? [denyTo('DenyServiceRolesBeyondReading', services, VPC_ONLY_ACTIONS.filter((a) => !(READER_ACTIONS as readonly string[]).includes(a)), props.bucket)] : []),
    ...(deployers.length ? [denyTo('DenyDeployersObjectData', deployers, deployerDenied, props.bucket)] : []),
    ...(planners.length ? [denyTo('DenyPlannersObjectData', planners, VPC_ONLY_ACTIONS.filter((a) => a !== 's3:ListBucket'), props.bucket)] : []),
    configurationDenyStatement(props.bucket, [...deployers, ...props.exemptPrincipalArns]),
    replicationDenyStatement(props.bucket, props.exemptPrincipalArns),
  ]);
}

export interface AccessLogBucketPolicyProps {
  /** The access-log bucket the policy is attached to. */
  readonly bucket: string;
  /** The only account whose buckets may deliver logs here (aws:SourceAccount). */
  readonly accountId: string;
  /** Buckets allowed to deliver logs here (aws:SourceArn). */
  readonly sourceBucketArns: readonly string[];
}

/** TLS only, and S3 server access log delivery only from this account's data buckets. */
export function accessLogBucketPolicy(props: AccessLogBucketPolicyProps): PolicyDocument {
  return policyDocument('resource', [
    tlsOnlyStatement(props.bucket),
    {
      Sid: 'AllowS3ServerAccessLogDelivery',
      Effect: 'Allow',
      Principal: { Service: 'logging.s3.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: `arn:aws:s3:::${props.bucket}/*`,
      Condition: {
        StringEquals: { 'aws:SourceAccount': props.accountId },
        ArnLike: { 'aws:SourceArn': [...props.sourceBucketArns] },
      },
    },
  ]);
}
