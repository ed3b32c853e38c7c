import type { EnvironmentConfig } from './schema';
import { PERSON_KINDS, type PersonKind, hasOrigins } from './people-schema';

/** What stops working when a person is left unnamed, and what to name. */
const UNSTAFFED: Readonly<Record<PersonKind, string>> = {
  deployers:
    'after the first apply, every apply from outside the VPC fails with 403 on the data buckets (the AWS provider reads a bucket with HeadBucket, which needs s3:ListBucket, and only deployers and planners may list from outside), and nobody may change a bucket\'s configuration; name the role Terraform applies as',
  planners:
    'after the first apply, a plan run by any role but a deployer fails with 403 on the data buckets (its refresh lists them); name the read-only role CI plans pull requests with',
  dataStewards:
    'nobody can stage training, validation or batch input, or collect job output: the buckets admit only the VPC, which holds no compute; name the role that moves data',
  jobSubmitters:
    'nobody can launch a job with the custom-model key: Bedrock creates the key grant as the submitter, and the key policy names no one; name the roles that run "bedrock-private job"',
  modelInvokers: 'only the batch inference role can invoke custom models; name the roles that serve them',
  logReaders: 'nobody can read, query or unmask the invocation logs (the organization SCP and the log bucket policy admit only log readers); name the role that reviews them',
};

/** One line per person the environment leaves unnamed, saying what will not work. Empty when everyone is named. */
export function peopleWarnings(env: EnvironmentConfig): string[] {
  const warnings = PERSON_KINDS.filter((kind) => env.people[kind].length === 0).map(
    (kind) => `environment "${env.name}": people.${kind} is empty: ${UNSTAFFED[kind]} (help/operating.md)`,
  );
  if (env.people.dataStewards.length > 0 && !hasOrigins(env.people)) {
    warnings.push(
      `environment "${env.name}": people.origins declares no network origin, so people.dataStewards have no exemption from the VPC-only buckets and cannot stage or collect data; list your corporate egress CIDRs in people.origins.sourceIps or a transfer network's S3 endpoint in people.origins.vpcEndpointIds (help/operating.md)`,
    );
  }
  return warnings;
}
