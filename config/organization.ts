import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { ORGANIZATION_STACK_NAME } from '../catalog/stacks';
import { ConfigError, type ConfigProblem, ORGANIZATION, problemsFromZod } from './errors';
import { type EnvironmentConfig, StateBackend } from './schema';
import { hasOrigins } from './people-schema';
import { jsonSyntaxMessage } from '../catalog/json-syntax';

/**
 * The optional organization file, config/organization.json: who deploys the platform and who submits
 * jobs, and where the guardrails attach. Together with the environment files it renders the service
 * and resource control policies (help/organization-guardrails.md) and, in the management account, the
 * organization-guardrails stack. Without the file there are no organization policies, and nothing else changes.
 */

/** Points synth at another organization file (tests, a scratch config). */
const ORGANIZATION_FILE_VARIABLE = 'BEDROCK_ORG_FILE';

/**
 * Where the organization file is: BEDROCK_ORG_FILE, else `config/organization.json` of the project. The
 * compiled synth (scripts/synth.js) runs from `.build/`, so it passes the project root it knows.
 */
export function organizationFile(projectRoot: string = join(__dirname, '..')): string {
  return process.env[ORGANIZATION_FILE_VARIABLE] ?? join(projectRoot, 'config', 'organization.json');
}

/** A role ARN or ARN pattern (`*` in the account or name), as aws:PrincipalArn conditions take it. */
const roleArnPattern = z
  .string()
  .regex(/^arn:aws:iam::(\d{12}|\*):role\/[\w+=,.@/*-]+$/, 'must be a role ARN or ARN pattern such as "arn:aws:iam::*:role/bedrock-platform-deployer"');

const OrganizationFileSchema = z.strictObject({
  /** The AWS Organization: the RCP admits data access only through its VPC endpoints (aws:VpceOrgID). */
  organizationId: z.string().regex(/^o-[a-z0-9]{10,32}$/, 'must be an AWS Organizations id such as "o-a1b2c3d4e5"'),
  /** The management account, where the organization-guardrails stack deploys (allowed_account_ids). */
  managementAccountId: z.string().regex(/^\d{12}$/, 'must be the 12-digit management account id as a quoted string'),
  /** Roots, OUs or accounts both policies attach to, e.g. the OU of the platform's accounts. */
  targetIds: z
    .array(z.string().regex(/^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|\d{12})$/, 'must be a root ("r-..."), OU ("ou-...-...") or 12-digit account id'))
    .min(1, 'name at least one root, OU or account to attach the policies to'),
  /** Roles that deploy the platform: the only ones that may change invocation logging, its delivery chain, and pass job roles for Terraform-trained models. */
  deployerRoleArns: z.array(roleArnPattern).min(1, 'name the platform deployer role(s): without one, nobody could set up invocation logging'),
  /** Roles that submit Bedrock jobs: with the deployers, the only ones that may pass the job roles. */
  submitterRoleArns: z.array(roleArnPattern).min(1, 'name the job submitter role(s): without one, nobody could launch a job'),
  /**
   * Break-glass roles, exempt from the logging-configuration, role-passing, model-sharing, VPC-endpoint and
   * data-perimeter statements (never from the API-key denies, nor from the log-read deny). A `*` account is
   * pinned to this organization: the RCP denies the platform's buckets to every principal outside it. @default none
   */
  breakGlassRoleArns: z.array(roleArnPattern).default([]),
  /** Roles that alone read, query, export, tail, subscribe to and unmask the invocation log groups (the environments' people.logReaders). @default none: nobody reads them */
  logReaderRoleArns: z.array(roleArnPattern).default([]),
  /** Roles that copy custom models (the environments' keys.modelCopy.copyRoleArns), besides the deployers. @default none */
  modelCopierRoleArns: z.array(roleArnPattern).default([]),
  /** Where the organization-guardrails stack keeps its state. @default local files */
  state: StateBackend.default({ type: 'local' }),
});

type OrganizationFile = z.output<typeof OrganizationFileSchema>;

/** The organization file with what the environment files add to it. */
export interface OrganizationConfig extends OrganizationFile {
  readonly stackName: string;
  /** Name prefixes of every environment: job roles, data buckets and logging resources are matched by them. */
  readonly namePrefixes: readonly string[];
  /**
   * Whom the environments' bucket policies let past their VPC-only deny: break-glass
   * (buckets.exemptPrincipalArns) and data stewards (their tasks). The RCP must let them past too; each
   * bucket policy still limits what they may do.
   */
  readonly dataExemptPrincipalArns: readonly string[];
  /** The environments' people.deployers: past the RCP for listing and emptying only, as in the bucket policies. */
  readonly bucketDeployerArns: readonly string[];
  /** The environments' people.planners: past the RCP for listing only (the bucket policies deny them the rest). */
  readonly bucketPlannerArns: readonly string[];
  /** Stewards and log readers of environments that declare origins: the RCP holds them to those origins. */
  readonly originBoundArns: readonly string[];
  /** Every environment's people.origins.sourceIps. */
  readonly originSourceIps: readonly string[];
}

