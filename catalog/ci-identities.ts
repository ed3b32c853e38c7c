/**
 * Names and GitHub facts of the CI identities (the ci-identities-<account> stack): the roles the workflows
 * assume, the boundary both carry, and what GitHub's OIDC tokens say. The roles' ARNs are derived here
 * once, so the stack that builds them and the config check that people.deployers and people.planners
 * name them cannot disagree.
 */

/** GitHub Actions' OIDC issuer: the provider's URL and the prefix of the trust policy's condition keys. */
export const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
export const GITHUB_OIDC_URL = `https://${GITHUB_OIDC_HOST}`;
/** The audience aws-actions/configure-aws-credentials asks GitHub for. */
export const GITHUB_OIDC_AUDIENCE = 'sts.amazonaws.com';
/**
 * GitHub's published intermediate-certificate thumbprints. IAM no longer checks them for this issuer
 * (it trusts its own CA store), but older providers and emulators still require the list.
 */
export const GITHUB_OIDC_THUMBPRINTS = ['6938fd4d98bab03faadb97b34396831e3780aea1', '1c58a3a8518e8759bf075b76b750d4f2df264fcd'] as const;

/** `ci-identities-<account>`: the stack of one account's CI roles. */
export function ciIdentitiesStackName(accountId: string): string {
  return `ci-identities-${accountId}`;
}

/** The OIDC provider's ARN in an account (one per issuer URL and account). */
export function githubOidcProviderArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:oidc-provider/${GITHUB_OIDC_HOST}`;
}

export type CiRole = 'deployer' | 'planner';

/** `<namePrefix>-platform-deployer` / `-planner`: the shipped organization file's deployer pattern expects this shape. */
export function ciRoleName(namePrefix: string, role: CiRole): string {
  return `${namePrefix}-platform-${role}`;
}

export function ciRoleArn(accountId: string, namePrefix: string, role: CiRole): string {
  return `arn:aws:iam::${accountId}:role/${ciRoleName(namePrefix, role)}`;
}

/** The permissions boundary both CI roles carry. */
export function ciBoundaryName(namePrefix: string): string {
  return `${namePrefix}-platform-ci-boundary`;
}

/** The token subject of a job that runs in GitHub environment `environment` of `repository` ("<owner>/<repo>"). */
export function environmentSubject(repository: string, environment: string): string {
  return `repo:${repository}:environment:${environment}`;
}

/** The token subject of every job of a pull_request workflow of `repository` that names no GitHub environment. */
export function pullRequestSubject(repository: string): string {
  return `repo:${repository}:pull_request`;
}

/** Outputs of every ci-identities-<account> stack. */
export const CI_IDENTITIES_STACK_OUTPUTS = {
  oidc_provider_arn: 'The GitHub OIDC provider the roles trust',
  deployer_role_arn: 'Role the deploy workflow assumes (vars.AWS_ROLE_ARN of the GitHub environments of this account; people.deployers)',
  planner_role_arn: 'Role pull-request plans assume (people.planners)',
  permissions_boundary_arn: 'Permissions boundary of both roles',
  environments: 'Environments (GitHub environments) whose deploy jobs the deployer admits',
} as const satisfies Record<string, string>;

export type CiIdentitiesStackOutput = keyof typeof CI_IDENTITIES_STACK_OUTPUTS;
