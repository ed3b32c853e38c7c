import type { EnvironmentConfig } from './schema';

/** What stops working when a person is left unnamed, and what to name. */
/** Planners are left out: without one, pull requests only skip the plan (stacks:list says so), nothing breaks. */
const UNSTAFFED: Readonly<Record<Exclude<keyof EnvironmentConfig['people'], 'planners'>, string>> = {
  deployers:
    'after the first apply, every plan from outside the VPC fails with 403 on the data buckets (the AWS provider reads a bucket with HeadBucket, which needs s3:ListBucket, and only deployers may list from outside); name the role Terraform and CI run as',
  dataStewards:
    'nobody can stage training, validation or batch input, or collect job output: the buckets admit only the VPC, which holds no compute; name the role that moves data',
  jobSubmitters:
    'nobody can launch a job with the custom-model key: Bedrock creates the key grant as the submitter, and the key policy names no one; name the roles that run "bedrock-private job"',
  modelInvokers: 'only the batch inference role can invoke custom models; name the roles that serve them',
};

/** One line per person the environment leaves unnamed, saying what will not work. Empty when everyone is named. */
export function peopleWarnings(env: EnvironmentConfig): string[] {
  return (Object.keys(UNSTAFFED) as (keyof typeof UNSTAFFED)[])
    .filter((role) => env.people[role].length === 0)
    .map((role) => `environment "${env.name}": people.${role} is empty: ${UNSTAFFED[role]} (help/operating.md)`);
}
