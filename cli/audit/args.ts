import { parseCommandArgs } from '../shared/parse-command-args';
import { readStackOutputs, type OutputName } from '../shared/stack-outputs';
import { UsageError } from '../shared/usage-error';
import { stackChoice } from '../shared/stack-choice';
import type { Expectations } from './expectations';
import { RESOURCE_KINDS, type ResourceKind } from './model';
import { BEDROCK_REGION_NAMES, STACK_REGION_NAMES, isBedrockRegion } from '../../catalog/bedrock-regions';
import { closest } from '../../catalog/did-you-mean';
import { DEFAULT_ACCOUNT_CONCURRENCY, DEFAULT_AUDITOR_ROLE, type OrganizationScope, parseOrganizationScope } from './organization/args';

export const FORMATS = ['table', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export const DEFAULT_CONCURRENCY = 8;
const MAX_CONCURRENCY = 64;

export const AUDIT_USAGE = `Usage: bedrock-private audit [options]

Finds Bedrock resources that run outside the expected VPC or without a customer-managed KMS key
(customization, batch inference, import, copy and evaluation jobs; custom and imported models, their
deployments and provisioned throughput), custom models shared outside the organization, regions
without invocation logging or a strong guardrail, data shared by the account's data-retention mode,
AgentCore runtimes outside a VPC, and long-term Bedrock API keys; prints the command that fixes each.
In one account, or across accounts (--accounts, --organization) through their auditor role.

Options:
  --region <region>              Region to audit; repeat for several. Default: the outputs file's
                                 region, else AWS_REGION / AWS_DEFAULT_REGION.
  --all-regions                  Every commercial (aws partition) region where Bedrock is offered
                                 (catalog/bedrock-regions.ts); GovCloud needs its own credentials.
  --accounts <ids>               Audit these accounts (comma-separated) through their auditor role.
  --organization                 Audit every active account of the organization (Organizations
                                 ListAccounts; run from the management or a delegated admin account).
  --role-name <name>             The auditor role in each account. Default: ${DEFAULT_AUDITOR_ROLE}.
  --external-id <id>             sts:ExternalId, where the auditor role's trust policy requires one.
  --account-concurrency <n>      Accounts audited at once (1-32). Default: ${DEFAULT_ACCOUNT_CONCURRENCY}.
  --region-concurrency <n>       Get calls in flight in any one region (within --concurrency). Default: no
                                 bound of its own.
  --kinds <kinds>                Only these resource kinds, comma-separated. Default: all of
                                 ${RESOURCE_KINDS.join(', ')}.
  --profile <name>               Named AWS profile. Default: the SDK's default credential chain.
  --endpoint-url <url>           Bedrock endpoint (a VPC interface endpoint, or an emulator). IAM
                                 (API keys) keeps its own endpoint; set AWS_ENDPOINT_URL_IAM to move it.
  --since <ISO date>             Only resources created after this instant, e.g. 2026-11-01 or
                                 2026-11-01T00:00:00Z. Default: everything.
  --expect-from <file>           Stack outputs: "cdktf output --outputs-file <file>" or
                                 "terraform output -json > <file>". Supplies the expected subnets,
                                 job security group, KMS keys, batch buckets, invocation-log
                                 destinations and roles.
  --env <name>                   Environment whose stack (bedrock-<name>) to read when the outputs
                                 file holds several.
  --stack <stack-name>           The same by stack name (e.g. bedrock-dev); an alias of --env.
  --expect-subnets <ids>         Expected subnet ids, comma-separated (overrides the outputs file).
  --expect-security-groups <ids> Expected security group ids, comma-separated (overrides it too).
  --expect-log-bucket <name>     S3 bucket invocation logs belong in. Default: the outputs file's
                                 invocation_log_bucket_name, else not checked.
  --expect-log-group <name>      CloudWatch Logs log group invocation logs belong in. Default: the
                                 outputs file's invocation_log_group_name, else not checked.
  --format table|json|sarif      Output format. Default: table.
  --summary                      One status line (exit code, counts, rules) instead of the table;
                                 with --format json|sarif the report stays on stdout, the line goes to stderr.
  --concurrency <n>              Get calls in flight at once per account (1-${MAX_CONCURRENCY}). Default: ${DEFAULT_CONCURRENCY}.
  -h, --help                     Show this help.

Exit codes: 0 compliant, 1 findings, 2 could not complete (bad input, or anything "not checked").`;

export interface AuditCommandOptions {
  readonly regions: readonly string[];
  readonly profile?: string;
  readonly endpointUrl?: string;
  readonly since?: Date;
  readonly format: Format;
  /** Print the one-line summary (instead of the table, or beside a json/sarif report). */
  readonly summary: boolean;
  readonly concurrency: number;
  /** Bound of Get calls per region. @default none beyond `concurrency` */
  readonly regionConcurrency?: number;
  /** Accounts beyond the caller's own, through their auditor role. @default the caller's account only */
  readonly organization?: OrganizationScope;
  /** Kinds to audit; all of RESOURCE_KINDS unless --kinds chose some. */
  readonly kinds: readonly ResourceKind[];
  readonly expected: Expectations;
}

export type ParsedAuditArgs = { readonly help: true } | { readonly help: false; readonly options: AuditCommandOptions };

/** Full ISO 8601 date or date-time; Date.parse alone would accept "March 3" or "1". */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function parseSince(value: string): Date {
  const date = new Date(value);
  if (!ISO_DATE.test(value) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--since "${value}": not an ISO 8601 date; use e.g. 2026-11-01 or 2026-11-01T00:00:00Z.`);
  }
  return date;
}

function parseConcurrency(value: string, flag = '--concurrency'): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_CONCURRENCY) {
    throw new UsageError(`${flag} "${value}": use a whole number from 1 to ${MAX_CONCURRENCY}.`);
  }
  return n;
}

function parseIdList(flag: string, values: readonly string[] | undefined, prefix: string): string[] | undefined {
  if (values === undefined) return undefined;
  const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
  const bad = ids.find((id) => !new RegExp(`^${prefix}-[0-9a-zA-Z]+$`).test(id));
  if (ids.length === 0 || bad !== undefined) {
    throw new UsageError(`${flag} "${bad ?? values.join(',')}": expected comma-separated ids like ${prefix}-0123456789abcdef0.`);
  }
  return ids;
}

function parseEndpoint(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--endpoint-url "${value}": not a URL; use e.g. https://vpce-0abc-def.bedrock.us-east-1.vpce.amazonaws.com.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`--endpoint-url "${value}": use an http(s) URL.`);
  }
  return value;
}

function parseFormat(value: string): Format {
  const format = FORMATS.find((f) => f === value);
  if (format === undefined) throw new UsageError(`--format "${value}": use one of ${FORMATS.join(', ')}.`);
  return format;
}

/** The kind a mistyped one most likely meant: the one that contains it (or it contains), else the nearest typo. */
function closestName(value: string, names: readonly string[]): string | undefined {
  const wanted = value.toLowerCase();
  const containing = names.filter((n) => n.includes(wanted) || wanted.includes(n));
  return containing.length === 1 ? containing[0] : closest(wanted, names);
}

function parseKinds(values: readonly string[] | undefined): readonly ResourceKind[] {
  if (values === undefined) return RESOURCE_KINDS;
  const names = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
  if (names.length === 0) throw new UsageError(`--kinds: name at least one kind, comma-separated, from: ${RESOURCE_KINDS.join(', ')}.`);
  for (const name of names) {
    if (!(RESOURCE_KINDS as readonly string[]).includes(name)) {
      const guess = closestName(name, RESOURCE_KINDS);
      throw new UsageError(
        `--kinds "${name}": not a resource kind${guess ? `; did you mean "${guess}"?` : '.'} Use a comma-separated list of: ${RESOURCE_KINDS.join(', ')}.`,
      );
    }
  }
  return RESOURCE_KINDS.filter((k) => names.includes(k));
}

/** S3 bucket names: 3-63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/** CloudWatch Logs log group names: 1-512 of letters, digits and _ - / . # */
const LOG_GROUP_NAME = /^[\w\-/.#]{1,512}$/;

function parseName(flag: string, value: string | undefined, pattern: RegExp, example: string): string | undefined {
  if (value === undefined) return undefined;
  if (!pattern.test(value)) throw new UsageError(`${flag} "${value}": not a valid name; use e.g. ${example}.`);
  return value;
}

function checkRegion(region: string, source: string): string {
  if (!isBedrockRegion(region)) {
    throw new UsageError(`${source} "${region}": Amazon Bedrock is not offered there (or the name is misspelled); use one of: ${BEDROCK_REGION_NAMES.join(', ')}.`);
  }
  return region;
}

/** Outputs a flag can supply instead of --expect-from: not required from the file when the flag is given. */
const OUTPUT_FLAGS = { region: '--region', subnet_ids: '--expect-subnets', job_security_group_id: '--expect-security-groups' } as const;

export function parseAuditArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ParsedAuditArgs {
  const parsed = parseCommandArgs('audit', {
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        region: { type: 'string', multiple: true },
        'all-regions': { type: 'boolean', default: false },
        accounts: { type: 'string', multiple: true },
        organization: { type: 'boolean', default: false },
        'role-name': { type: 'string' },
        'external-id': { type: 'string' },
        'account-concurrency': { type: 'string' },
        'region-concurrency': { type: 'string' },
        profile: { type: 'string' },
        'endpoint-url': { type: 'string' },
        since: { type: 'string' },
        'expect-from': { type: 'string' },
        env: { type: 'string' },
        stack: { type: 'string' },
        'expect-subnets': { type: 'string', multiple: true },
        'expect-security-groups': { type: 'string', multiple: true },
        'expect-log-bucket': { type: 'string' },
        'expect-log-group': { type: 'string' },
        kinds: { type: 'string', multiple: true },
        format: { type: 'string', default: 'table' },
        summary: { type: 'boolean', default: false },
        concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
        help: { type: 'boolean', short: 'h' },
      },
    });
  const v = parsed.values;
  if (v.help) return { help: true };

  if (v['all-regions'] && v.region !== undefined) throw new UsageError('--all-regions and --region both choose regions: pass one.');
  const organization = parseOrganizationScope(v);
  const explicitRegions = v['all-regions'] ? STACK_REGION_NAMES : (v.region ?? []).map((r) => checkRegion(r, '--region'));
  // An output is required from the file unless its flag supplies it.
  const required: OutputName[] = ['custom_model_kms_key_arn'];
  if (v['expect-subnets'] === undefined) required.push('subnet_ids');
  if (v['expect-security-groups'] === undefined) required.push('job_security_group_id');
  if (explicitRegions.length === 0) required.push('region');
  const stack = stackChoice(v.env, v.stack);
  if (stack !== undefined && v['expect-from'] === undefined) {
    throw new UsageError('--env (or --stack) selects a stack in the outputs file: pass --expect-from <file> too.');
  }
  // A StackOutputsError is a UserError already: reported like any bad flag, without a stack.
  const outputs =
    v['expect-from'] === undefined
      ? undefined
      : readStackOutputs(v['expect-from'], { stack, required, flag: '--expect-from', alternatives: OUTPUT_FLAGS }).values;

  let regions = [...new Set(explicitRegions)];
  if (regions.length === 0) {
    const fallback = outputs?.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
    if (fallback === undefined) {
      throw new UsageError('No region to audit: pass --region <region> (repeatable), or --expect-from <outputs file>, or set AWS_REGION.');
    }
    regions = [checkRegion(fallback, outputs?.region !== undefined ? 'region output of --expect-from' : 'AWS_REGION')];
  }

  const expected: Expectations = {
    subnetIds: parseIdList('--expect-subnets', v['expect-subnets'], 'subnet') ?? outputs?.subnet_ids,
    securityGroupIds:
      parseIdList('--expect-security-groups', v['expect-security-groups'], 'sg') ??
      (outputs?.job_security_group_id !== undefined ? [outputs.job_security_group_id] : undefined),
    customModelKmsKeyArn: outputs?.custom_model_kms_key_arn,
    copiedModelKmsKeyArn: outputs?.copied_model_kms_key_arn,
    dataKmsKeyArn: outputs?.data_kms_key_arn,
    customizationRoleArn: outputs?.customization_role_arn,
    batchInferenceRoleArn: outputs?.batch_inference_role_arn,
    ...(outputs?.bucket_names && { batchBuckets: { input: outputs.bucket_names.batchInput, output: outputs.bucket_names.batchOutput } }),
    invocationLogBucket:
      parseName('--expect-log-bucket', v['expect-log-bucket'], BUCKET_NAME, 'bedrock-dev-invocation-logs-123456789012-us-east-1') ?? outputs?.invocation_log_bucket_name,
    invocationLogGroup: parseName('--expect-log-group', v['expect-log-group'], LOG_GROUP_NAME, '/aws/bedrock/invocations') ?? outputs?.invocation_log_group_name,
  };

  return {
    help: false,
    options: {
      regions,
      ...(v.profile !== undefined && { profile: v.profile }),
      ...(v['endpoint-url'] !== undefined && { endpointUrl: parseEndpoint(v['endpoint-url']) }),
      ...(v.since !== undefined && { since: parseSince(v.since) }),
      format: parseFormat(v.format),
      summary: v.summary === true,
      concurrency: parseConcurrency(v.concurrency),
      ...(v['region-concurrency'] !== undefined && { regionConcurrency: parseConcurrency(v['region-concurrency'], '--region-concurrency') }),
      ...(organization !== undefined && { organization }),
      kinds: parseKinds(v.kinds),
      expected,
    },
  };
}
