import type { PolicyDocument, PolicyStatement } from '../../catalog/iam-policy';
import { GITHUB_OIDC_AUDIENCE, GITHUB_OIDC_HOST } from '../../catalog/ci-identities';
import { policyDocument } from '../policy/document';

/**
 * The CI roles' policies: who may assume them (GitHub OIDC trust), what the planner may do, and the
 * permissions boundary both carry. Pure builders, so the simulation tests read exactly what synth writes.
 */

export interface GitHubTrustProps {
  /** The account's GitHub OIDC provider. */
  readonly providerArn: string;
  /** Token subjects admitted (`sub`), e.g. "repo:<org>/<repo>:environment:prod". */
  readonly subjects: readonly string[];
  /**
   * The workflow files whose jobs are admitted (`job_workflow_ref`, "<org>/<repo>/.github/workflows/<file>@<ref>").
   * @default any workflow of the subject
   */
  readonly workflowRefs?: readonly string[];
}

const oneOrMany = (values: readonly string[]): string | readonly string[] => (values.length === 1 ? values[0] : [...values]);

/** A trust policy that admits GitHub tokens of exactly these subjects (and workflows), for the AWS audience. */
export function githubTrustPolicy(props: GitHubTrustProps): PolicyDocument {
  if (props.subjects.length === 0) throw new Error('a GitHub trust policy needs at least one token subject');
  return policyDocument('resource', [
    {
      Sid: 'GitHubActionsOfThisRepositoryOnly',
      Effect: 'Allow',
      Principal: { Federated: props.providerArn },
      Action: 'sts:AssumeRoleWithWebIdentity',
      // StringEquals, never StringLike: a wildcard in a subject admits branches, environments or repositories nobody reviewed.
      Condition: {
        StringEquals: {
          [`${GITHUB_OIDC_HOST}:aud`]: GITHUB_OIDC_AUDIENCE,
          [`${GITHUB_OIDC_HOST}:sub`]: oneOrMany(props.subjects),
          ...(props.workflowRefs?.length ? { [`${GITHUB_OIDC_HOST}:job_workflow_ref`]: oneOrMany(props.workflowRefs) } : {}),
        },
      },
    },
  ]);
}

/**
 * What `terraform plan` reads to refresh the stacks' resources: configuration and metadata of the services
 * the stacks use (their resource types are listed in __tests__/deploy/support/override.ts), never object
 * data, secrets or log events. Each pattern expands to real actions (checked against iam-data in the tests).
 */
export const PLANNER_READ_ACTIONS = [
  'ec2:Describe*',
  'ec2:GetManagedPrefixListEntries',
  's3:GetBucket*',
  's3:GetAccelerateConfiguration',
  's3:GetEncryptionConfiguration',
  's3:GetLifecycleConfiguration',
  's3:GetReplicationConfiguration',
  's3:ListBucket',
  's3:ListAllMyBuckets',
  'kms:DescribeKey',
  'kms:GetKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:ListAliases',
  'kms:ListResourceTags',
  'iam:GetRole',
  'iam:GetRolePolicy',
  'iam:GetPolicy',
  'iam:GetPolicyVersion',
  'iam:GetOpenIDConnectProvider',
  'iam:ListRolePolicies',
  'iam:ListAttachedRolePolicies',
  'iam:ListPolicyVersions',
  'iam:ListInstanceProfilesForRole',
  'iam:ListRoleTags',
  'iam:ListPolicyTags',
  'logs:DescribeLogGroups',
  'logs:GetDataProtectionPolicy',
  'logs:ListTagsForResource',
  'logs:ListTagsLogGroup',
  'bedrock:Get*',
  'bedrock:List*',
  'organizations:DescribeOrganization',
  'organizations:DescribePolicy',
  'organizations:ListPolicies',
  'organizations:ListTargetsForPolicy',
  'organizations:ListTagsForResource',
  'sts:GetCallerIdentity',
] as const;

export interface PlannerPolicyProps {
  /** The S3 state objects of the account's stacks: read, and their `<key>.tflock` written and deleted. */
  readonly state: ReadonlyArray<{ readonly bucket: string; readonly key: string; readonly region: string }>;
}

/**
 * The planner: read for refresh; the state object read; the lock object beside it (`<key>.tflock`, Terraform's
 * S3-native use_lockfile) put and deleted, and nothing else written. The state key's KMS key is used only
 * through S3 (kms:ViaService), so an alias in state.kmsKeyId needs no key ARN here.
 */
export function plannerPolicy(props: PlannerPolicyProps): PolicyDocument {
  const statements: PolicyStatement[] = [{ Sid: 'ReadForRefresh', Effect: 'Allow', Action: [...PLANNER_READ_ACTIONS], Resource: '*' }];
  if (props.state.length) {
    const objects = (suffix: string) => props.state.map((s) => `arn:aws:s3:::${s.bucket}/${s.key}${suffix}`);
    statements.push(
      { Sid: 'ReadState', Effect: 'Allow', Action: ['s3:GetObject'], Resource: objects('') },
      { Sid: 'TakeAndReleaseTheStateLock', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], Resource: objects('.tflock') },
      {
        Sid: 'StateEncryptionThroughS3',
        Effect: 'Allow',
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:ViaService': [...new Set(props.state.map((s) => `s3.${s.region}.amazonaws.com`))].sort() } },
      },
    );
  }
  return policyDocument('identity', statements);
}

/** The services whose resources the environment stacks manage, IAM apart: the deployer's grant (its boundary caps it too). */
export const DEPLOYER_SERVICES = ['ec2', 's3', 'kms', 'logs', 'bedrock', 'organizations', 'sts'] as const;

