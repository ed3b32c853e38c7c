import type { EnvironmentConfig } from '../../config/schema';
import { PERSON_KINDS, type PersonKind, hasOrigins } from '../../config/people-schema';
import { UserError } from '../../catalog/errors';

/**
 * The table that opens help/operating.md: for each environment, who reaches what, and from where, as the
 * bucket, key and organization policies built from the same config decide it. `npm run docs:people` redraws it;
 * __tests__/guides/people-table.test.ts fails when the committed table and the config drift.
 */

export const OPERATING_DOC = 'help/operating.md';
const BEGIN_MARK = '<!-- people:begin';
const BEGIN = `${BEGIN_MARK} (generated from config/environments by npm run docs:people; do not edit) -->`;
const END = '<!-- people:end -->';

/** What each kind of person reaches; where from depends on the environment (origins). */
const REACHES: Readonly<Record<PersonKind, string>> = {
  deployers: 'lists the data and log buckets; alone changes their policy and configuration, the keys and the VPC endpoints; never reads or writes an object',
  planners: 'lists the buckets and reads their configuration and the keys\' metadata (`terraform plan`); with S3 state, reads it and writes only its lock object; never an object, never a change',
  dataStewards: 'stages training, validation and batch input (`PutObject`); collects customization and batch output (`GetObject`); lists both',
  jobSubmitters: 'launches customization and batch jobs; passes the two job roles to Bedrock; Bedrock uses the custom-model key as them',
  modelInvokers: 'invokes models; Bedrock decrypts custom models for them (seed 003)',
  logReaders: 'alone reads, queries, exports, tails and unmasks the invocation logs (CloudWatch and the S3 copy)',
};

const code = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

function origins(env: EnvironmentConfig): string {
  const o = env.people.origins;
  const parts = [...(o.sourceIps.length ? [`egress ${code(o.sourceIps)}`] : []), ...(o.vpcEndpointIds.length ? [`S3 endpoint ${code(o.vpcEndpointIds)}`] : [])];
  return parts.join(' or ');
}

function whereFrom(env: EnvironmentConfig, kind: PersonKind): string {
  switch (kind) {
    case 'deployers':
      return 'anywhere (management and listing only)';
    case 'planners':
      return 'anywhere (listing and configuration reads only)';
    case 'dataStewards':
      return hasOrigins(env.people) ? origins(env) : '**nowhere**: `people.origins` declares no origin, so stewards have no exemption';
    case 'logReaders':
      return `CloudWatch: anywhere; S3 copy: through the S3 gateway endpoint${hasOrigins(env.people) ? ` or ${origins(env)}` : ''}`;
    case 'jobSubmitters':
    case 'modelInvokers':
      return 'through Bedrock (`kms:ViaService`); never the data buckets';
  }
}

function rows(env: EnvironmentConfig): string[] {
  const people = PERSON_KINDS.map((kind) => {
    const who = env.people[kind].length ? code(env.people[kind]) : '*nobody*';
    return `| ${env.name} | \`${kind}\`: ${who} | ${REACHES[kind]} | ${whereFrom(env, kind)} |`;
  });
  const services = env.people.serviceRoles.map((r) => `| ${env.name} | \`serviceRoles\`: \`${r.arn}\` | reads ${r.buckets.join(', ')} (\`GetObject\`, \`ListBucket\`): ${r.reason} | anywhere (AWS's service network) |`);
  const breakGlass = env.buckets.exemptPrincipalArns.length
    ? [`| ${env.name} | break-glass (\`buckets.exemptPrincipalArns\`): ${code(env.buckets.exemptPrincipalArns)} | everything the deployers do, the data and the data key besides, and replication | anywhere; pinned to its account by ARN and, by the RCP, to the organization |`]
    : [];
  const jobs = [`| ${env.name} | the two job roles (Bedrock jobs) | read their input and write their output buckets | through the S3 gateway endpoint only |`];
  return [...people, ...services, ...breakGlass, ...jobs];
}

/** The generated section, markers included. */
export function renderPeopleTable(environments: readonly EnvironmentConfig[]): string {
  const sorted = [...environments].sort((a, b) => a.name.localeCompare(b.name));
  return [
    BEGIN,
    '| Environment | Who (`people.`) | Reaches | From where |',
    '| --- | --- | --- | --- |',
    ...sorted.flatMap(rows),
    '',
    'Everyone else: the data and log buckets only through the S3 gateway endpoint (and its policy), invocation logs not at all, bucket configuration and the platform\'s VPC endpoints not at all, the data key only through S3.',
    END,
  ].join('\n');
}

/** The document with its generated section replaced; throws when the markers are missing. */
export function withPeopleTable(doc: string, environments: readonly EnvironmentConfig[]): string {
  const start = doc.indexOf(BEGIN_MARK);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new UserError(`${OPERATING_DOC} lacks the "${BEGIN_MARK} -->" … "${END}" markers around the people table`);
  return doc.slice(0, start) + renderPeopleTable(environments) + doc.slice(end + END.length);
}
