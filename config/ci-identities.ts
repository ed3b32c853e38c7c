import { z } from 'zod';
import { type CiRole, ciRoleArn, githubOidcProviderArn } from '../catalog/ci-identities';
import type { ConfigProblem, FileOf } from './errors';

/**
 * `ciIdentities`: build this environment's CI roles in the ci-identities-<account> stack (help/deploying.md):
 * the GitHub OIDC provider (or an existing one), a deployer that only this repository's deploy jobs in the
 * GitHub environment named like this environment may assume, and a planner that only its pull requests may.
 * Absent means off: the roles are made by hand, and people.deployers and people.planners name them.
 *
 * The roles are per account (IAM is), so the environments of one account that turn it on must agree on the
 * repository and the provider; and people.deployers and people.planners must name the roles built, so the
 * platform's perimeter and the identities CI really uses cannot drift apart.
 */

export const CiIdentitiesSchema = z.strictObject({
  /** The GitHub repository whose workflows deploy and plan, "<owner>/<repo>" as GitHub spells it (token subjects compare case-sensitively). */
  repository: z
    .string()
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/, 'must be "<owner>/<repo>" as GitHub spells it, e.g. "example-org/bedrock-platform"'),
  /**
   * The account's GitHub OIDC provider, when one exists already (IAM allows one per issuer and account).
   * @default the stack creates it
   */
  oidcProviderArn: z
    .string()
    .regex(/^arn:aws:iam::\d{12}:oidc-provider\/token\.actions\.githubusercontent\.com$/, 'must be the ARN of the account\'s GitHub OIDC provider, "arn:aws:iam::<account>:oidc-provider/token.actions.githubusercontent.com"')
    .optional(),
});

export type CiIdentitiesConfig = z.output<typeof CiIdentitiesSchema>;

/** What the checks and the plan read of an environment. */
export interface CiEnvironment {
  readonly name: string;
  readonly accountId: string;
  readonly region: string;
  readonly namePrefix: string;
  readonly stackName: string;
  readonly tags: { readonly owner: string; readonly costCentre: string };
  readonly people: { readonly deployers: readonly string[]; readonly planners: readonly string[] };
  readonly state: { readonly type: string; readonly bucket?: string; readonly keyPrefix?: string; readonly region?: string };
  readonly ciIdentities?: CiIdentitiesConfig;
}

/** The state object a planner reads and the lock object beside it that it writes and deletes (S3 use_lockfile). */
export interface PlannerState {
  readonly bucket: string;
  /** `<keyPrefix>/<stack>.tfstate`; the lock is `<key>.tflock`. */
  readonly key: string;
  /** Where the bucket is (SSE-KMS calls go through S3 in this region). */
  readonly region: string;
}

/** One account's CI identities: what the ci-identities-<account> stack is built from. */
export interface CiIdentitiesPlan {
  readonly accountId: string;
  /** The first environment's region (IAM is global; the provider needs one). */
  readonly region: string;
  readonly namePrefix: string;
  readonly repository: string;
  /** An existing provider; absent, the stack creates one. */
  readonly oidcProviderArn?: string;
  /** The account's environments with ciIdentities on, in name order: the GitHub environments the deployer admits. */
  readonly environments: readonly string[];
  /** Their S3 state objects (none for local or HCP state). */
  readonly state: readonly PlannerState[];
  readonly owner: string;
  readonly costCentre: string;
}

/** The roles the ci-identities stack builds for an environment's account. */
export function builtRoles(env: Pick<CiEnvironment, 'accountId' | 'namePrefix'>): Record<CiRole, string> {
  return { deployer: ciRoleArn(env.accountId, env.namePrefix, 'deployer'), planner: ciRoleArn(env.accountId, env.namePrefix, 'planner') };
}

function stateOf(env: CiEnvironment): PlannerState[] {
  const { state } = env;
  if (state.type !== 's3' || !state.bucket) return [];
  return [{ bucket: state.bucket, key: `${state.keyPrefix ?? 'bedrock-private'}/${env.stackName}.tfstate`, region: state.region ?? env.region }];
}

/**
 * Groups the environments with ciIdentities by account. A later environment (name order) that disagrees
 * with the first of its account on repository, provider or name prefix is a problem naming both files.
 */
