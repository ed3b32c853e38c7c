import type { PolicyDocument, PolicyStatement } from '../../catalog/iam-policy';
import { compactConditions, policyDocument } from '../policy/document';

/**
 * Key policies. The custom-model statements are seed 003's, with their Sids, actions and
 * `StringLike kms:ViaService = bedrock.<region>.amazonaws.com` exactly as the seed gives them.
 */

const MODEL_ENCRYPT_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey', 'kms:CreateGrant'] as const;
const MODEL_DECRYPT_ACTIONS = ['kms:Decrypt'] as const;

/**
 * What key administrators get, listed one by one: management, and no use of the key as the policy is
 * written (no Encrypt, Decrypt, GenerateDataKey, ReEncrypt; no CreateGrant, with which an administrator
 * could grant itself or anyone use of the key). No wildcards: `kms:Create*` would include CreateGrant.
 *
 * It does include kms:PutKeyPolicy, so an administrator can rewrite the policy to grant itself use. That
 * is kept on purpose: administering a key means being able to repair its policy, and whoever calls
 * PutKeyPolicy must keep that right (KMS's policy lockout safety check). The escalation is a management
 * call that CloudTrail always records, and the next `terraform plan` shows the changed policy as drift;
 * on the invocation-log key the organization SCP (ProtectInvocationLogKey) also denies it to anyone but
 * the deployers and break-glass. help/data-protection.md says the same for operators.
 */
export const KEY_ADMIN_ACTIONS = [
  'kms:CancelKeyDeletion',
  'kms:CreateAlias',
  'kms:DeleteAlias',
  'kms:DescribeKey',
  'kms:DisableKey',
  'kms:DisableKeyRotation',
  'kms:EnableKey',
  'kms:EnableKeyRotation',
  'kms:GetKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:ListGrants',
  'kms:ListKeyPolicies',
  'kms:ListKeyRotations',
  'kms:ListResourceTags',
  'kms:PutKeyPolicy',
  'kms:RevokeGrant',
  'kms:RotateKeyOnDemand',
  'kms:ScheduleKeyDeletion',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:UpdateAlias',
  'kms:UpdateKeyDescription',
] as const;

export interface KeyPolicyBase {
  readonly accountId: string;
  readonly region: string;
  /** Principals that administer the key. @default none beyond the account root */
  readonly administratorArns?: readonly string[];
}

/**
 * The account root keeps full control so IAM policies can delegate and the key can never become
 * unmanageable (AWS's default key policy statement).
 */
