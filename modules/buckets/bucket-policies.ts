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

/** Object data a deployer never touches, wherever it calls from: every read and write of object content, replication's included. */
export const DEPLOYER_DENIED_DATA = ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject', 's3:GetObjectVersionForReplication', 's3:ReplicateObject'] as const;
/** What force_destroy needs to empty a versioned bucket; denied to deployers unless the environment is torn down. */
const EMPTYING_ACTIONS = ['s3:ListBucketVersions', 's3:DeleteObject', 's3:DeleteObjectVersion'] as const;

export interface VpcOnlyProps {
  /** The bucket the policy is attached to. */
  readonly bucket: string;
  /** Requests from this VPC are admitted (aws:SourceVpc). */
  readonly vpcId: string;
  /** Requests through this VPC endpoint are admitted (aws:SourceVpce). */
  readonly vpcEndpointId: string;
  /** Break-glass principals exempt from the whole VPC-only deny and the replication deny. Absent from the policy when empty. */
  readonly exemptPrincipalArns: readonly string[];
  /**
   * The identities Terraform runs as. They may list the bucket from outside the VPC (the provider reads a
   * bucket with HeadBucket, which needs s3:ListBucket) and are denied object reads and writes everywhere.
   * @default none: after the first apply, a plan from outside the VPC fails with 403 on this bucket
   */
  readonly deployerArns?: readonly string[];
  /** Deployers may list versions and delete objects, so `terraform destroy` can empty the bucket (force_destroy). @default false */
  readonly deployersMayEmpty?: boolean;
  /** Data stewards; they get `stewardTask` in this bucket from anywhere (over TLS), and nothing else. @default none */
  readonly dataStewardArns?: readonly string[];
  /** What stewards do here. @default no task: stewards are treated like anyone else */
  readonly stewardTask?: StewardTask;
  /**
   * AWS services acting as themselves pass the VPC-only deny (`BoolIfExists aws:PrincipalIsAWSService =
   * false`, the data-perimeter pattern), for a service that delivers from outside any VPC; it still needs
   * an Allow of its own in the policy. @default false: services are denied like anyone else
   */
  readonly admitAwsServices?: boolean;
}

/**
 * Seed 000's "deny unless it comes from your VPC", widened to the VPC or its S3 gateway endpoint:
 * both StringNotEquals keys must differ for the deny to apply (conditions in one statement AND).
 * Deployers and stewards pass this deny; the statements below give each exactly its job.
 */
function vpcOnlyStatement(props: VpcOnlyProps, people: readonly string[]): PolicyStatement {
  return {
    Sid: 'DenyDataAccessOutsideVpc',
    Effect: 'Deny',
    Principal: '*',
    Action: [...VPC_ONLY_ACTIONS],
    Resource: bucketAndObjectArns(props.bucket),
    Condition: compactConditions({
      StringNotEquals: { 'aws:SourceVpc': props.vpcId, 'aws:SourceVpce': props.vpcEndpointId },
      ArnNotLike: { 'aws:PrincipalArn': [...props.exemptPrincipalArns, ...people] },
      BoolIfExists: { 'aws:PrincipalIsAWSService': props.admitAwsServices ? 'false' : undefined },
    }),
  };
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

/** Deny `actions` to the listed principals, wherever they call from. */
function denyTo(sid: string, principals: readonly string[], actions: readonly string[], bucket: string): PolicyStatement {
  return { Sid: sid, Effect: 'Deny', Principal: '*', Action: [...actions], Resource: bucketAndObjectArns(bucket), Condition: { ArnLike: { 'aws:PrincipalArn': [...principals] } } };
}

function stewardStatements(props: VpcOnlyProps, stewards: readonly string[], task: StewardTask): PolicyStatement[] {
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
  ];
}

export function vpcOnlyBucketPolicy(props: VpcOnlyProps): PolicyDocument {
  const deployers = props.deployerArns ?? [];
  const stewards = props.stewardTask ? (props.dataStewardArns ?? []) : [];
  const deployerDenied = props.deployersMayEmpty ? DEPLOYER_DENIED_DATA : [...DEPLOYER_DENIED_DATA, ...EMPTYING_ACTIONS];
  return policyDocument('resource', [
    tlsOnlyStatement(props.bucket),
    vpcOnlyStatement(props, [...deployers, ...stewards]),
    ...(props.stewardTask && stewards.length ? stewardStatements(props, stewards, props.stewardTask) : []),
    ...(deployers.length ? [denyTo('DenyDeployersObjectData', deployers, deployerDenied, props.bucket)] : []),
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
