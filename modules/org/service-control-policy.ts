import type { PolicyDocument, PolicyStatement } from '../../catalog/iam-policy';
import { BEARER_TOKEN_ACTIONS, BEDROCK_SERVICE_PRINCIPAL } from '../../catalog/bedrock-services';
import { SERVICE_ROLE_JOB_KIND_NAMES, jobRoleArnPattern } from '../../catalog/job-kinds';
import { invocationLogPatterns } from '../../catalog/invocation-logging';
import { compactConditions, policyDocument } from '../policy/document';
import { checkOrganizationPolicySize } from './policy-size';

export interface PlatformServiceControlPolicyProps {
  /** Name prefixes of the platform's environments: its job roles and logging resources are matched by them. */
  readonly namePrefixes: readonly string[];
  /** Roles (ARN patterns) that deploy the platform: they alone change invocation logging and its delivery chain. */
  readonly deployerRoleArns: readonly string[];
  /** Roles (ARN patterns) that submit jobs: with the deployers, they alone pass the job roles. */
  readonly submitterRoleArns: readonly string[];
  /** Roles exempt from the logging and role-passing statements (never from the API-key denies). @default none */
  readonly breakGlassRoleArns?: readonly string[];
  /** Roles (ARN patterns) that alone read, query, export, tail, subscribe to and unmask the invocation log groups. @default none: nobody reads them */
  readonly logReaderRoleArns?: readonly string[];
  /** Roles (ARN patterns) that copy custom models (the environments' keys.modelCopy.copyRoleArns), besides the deployers. @default none */
  readonly modelCopierRoleArns?: readonly string[];
}

/** Role mutations that would neuter the delivery role without touching the logging configuration. */
const ROLE_CHANGES = [
  'iam:AttachRolePolicy',
  'iam:DeleteRole',
  'iam:DeleteRolePolicy',
  'iam:DetachRolePolicy',
  'iam:PutRolePermissionsBoundary',
  'iam:PutRolePolicy',
  'iam:UpdateAssumeRolePolicy',
] as const;
const LOG_GROUP_CHANGES = [
  'logs:AssociateKmsKey',
  'logs:DeleteDataProtectionPolicy',
  'logs:DeleteLogGroup',
  'logs:DeleteRetentionPolicy',
  'logs:DisassociateKmsKey',
  'logs:PutDataProtectionPolicy',
  'logs:PutRetentionPolicy',
] as const;
/**
 * Every way to see an invocation log's content: read, query, export, live-tail, subscribe (a copy to any
 * destination), integrate (a copy to an S3 table or a pipeline) and unmask. Only log readers may
 * (IAM service authorization data: each takes the log-group or log-stream resource).
 */
export const LOG_READS = [
  'logs:CreateExportTask',
  'logs:FilterLogEvents',
  'logs:GetLogEvents',
  'logs:GetLogGroupFields',
  'logs:GetLogRecord',
  'logs:GetQueryResults',
  'logs:IntegrateWithS3Table',
  'logs:ProcessWithPipeline',
  'logs:PutSubscriptionFilter',
  'logs:StartLiveTail',
  'logs:StartQuery',
  'logs:Unmask',
] as const;
/**
 * Sharing a custom model (a resource policy) or copying it to another region or account: a custom model can
 * replay its training data (seed 003), so both are the deployers' alone (and the model-copy roles').
 */
const MODEL_SHARING = ['bedrock:CreateModelCopyJob', 'bedrock:DeleteResourcePolicy', 'bedrock:PutResourcePolicy'] as const;
/**
 * Creating, changing or deleting a VPC endpoint in a platform VPC, and re-tagging one (which would take it out of
 * this statement's condition). CreateVpcEndpoint authorizes on the VPC, Modify/Delete on the endpoint; the
 * platform's VPC and endpoint ids exist only after apply, so both are recognised by their Name tag
 * (aws:ResourceTag/Name, offered on both resource types), which the stacks set to `<prefix>-<env>-...`.
 */
const VPC_ENDPOINT_CHANGES = ['ec2:CreateTags', 'ec2:CreateVpcEndpoint', 'ec2:DeleteTags', 'ec2:DeleteVpcEndpoints', 'ec2:ModifyVpcEndpoint'] as const;
/** Deleting the stream Bedrock writes to loses the logs without touching the group. */
const LOG_STREAM_CHANGES = ['logs:DeleteLogStream'] as const;
const BUCKET_CHANGES = ['s3:DeleteBucket', 's3:DeleteBucketPolicy', 's3:PutBucketPolicy', 's3:PutEncryptionConfiguration', 's3:PutLifecycleConfiguration'] as const;
const KEY_CHANGES = ['kms:DisableKey', 'kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion'] as const;
/**
 * The key is recognised by its alias, so the alias is guarded too: deleting or repointing it first would
 * take the key out of ProtectInvocationLogKey's condition.
 */
const ALIAS_CHANGES = ['kms:CreateAlias', 'kms:DeleteAlias', 'kms:UpdateAlias'] as const;