function rootAdministration(accountId: string): PolicyStatement {
  return {
    Sid: 'EnableRootAccountAdministration',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${accountId}:root` },
    Action: 'kms:*',
    Resource: '*',
  };
}

/** Every key's first statements: the account root, and the key administrators when there are any. */
export function baseStatements(props: Pick<KeyPolicyBase, 'accountId' | 'administratorArns'>): PolicyStatement[] {
  const statements = [rootAdministration(props.accountId)];
  if (props.administratorArns?.length) {
    statements.push({
      Sid: 'AllowKeyAdministration',
      Effect: 'Allow',
      Principal: { AWS: [...props.administratorArns] },
      Action: [...KEY_ADMIN_ACTIONS],
      Resource: '*',
    });
  }
  return statements;
}

function viaBedrock(region: string) {
  return { StringLike: { 'kms:ViaService': [`bedrock.${region}.amazonaws.com`] } };
}

function bedrockStatement(sid: string, principals: readonly string[], actions: readonly string[], region: string): PolicyStatement {
  return { Sid: sid, Effect: 'Allow', Principal: { AWS: [...principals] }, Action: [...actions], Resource: '*', Condition: viaBedrock(region) };
}

export interface CustomModelKeyPolicyProps extends KeyPolicyBase {
  /** Who creates custom models: the customization job role. */
  readonly encryptPrincipals: readonly string[];
  /** Who invokes custom models. Omitted statement when empty. */
  readonly decryptPrincipals: readonly string[];
  /** Model-copy roles that decrypt this key as a copy source (seed 003's source-model key). @default none */
  readonly copySourcePrincipals?: readonly string[];
  /**
   * People and pipelines that launch jobs with this key. Bedrock calls KMS as them (seed 003's CloudTrail
   * example: CreateGrant, invokedBy bedrock.amazonaws.com), so they get seed 003's actions through Bedrock only,
   * and CreateGrant only for an AWS resource. @default none: nobody can launch a job with this key
   */
  readonly jobSubmitterArns?: readonly string[];
  /**
   * Let Bedrock itself decrypt and generate data keys for custom-model artifacts (encryption context key
   * `aws:bedrock:custom-model`), which it does when it optimizes a custom model for an on-demand deployment
   * or a provisioned throughput (bedrockModelOptimization). @default false: no service-principal statement
   */
  readonly allowBedrockModelOptimization?: boolean;
}

/**
 * AWS's statement for custom Amazon Nova models (Amazon Nova user guide, "Encryption of Amazon Nova model
 * customization jobs and artifacts"), Sid and all: "When you create provisioned throughput for your custom
 * Amazon Nova model, Amazon Bedrock performs inference and deployment optimizations on the model", with the
 * custom model's own key, as bedrock.amazonaws.com. Custom model deployments (on-demand inference) serve the
 * same Nova models. The condition is AWS's: only data keys bound to a Bedrock custom model. No account
 * condition: AWS documents none for these calls, and Bedrock only reaches this statement for a model that a
 * principal of this key policy had it encrypt in the first place (CreateGrant as the submitter).
 */
export function bedrockModelOptimization(): PolicyStatement {
  return {
    Sid: 'PermissionsNovaProvisionedThroughput',
    Effect: 'Allow',
    Principal: { Service: ['bedrock.amazonaws.com'] },
    Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
    Resource: '*',
    Condition: { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'aws:bedrock:custom-model' } },
  };
}

/** Seed 003's encrypt actions for job submitters, through Bedrock only; CreateGrant also only for an AWS resource. */
function jobSubmitterStatements(submitters: readonly string[], region: string): PolicyStatement[] {
  if (submitters.length === 0) return [];
  return [
    bedrockStatement('AllowJobSubmittersThroughBedrock', submitters, MODEL_ENCRYPT_ACTIONS.filter((a) => a !== 'kms:CreateGrant'), region),
    {
      ...bedrockStatement('AllowJobSubmittersToGrantBedrock', submitters, ['kms:CreateGrant'], region),
      Condition: { ...viaBedrock(region), Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    },
  ];
}

/**
 * Seed 003 "PermissionsCustomModelKey": encrypt for creators, decrypt for invokers (and copy roles), plus the
 * job submitters on whose behalf Bedrock uses the key.
 */
export function customModelKeyPolicy(props: CustomModelKeyPolicyProps): PolicyDocument {
  if (props.encryptPrincipals.length === 0) throw new Error('the custom-model key needs at least one principal that creates custom models');
  const decrypters = [...props.decryptPrincipals, ...(props.copySourcePrincipals ?? [])];
  return policyDocument(
    'resource',
    [
      ...baseStatements(props),
      bedrockStatement('PermissionsEncryptCustomModel', props.encryptPrincipals, MODEL_ENCRYPT_ACTIONS, props.region),
      ...(decrypters.length ? [bedrockStatement('PermissionsDecryptModel', decrypters, MODEL_DECRYPT_ACTIONS, props.region)] : []),
      ...jobSubmitterStatements(props.jobSubmitterArns ?? [], props.region),
      ...(props.allowBedrockModelOptimization ? [bedrockModelOptimization()] : []),
    ],
    'PermissionsCustomModelKey',
  );
}

export interface CopiedModelKeyPolicyProps extends KeyPolicyBase {
  /** Roles that copy models into this key (PermissionsEncryptCopiedModel). */
  readonly copyRoleArns: readonly string[];
  /** Principals that only invoke copied models (PermissionsDecryptCopiedModel); the statement is omitted when empty. */
  readonly invokerArns: readonly string[];
}

/** Seed 003 "PermissionsCopiedModelKey". */
export function copiedModelKeyPolicy(props: CopiedModelKeyPolicyProps): PolicyDocument {
  return policyDocument(
    'resource',
    [
      ...baseStatements(props),
      bedrockStatement('PermissionsEncryptCopiedModel', props.copyRoleArns, MODEL_ENCRYPT_ACTIONS, props.region),
      ...(props.invokerArns.length ? [bedrockStatement('PermissionsDecryptCopiedModel', props.invokerArns, MODEL_DECRYPT_ACTIONS, props.region)] : []),
    ],
    'PermissionsCopiedModelKey',
  );
}

export interface DataKeyPolicyProps extends KeyPolicyBase {
  /** The job roles whose S3 reads and writes S3 encrypts with this key. */
  readonly userArns: readonly string[];
  /** Data stewards, who upload and download through S3 from outside the VPC. @default none */
  readonly dataStewardArns?: readonly string[];
  /** AWS services' roles admitted to read data buckets (people.serviceRoles), decrypting through S3. @default none */
  readonly serviceReaderArns?: readonly string[];
  /** Break-glass principals: the only ones that may use the key other than through S3. @default none */
  readonly breakGlassArns?: readonly string[];
}

function throughS3(sid: string, principals: readonly string[], props: DataKeyPolicyProps): PolicyStatement {
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: { AWS: [...principals] },
    Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
    Resource: '*',
    Condition: {
      StringEquals: { 'kms:ViaService': `s3.${props.region}.amazonaws.com`, 'kms:CallerAccount': props.accountId },
    },
  };
}

/** Every use of a key's material: what a data key refuses outside the services that need it. */
export const KEY_USE_ACTIONS = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:CreateGrant'] as const;

/**
 * The root statement delegates to IAM, so an administrator whose IAM allows kms:* could decrypt a data key
 * directly. This deny refuses every use of the key unless S3 makes the call for the principal
 * (kms:ViaService), break-glass aside.
 */
function onlyThroughServices(services: readonly string[], breakGlass: readonly string[]): PolicyStatement {
  return {
    Sid: 'DenyKeyUseExceptThroughItsServices',
    Effect: 'Deny',
    Principal: '*',
    Action: [...KEY_USE_ACTIONS],
    Resource: '*',
    Condition: compactConditions({
      StringNotEquals: { 'kms:ViaService': [...services] },
      ArnNotLike: { 'aws:PrincipalArn': [...breakGlass] },
    }),
  };
}

/** The data buckets' key: usable only through S3, by the job roles, data stewards and admitted service roles, from this account. */
export function dataKeyPolicy(props: DataKeyPolicyProps): PolicyDocument {
  const stewards = props.dataStewardArns ?? [];
  const services = props.serviceReaderArns ?? [];
  return policyDocument('resource', [
    ...baseStatements(props),
    throughS3('AllowJobRolesThroughS3Only', props.userArns, props),
    ...(stewards.length ? [throughS3('AllowDataStewardsThroughS3Only', stewards, props)] : []),
    ...(services.length ? [throughS3('AllowServiceRolesThroughS3Only', services, props)] : []),
    onlyThroughServices([`s3.${props.region}.amazonaws.com`], props.breakGlassArns ?? []),
  ]);
}

/** The logs key: CloudWatch Logs may use it only for this account's log groups in this region. */
export function logsKeyPolicy(props: KeyPolicyBase): PolicyDocument {
  return policyDocument('resource', [
    ...baseStatements(props),
    {
      Sid: 'AllowCloudWatchLogsForThisAccountsLogGroups',
      Effect: 'Allow',
      Principal: { Service: `logs.${props.region}.amazonaws.com` },
      Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      Resource: '*',
      Condition: {
        ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${props.region}:${props.accountId}:log-group:*` },
      },
    },
  ]);
}