/** Stewards and log readers are exempt outside the VPC only where their environment declares origins. */
function originBound(env: EnvironmentConfig): string[] {
  return hasOrigins(env.people) ? [...env.people.dataStewards, ...env.people.logReaders] : [];
}

function deriveOrganization(file: OrganizationFile, environments: readonly EnvironmentConfig[]): OrganizationConfig {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  return {
    ...file,
    stackName: ORGANIZATION_STACK_NAME,
    namePrefixes: sorted(environments.map((e) => e.namePrefix)),
    dataExemptPrincipalArns: sorted(environments.flatMap((e) => [...e.buckets.exemptPrincipalArns, ...originBound(e), ...e.people.serviceRoles.map((r) => r.arn)])),
    bucketDeployerArns: sorted(environments.flatMap((e) => e.people.deployers)),
    bucketPlannerArns: sorted(environments.flatMap((e) => e.people.planners)),
    originBoundArns: sorted(environments.flatMap(originBound)),
    originSourceIps: sorted(environments.flatMap((e) => e.people.origins.sourceIps)),
  };
}

/** Validates a raw organization file; throws a ConfigError naming the file, the field and the fix. */
export function validateOrganization(raw: unknown, environments: readonly EnvironmentConfig[], file = 'config/organization.json'): OrganizationConfig {
  const parsed = OrganizationFileSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(problemsFromZod(ORGANIZATION, file, parsed.error, (path) => (path.length === 0 ? Object.keys(OrganizationFileSchema.shape) : [])));
  if (environments.length === 0) {
    throw new ConfigError([{ environment: ORGANIZATION, file, field: '(file)', message: 'organization policies are rendered from the environment files; add at least one environment' }]);
  }
  const uncovered = uncoveredPeople(parsed.data, environments, file);
  if (uncovered.length) throw new ConfigError(uncovered);
  return deriveOrganization(parsed.data, environments);
}

/** IAM's ArnLike: `*` any run of characters, `?` any one, everything else literal. */
function arnLike(pattern: string, arn: string): boolean {
  const regex = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(arn);
}

/**
 * The SCP lets only its deployer, submitter, log-reader and model-copier patterns act where the environments'
 * people must act: an environment deployer it does not cover could not apply the stack (invocation logging,
 * passing the customization role), a submitter it does not cover could not launch a job, a log reader could
 * not read the logs, a copy role could not copy. Each is a problem to fix here.
 */
function uncoveredPeople(org: OrganizationFile, environments: readonly EnvironmentConfig[], file: string): ConfigProblem[] {
  const check = (field: 'deployerRoleArns' | 'submitterRoleArns' | 'logReaderRoleArns' | 'modelCopierRoleArns', role: string, patterns: readonly string[], people: (env: EnvironmentConfig) => readonly string[]) =>
    environments.flatMap((env) =>
      people(env)
        .filter((arn) => !patterns.some((pattern) => arnLike(pattern, arn)))
        .map((arn) => ({
          environment: ORGANIZATION,
          file,
          field,
          message: `environment "${env.name}" names ${role} ${arn}, which no pattern here matches, so the service control policy would deny it; add it, or a pattern such as "arn:aws:iam::*:role/${arn.split('/').pop() ?? '<name>'}" (a role: IAM users cannot be covered)`,
        })),
    );
  return [
    ...check('deployerRoleArns', 'the deployer', org.deployerRoleArns, (env) => env.people.deployers),
    ...check('submitterRoleArns', 'the job submitter', [...org.submitterRoleArns, ...org.deployerRoleArns], (env) => env.people.jobSubmitters),
    ...check('logReaderRoleArns', 'the log reader', org.logReaderRoleArns, (env) => env.people.logReaders),
    ...check('modelCopierRoleArns', 'the model-copy role', [...org.modelCopierRoleArns, ...org.deployerRoleArns], (env) => env.keys.modelCopy?.copyRoleArns ?? []),
  ];
}

/** Reads the organization file if there is one; undefined when absent. */
export function loadOrganization(environments: readonly EnvironmentConfig[], path: string = organizationFile()): OrganizationConfig | undefined {
  if (!existsSync(path)) return undefined;
  const shown = relative(process.cwd(), path) || path;
  const text = readFileSync(path, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError([{ environment: ORGANIZATION, file: shown, field: '(file)', message: `not valid JSON (${jsonSyntaxMessage(text, e as Error)}); fix the syntax` }]);
  }
  return validateOrganization(raw, environments, shown);
}