function group(environments: readonly CiEnvironment[], fileOf: FileOf): { plans: CiIdentitiesPlan[]; problems: ConfigProblem[] } {
  const byAccount = new Map<string, CiIdentitiesPlan>();
  const problems: ConfigProblem[] = [];
  for (const env of [...environments].sort((a, b) => a.name.localeCompare(b.name))) {
    const ci = env.ciIdentities;
    if (!ci) continue;
    const seen = byAccount.get(env.accountId);
    if (!seen) {
      byAccount.set(env.accountId, {
        accountId: env.accountId,
        region: env.region,
        namePrefix: env.namePrefix,
        repository: ci.repository,
        ...(ci.oidcProviderArn ? { oidcProviderArn: ci.oidcProviderArn } : {}),
        environments: [env.name],
        state: stateOf(env),
        owner: env.tags.owner,
        costCentre: env.tags.costCentre,
      });
      continue;
    }
    const first = seen.environments[0];
    const clash = (field: string, mine: string, theirs: string) =>
      problems.push({
        environment: env.name,
        file: fileOf(env.name),
        field,
        message: `"${mine}", but environment "${first}" (${fileOf(first)}) in the same account ${env.accountId} has "${theirs}"; one account has one set of CI roles, so make them agree`,
      });
    if (ci.repository !== seen.repository) clash('ciIdentities.repository', ci.repository, seen.repository);
    else if ((ci.oidcProviderArn ?? '(created)') !== (seen.oidcProviderArn ?? '(created)')) clash('ciIdentities.oidcProviderArn', ci.oidcProviderArn ?? '(created)', seen.oidcProviderArn ?? '(created)');
    else if (env.namePrefix !== seen.namePrefix) clash('namePrefix', env.namePrefix, seen.namePrefix);
    else byAccount.set(env.accountId, { ...seen, environments: [...seen.environments, env.name], state: [...seen.state, ...stateOf(env)] });
  }
  return { plans: [...byAccount.values()].sort((a, b) => a.accountId.localeCompare(b.accountId)), problems };
}

/** A provider ARN of another account cannot be trusted by this account's roles. */
function providerAccountProblem(env: CiEnvironment, file: string): ConfigProblem[] {
  const arn = env.ciIdentities?.oidcProviderArn;
  if (!arn || arn === githubOidcProviderArn(env.accountId)) return [];
  return [{ environment: env.name, file, field: 'ciIdentities.oidcProviderArn', message: `names another account's provider; use "${githubOidcProviderArn(env.accountId)}", or remove it to have the stack create it` }];
}

/**
 * With ciIdentities on, people.deployers and people.planners must name the built roles: the bucket and key
 * policies admit exactly those lists, so a role CI assumes that they leave out could not plan or deploy, and a
 * hand-made role they name instead would sit beside the built one unproven. One problem per environment.
 */
function peopleProblem(env: CiEnvironment, file: string): ConfigProblem[] {
  if (!env.ciIdentities) return [];
  const roles = builtRoles(env);
  const missing = [
    ...(env.people.deployers.includes(roles.deployer) ? [] : [`people.deployers needs "${roles.deployer}"`]),
    ...(env.people.planners.includes(roles.planner) ? [] : [`people.planners needs "${roles.planner}"`]),
  ];
  if (!missing.length) return [];
  return [
    {
      environment: env.name,
      file,
      field: 'ciIdentities',
      message: `builds the roles CI assumes, and the perimeter must admit them: ${missing.join(' and ')}; add ${missing.length === 1 ? 'it' : 'them'}, or remove ciIdentities and name your own roles`,
    },
  ];
}

/** Every ciIdentities problem across the environments (validation reports them with the files). */
export function ciIdentitiesProblems(environments: readonly CiEnvironment[], fileOf: FileOf): ConfigProblem[] {
  return [...environments.flatMap((env) => [...providerAccountProblem(env, fileOf(env.name)), ...peopleProblem(env, fileOf(env.name))]), ...group(environments, fileOf).problems];
}

/** One plan per account with ciIdentities on, in account order. Assumes validated environments. */
export function planCiIdentities(environments: readonly CiEnvironment[]): CiIdentitiesPlan[] {
  return group(environments, (name) => `${name}.json`).plans;
}