/**
 * The Bedrock platform's service control policy: deny-only statements that hold in every account it is
 * attached to, whatever the accounts' own IAM grants (help/organization-guardrails.md).
 * - Bedrock API keys: no long-term key can be created for Bedrock, and no key (long- or short-term)
 *   can be used on bedrock or bedrock-mantle: AWS's own sample, Deny-Bedrock-api-keys.json.
 * - Invocation logging: only the deployer may put or delete the configuration, or change the role,
 *   log group, bucket and key it delivers through (otherwise it could be neutered without touching it).
 * - Job roles: only submitters and the deployer (Terraform's CompliantCustomModel) may pass them.
 * The management account and service principals are outside any SCP; what SCPs cannot say is listed
 * in the help page.
 */
export function platformServiceControlPolicy(props: PlatformServiceControlPolicyProps): PolicyDocument {
  if (props.namePrefixes.length === 0) throw new Error('the platform SCP needs at least one environment name prefix');
  const breakGlass = props.breakGlassRoleArns ?? [];
  const unless = (roles: readonly string[]) => compactConditions({ ArnNotLike: { 'aws:PrincipalArn': [...roles, ...breakGlass] } });
  const deployers = unless(props.deployerRoleArns);
  const logging = props.namePrefixes.map(invocationLogPatterns);
  const statements: PolicyStatement[] = [
    {
      Sid: 'DenyBedrockApiKeyCreation',
      Effect: 'Deny',
      Action: 'iam:CreateServiceSpecificCredential',
      Resource: '*',
      Condition: { StringEquals: { 'iam:ServiceSpecificCredentialServiceName': BEDROCK_SERVICE_PRINCIPAL } },
    },
    { Sid: 'DenyBedrockApiKeyUse', Effect: 'Deny', Action: [...BEARER_TOKEN_ACTIONS], Resource: '*' },
    {
      // Both actions take no resource type: Resource must be "*".
      Sid: 'ProtectInvocationLoggingConfiguration',
      Effect: 'Deny',
      Action: ['bedrock:DeleteModelInvocationLoggingConfiguration', 'bedrock:PutModelInvocationLoggingConfiguration'],
      Resource: '*',
      Condition: deployers,
    },
    { Sid: 'ProtectInvocationLogRole', Effect: 'Deny', Action: [...ROLE_CHANGES], Resource: logging.map((l) => l.roleArn), Condition: deployers },
    {
      // The group pattern ends in `*`, so it matches the group's streams (`...:log-stream:<name>`) too.
      Sid: 'ProtectInvocationLogGroup',
      Effect: 'Deny',
      Action: [...LOG_GROUP_CHANGES, ...LOG_STREAM_CHANGES],
      Resource: logging.map((l) => l.logGroupArn),
      Condition: deployers,
    },
    { Sid: 'ProtectInvocationLogBucket', Effect: 'Deny', Action: [...BUCKET_CHANGES], Resource: logging.map((l) => `arn:aws:s3:::${l.bucketName}`), Condition: deployers },
    {
      // Key ARNs carry no name; the key is recognised by its alias.
      Sid: 'ProtectInvocationLogKey',
      Effect: 'Deny',
      Action: [...KEY_CHANGES],
      Resource: '*',
      Condition: { ...deployers, 'ForAnyValue:StringLike': { 'kms:ResourceAliases': logging.map((l) => l.keyAlias) } },
    },
    {
      Sid: 'ProtectInvocationLogKeyAlias',
      Effect: 'Deny',
      Action: [...ALIAS_CHANGES],
      Resource: logging.map((l) => `arn:aws:kms:*:*:${l.keyAlias}`),
      Condition: deployers,
    },
    {
      Sid: 'OnlyLogReadersReadInvocationLogs',
      Effect: 'Deny',
      Action: [...LOG_READS],
      Resource: logging.map((l) => l.logGroupArn),
      // Break-glass is not exempt: reading prompts and responses is never an emergency.
      ...(props.logReaderRoleArns?.length ? { Condition: { ArnNotLike: { 'aws:PrincipalArn': [...props.logReaderRoleArns] } } } : {}),
    },
    {
      Sid: 'ProtectCustomModelSharingAndCopies',
      Effect: 'Deny',
      Action: [...MODEL_SHARING],
      Resource: 'arn:aws:bedrock:*:*:custom-model/*',
      Condition: unless([...props.deployerRoleArns, ...(props.modelCopierRoleArns ?? [])]),
    },
    {
      Sid: 'ProtectPlatformVpcEndpoints',
      Effect: 'Deny',
      Action: [...VPC_ENDPOINT_CHANGES],
      Resource: ['arn:aws:ec2:*:*:vpc/*', 'arn:aws:ec2:*:*:vpc-endpoint/*'],
      Condition: { ...deployers, StringLike: { 'aws:ResourceTag/Name': props.namePrefixes.map((p) => `${p}-*`) } },
    },
    {
      Sid: 'OnlySubmittersPassJobRoles',
      Effect: 'Deny',
      Action: 'iam:PassRole',
      Resource: props.namePrefixes.flatMap((prefix) => SERVICE_ROLE_JOB_KIND_NAMES.map((kind) => jobRoleArnPattern(prefix, kind))),
      Condition: unless([...props.submitterRoleArns, ...props.deployerRoleArns]),
    },
  ];
  return checkOrganizationPolicySize('service control policy', policyDocument('identity', statements));
}
