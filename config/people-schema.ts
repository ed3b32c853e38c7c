import { z } from 'zod';
import { DATA_BUCKET_PURPOSES } from '../catalog/buckets';
import { parseCidr } from './cidr';

/**
 * `people`: who operates the environment, and from where (help/operating.md). Each list names IAM roles or
 * users of the environment's account; the bucket, key and organization policies give each exactly its job.
 * An empty list is allowed, and synth says what will not work without it (config/people.ts).
 */

export const IAM_PRINCIPAL_ARN = /^arn:aws:iam::(\d{12}):(root|role\/[\w+=,.@/-]+|user\/[\w+=,.@/-]+)$/;
export const iamPrincipalArn = z
  .string()
  .regex(IAM_PRINCIPAL_ARN, 'must be an IAM role, user or account-root ARN such as "arn:aws:iam::123456789012:role/ModelBuilder"');

function distinct(label: string) {
  return (items: readonly string[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item)) ctx.addIssue({ code: 'custom', path: [i], message: `duplicate ${label} "${item}": list each once` });
      seen.add(item);
    });
  };
}

const people = (label: string) => z.array(iamPrincipalArn).superRefine(distinct(label)).default([]);

/** A public egress block such as "198.51.100.0/24" (aws:SourceIp). */
const egressCidr = z.string().refine((c) => parseCidr(c) !== undefined, {
  error: 'must be an IPv4 CIDR block without host bits, such as "198.51.100.0/24" (your corporate egress)',
});

/** A VPC endpoint id such as "vpce-0a1b2c3d4e5f60718" (aws:SourceVpce). */
const vpcEndpointId = z.string().regex(/^vpce-[0-9a-f]{8,17}$/, 'must be a VPC endpoint id such as "vpce-0a1b2c3d4e5f60718"');

/**
 * Where people outside the VPC come from. Data stewards reach objects only from here, and log readers read
 * the S3 copy of the invocation logs from here or from inside the VPC. Nothing declared: no steward exemption.
 */
export const NetworkOriginsSchema = z
  .strictObject({
    /** Corporate egress CIDR blocks (aws:SourceIp). @default none */
    sourceIps: z.array(egressCidr).superRefine(distinct('CIDR block')).default([]),
    /** S3 VPC endpoints of a transfer network in the same organization (aws:SourceVpce). @default none */
    vpcEndpointIds: z.array(vpcEndpointId).superRefine(distinct('VPC endpoint')).default([]),
  })
  .prefault({});

/**
 * An AWS service's role the platform admits to read named data buckets (Macie's service-linked role for
 * sensitive-data discovery, a Bedrock knowledge base's ingestion role). Named one by one, never by wildcard.
 */
export const ServiceRoleSchema = z.strictObject({
  /** The role's ARN, e.g. "arn:aws:iam::123456789012:role/aws-service-role/macie.amazonaws.com/AWSServiceRoleForAmazonMacie". */
  arn: z.string().regex(/^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+$/, 'must be an IAM role ARN (service-linked roles include their path), with no wildcard'),
  /** Data buckets it reads (GetObject, ListBucket), by purpose. */
  buckets: z
    .array(z.enum(DATA_BUCKET_PURPOSES, { error: `must be one of ${DATA_BUCKET_PURPOSES.join(', ')}` }))
    .min(1, 'name at least one bucket purpose the role reads')
    .superRefine(distinct('bucket')),
  /** Why it is admitted; shown in help/operating.md. */
  reason: z.string().min(1, 'say why the service reads the data'),
});

export const PeopleSchema = z
  .strictObject({
    /** The identity Terraform and CI apply as: manages every resource from outside the VPC, reads no object data. */
    deployers: people('deployer'),
    /** CI plan roles: list the buckets and read their configuration and keys' metadata from anywhere; never objects, never a change. */
    planners: people('planner'),
    /** Stage training, validation and batch input, and collect customization and batch output, from the declared origins. */
    dataStewards: people('data steward'),
    /** Launch customization and batch jobs with the custom-model key (Bedrock creates the key grant as them). */
    jobSubmitters: people('job submitter'),
    /** Invoke custom models (seed 003's PermissionsDecryptModel). */
    modelInvokers: people('model invoker'),
    /** The only principals that read, query, export or unmask invocation logs (CloudWatch and S3). */
    logReaders: people('log reader'),
    /** Where stewards and log readers come from outside the VPC. @default none: no steward exemption */
    origins: NetworkOriginsSchema,
    /** AWS services' roles admitted to read named data buckets. @default none */
    serviceRoles: z.array(ServiceRoleSchema).default([]),
  })
  .prefault({});

export type People = z.output<typeof PeopleSchema>;

/** The person kinds that are lists of principals, in the order help/operating.md shows them. */
export const PERSON_KINDS = ['deployers', 'planners', 'dataStewards', 'jobSubmitters', 'modelInvokers', 'logReaders'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** True when stewards have somewhere to come from. */
export function hasOrigins(p: People): boolean {
  return p.origins.sourceIps.length > 0 || p.origins.vpcEndpointIds.length > 0;
}

/** Cross-field rules: every person in the environment's account, and no person holding two jobs that contradict. */
export function checkPeople(env: { readonly accountId: string; readonly people: People }, ctx: z.RefinementCtx): void {
  const p = env.people;
  const inAccount = (arn: string, path: (string | number)[]) => {
    const account = /^arn:aws:iam::(\d{12}):/.exec(arn)?.[1];
    // Against an invalid accountId every person would mismatch: its own error is the one to fix.
    if (account && /^\d{12}$/.test(env.accountId) && account !== env.accountId) {
      ctx.addIssue({
        code: 'custom',
        path: ['people', ...path],
        message: `${arn} is in account ${account}, not ${env.accountId}; name a role in this account (people from other accounts assume it)`,
      });
    }
  };
  for (const kind of PERSON_KINDS) p[kind].forEach((arn, i) => inAccount(arn, [kind, i]));
  p.serviceRoles.forEach((role, i) => inAccount(role.arn, ['serviceRoles', i, 'arn']));
  const clash = (kind: PersonKind, other: PersonKind, why: string) =>
    p[kind].forEach((arn, i) => {
      if (p[other].includes(arn)) ctx.addIssue({ code: 'custom', path: ['people', kind, i], message: `${arn} is also in people.${other}; ${why}` });
    });
  clash('dataStewards', 'deployers', 'deployers are denied all object data, so give the steward its own role');
  clash('planners', 'deployers', 'planners may change nothing, so give the plan its own role');
  clash('planners', 'dataStewards', 'planners read no objects, so give the plan its own role');
  clash('logReaders', 'deployers', 'deployers read no logs, so give log reading its own role');
}