/**
 * What Terraform does to the stacks' roles and policies (aws_iam_role, aws_iam_role_policy, aws_iam_policy and
 * their attachments): never `iam:*`, and only on the platform's names.
 */
export const DEPLOYER_IAM_ACTIONS = [
  'iam:CreateRole',
  'iam:DeleteRole',
  'iam:GetRole',
  'iam:UpdateRole',
  'iam:UpdateRoleDescription',
  'iam:UpdateAssumeRolePolicy',
  'iam:TagRole',
  'iam:UntagRole',
  'iam:ListRoleTags',
  'iam:PutRolePolicy',
  'iam:GetRolePolicy',
  'iam:DeleteRolePolicy',
  'iam:ListRolePolicies',
  'iam:AttachRolePolicy',
  'iam:DetachRolePolicy',
  'iam:ListAttachedRolePolicies',
  'iam:ListInstanceProfilesForRole',
  'iam:PassRole',
  'iam:CreatePolicy',
  'iam:DeletePolicy',
  'iam:GetPolicy',
  'iam:GetPolicyVersion',
  'iam:ListPolicyVersions',
  'iam:CreatePolicyVersion',
  'iam:DeletePolicyVersion',
  'iam:TagPolicy',
  'iam:UntagPolicy',
  'iam:ListPolicyTags',
  'iam:ListEntitiesForPolicy',
] as const;

const platformIam = (accountId: string, namePrefix: string) => [`arn:aws:iam::${accountId}:role/${namePrefix}-*`, `arn:aws:iam::${accountId}:policy/${namePrefix}-*`];

/** The deployer: everything in the services the stacks manage, and the platform's own roles and policies. */
export function deployerPolicy(props: { readonly accountId: string; readonly namePrefix: string }): PolicyDocument {
  return policyDocument('identity', [
    { Sid: 'ManageThePlatformServices', Effect: 'Allow', Action: DEPLOYER_SERVICES.map((s) => `${s}:*`), Resource: '*' },
    { Sid: 'ManageThePlatformsRolesAndPolicies', Effect: 'Allow', Action: [...DEPLOYER_IAM_ACTIONS], Resource: platformIam(props.accountId, props.namePrefix) },
  ]);
}

/** IAM actions that create or change principals, their credentials and policies (every IAM write but PassRole, which has its own statement). */
export const IAM_WRITE_ACTIONS = [
  'iam:Add*',
  'iam:Attach*',
  'iam:Change*',
  'iam:Create*',
  'iam:Deactivate*',
  'iam:Delete*',
  'iam:Detach*',
  'iam:Enable*',
  'iam:Put*',
  'iam:Remove*',
  'iam:Reset*',
  'iam:Resync*',
  'iam:Set*',
  'iam:Tag*',
  'iam:Untag*',
  'iam:Update*',
  'iam:Upload*',
] as const;

export interface BoundaryProps {
  /** The account whose roles and policies the boundary's name patterns cover. */
  readonly accountId: string;
  /** The platform's name prefix (namePrefix): roles and policies named `<prefix>-*` are the platform's. */
  readonly namePrefix: string;
  /** The CI roles and the boundary itself: nobody bounded by it may change them. */
  readonly protectedRoleArns: readonly string[];
  /** The boundary policy's own ARN: nobody it bounds may publish a new version of it or delete it. */
  readonly boundaryArn: string;
}

/**
 * The permissions boundary of both CI roles. It grants nothing by itself (the roles' own policies do); it caps
 * them: the platform's services and Terraform's IAM actions only, no IAM principal or policy written outside the platform's names, no user or group at all, no managed
 * policy attached but the platform's own (AdministratorAccess included), no role passed but the platform's, no
 * change to the CI roles or to this boundary, and no role assumed from them (a role the deployer made for
 * itself would otherwise carry it past the boundary).
 */
export function ciBoundaryPolicy(props: BoundaryProps): PolicyDocument {
  const iam = (kind: 'role' | 'policy') => `arn:aws:iam::${props.accountId}:${kind}/${props.namePrefix}-*`;
  return policyDocument('identity', [
    { Sid: 'CapToThePlatformServices', Effect: 'Allow', Action: [...DEPLOYER_SERVICES.map((s) => `${s}:*`), 'iam:Get*', 'iam:List*', ...DEPLOYER_IAM_ACTIONS], Resource: '*' },
    { Sid: 'NoIamWritesOutsideThePlatformNames', Effect: 'Deny', Action: [...IAM_WRITE_ACTIONS], NotResource: [iam('role'), iam('policy')] },
    { Sid: 'NoRolePassedButThePlatforms', Effect: 'Deny', Action: 'iam:PassRole', NotResource: iam('role') },
    {
      Sid: 'NoManagedPolicyButThePlatforms',
      Effect: 'Deny',
      Action: ['iam:AttachRolePolicy', 'iam:AttachUserPolicy', 'iam:AttachGroupPolicy'],
      Resource: '*',
      Condition: { ArnNotLike: { 'iam:PolicyARN': iam('policy') } },
    },
    {
      Sid: 'NoBoundaryButThePlatforms',
      Effect: 'Deny',
      Action: ['iam:PutRolePermissionsBoundary', 'iam:PutUserPermissionsBoundary'],
      Resource: '*',
      Condition: { ArnNotLike: { 'iam:PermissionsBoundary': iam('policy') } },
    },
    { Sid: 'NoChangeToTheCiRoles', Effect: 'Deny', Action: [...IAM_WRITE_ACTIONS], Resource: [...props.protectedRoleArns, props.boundaryArn] },
    { Sid: 'NoRoleChaining', Effect: 'Deny', Action: ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML'], Resource: '*' },
  ]);
}
