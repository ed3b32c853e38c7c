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
const LOG_GROUP_CHANGES = ['logs:AssociateKmsKey', 'logs:DeleteLogGroup', 'logs:DeleteRetentionPolicy', 'logs:DisassociateKmsKey', 'logs:PutRetentionPolicy'] as const;
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
    { Sid: 'ProtectInvocationLogGroup', Effect: 'Deny', Action: [...LOG_GROUP_CHANGES], Resource: logging.map((l) => l.logGroupArn), Condition: deployers },
    {
      Sid: 'ProtectInvocationLogStreams',
      Effect: 'Deny',
      Action: [...LOG_STREAM_CHANGES],
      Resource: logging.map((l) => `${l.logGroupArn}:log-stream:*`),
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
      Sid: 'OnlySubmittersPassJobRoles',
      Effect: 'Deny',
      Action: 'iam:PassRole',
      Resource: props.namePrefixes.flatMap((prefix) => SERVICE_ROLE_JOB_KIND_NAMES.map((kind) => jobRoleArnPattern(prefix, kind))),
      Condition: unless([...props.submitterRoleArns, ...props.deployerRoleArns]),
    },
  ];
  return checkOrganizationPolicySize('service control policy', policyDocument('identity', statements));
}
