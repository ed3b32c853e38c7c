import type { EnvironmentConfig } from './schema';
import { ConfigError, type ConfigProblem, type FileOf } from './errors';

/** One state bucket to create: what the state-bootstrap stack of an account is built from. */
export interface StateBucketPlan {
  readonly accountId: string;
  readonly region: string;
  readonly bucket: string;
  /** Environments whose stacks keep their state in this bucket, in name order. */
  readonly environments: readonly string[];
  /** Owner and cost centre of the first of those environments (tags on the bootstrap stack). */
  readonly owner: string;
  readonly costCentre: string;
  /** The people.deployers, people.planners and buckets.exemptPrincipalArns (break-glass) of those environments: the only ones the state bucket admits. */
  readonly deployers: readonly string[];
  readonly planners: readonly string[];
  readonly breakGlass: readonly string[];
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

/** `<name>.json`, for callers that do not know where the files are. */
const bareFile: FileOf = (environment) => `${environment}.json`;

/**
 * Groups the environments that use `state.type = "s3"` by account: one bucket per account (stacks are
 * separated by key), so the environments of an account must agree on bucket and region. A disagreement
 * is a problem of the later environment (name order), naming the earlier one and its file.
 */
function groupStateBuckets(environments: readonly EnvironmentConfig[], fileOf: FileOf): { plans: StateBucketPlan[]; problems: ConfigProblem[] } {
  const byAccount = new Map<string, StateBucketPlan>();
  const problems: ConfigProblem[] = [];
  for (const env of [...environments].sort((a, b) => a.name.localeCompare(b.name))) {
    if (env.state.type !== 's3') continue;
    const region = env.state.region ?? env.region;
    const seen = byAccount.get(env.accountId);
    if (!seen) {
      byAccount.set(env.accountId, {
        accountId: env.accountId,
        region,
        bucket: env.state.bucket,
        environments: [env.name],
        owner: env.tags.owner,
        costCentre: env.tags.costCentre,
        deployers: union([], env.people.deployers),
        planners: union([], env.people.planners),
        breakGlass: union([], env.buckets.exemptPrincipalArns),
      });
    } else if (seen.bucket !== env.state.bucket || seen.region !== region) {
      const first = seen.environments[0];
      problems.push({
        environment: env.name,
        file: fileOf(env.name),
        field: seen.bucket !== env.state.bucket ? 'state.bucket' : 'state.region',
        message: `${env.state.bucket} in ${region}, but environment "${first}" (${fileOf(first)}) in the same account ${env.accountId} uses ${seen.bucket} in ${seen.region}; use one state bucket per account (help/state.md)`,
      });
    } else {
      byAccount.set(env.accountId, {
        ...seen,
        environments: [...seen.environments, env.name],
        deployers: union(seen.deployers, env.people.deployers),
        planners: union(seen.planners, env.people.planners),
        breakGlass: union(seen.breakGlass, env.buckets.exemptPrincipalArns),
      });
    }
  }
  return { plans: [...byAccount.values()].sort((a, b) => a.accountId.localeCompare(b.accountId)), problems };
}

/** Environments of one account that disagree on the state bucket: config problems, as validation reports them. */
export function stateBucketProblems(environments: readonly EnvironmentConfig[], fileOf: FileOf): ConfigProblem[] {
  return groupStateBuckets(environments, fileOf).problems;
}

/**
 * Derives the state buckets from the environments that use `state.type = "s3"`: the config already names
 * bucket, region and account, so a second file would only repeat them. Throws a ConfigError on a
 * disagreement (validation reports it first, with the files; this guards callers that skip it).
 */
export function planStateBuckets(environments: readonly EnvironmentConfig[]): StateBucketPlan[] {
  const { plans, problems } = groupStateBuckets(environments, bareFile);
  if (problems.length) throw new ConfigError(problems);
  return plans;
}
