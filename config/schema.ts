import { z } from 'zod';
import { BEDROCK_REGIONS, STACK_REGION_NAMES, isBedrockRegion } from '../catalog/bedrock-regions';
import { DEFAULT_BEDROCK_SERVICE_NAMES } from '../catalog/bedrock-services';
import { CUSTOMIZATION_TYPES, DEFAULT_CUSTOMIZATION_TYPE, TEACHER_MODEL_TYPE } from '../catalog/customization-types';
import { environmentStackName } from '../catalog/stacks';
import { cidrSubnet, enclosingBlock, formatCidr, parseCidr } from './cidr';
import { closestRegion } from '../catalog/did-you-mean';
import { AgentCoreOAuthSchema, checkAgentCoreOAuth, checkServiceActions, serviceActions, serviceName } from './endpoints-schema';
import { AuditorSchema } from './auditor';
import { InvocationLoggingSchema } from './invocation-logging';
import { logRetentionDays } from './log-retention';
import { IAM_PRINCIPAL_ARN, PeopleSchema, checkPeople, iamPrincipalArn } from './people-schema';
import { SchemaReference } from './schema-reference';

/**
 * The environment file schema (config/environments/<name>.json). Every message says what to do,
 * because the person reading it is adding an environment, not reading this file.
 */


function unique<T>(label: string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<T>();
    items.forEach((item, i) => {
      if (seen.has(item)) ctx.addIssue({ code: 'custom', path: [i], message: `duplicate ${label} "${String(item)}": list each once` });
      seen.add(item);
    });
  };
}

const AZ_ID = /^[a-z]+\d+-az\d+$/;
/** us-east-1a, eu-central-2b, us-gov-west-1c: a region name and a letter. */
const AZ_NAME = /^[a-z]{2}(-[a-z]+)+-\d+[a-z]$/;

function azNamesMessage(names: readonly string[], region: string, prefix: string | undefined): string {
  const listed = names.map((n) => `"${n}"`).join(', ');
  const what = names.length === 1 ? 'is an Availability Zone name' : 'are Availability Zone names';
  const shape = prefix ? ` (in ${region} they look like "${prefix}-az1")` : '';
  return (
    `${listed} ${what}, not ID${names.length === 1 ? '' : 's'}: a name means a different zone in each account, an ID the same zone everywhere. ` +
    `List the AZ IDs instead${shape}; aws ec2 describe-availability-zones --region ${region} --query 'AvailabilityZones[].[ZoneName,ZoneId]' prints the ID of each name`
  );
}

const LocalState = z.strictObject({ type: z.literal('local') });
const S3State = z.strictObject({
  type: z.literal('s3'),
  /** The state bucket (see the state-bootstrap stack). */
  bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (lowercase, 3-63 characters)'),
  /** @default the environment's region */
  region: z.string().optional(),
  /** Each stack's state lives at `<keyPrefix>/<stack>.tfstate`. */
  keyPrefix: z.string().regex(/^[\w.-]+(\/[\w.-]+)*$/, 'must be a path without leading or trailing "/"').default('bedrock-private'),
  /** KMS key for the state objects. @default the bucket's default encryption */
  kmsKeyId: z.string().optional(),
  /** Only for teams on Terraform < 1.10, which lacks S3-native locking (use_lockfile). */
  dynamodbTable: z.string().optional(),
});
const HcpState = z.strictObject({
  type: z.literal('hcp'),
  organization: z.string().min(1, 'name your HCP Terraform organization'),
  hostname: z.string().default('app.terraform.io'),
  /** Workspace per stack: `<workspacePrefix><stack>`. */
  workspacePrefix: z.string().default(''),
});
export const StateBackend = z.discriminatedUnion('type', [LocalState, S3State, HcpState], {
  error: 'state.type must be "local", "s3" or "hcp"',
});

/** An AWS account id: exactly 12 digits. */
const ACCOUNT_ID = /^\d{12}$/;

export const EnvironmentFileSchema = z
  .strictObject({
    $schema: SchemaReference,
    /** The AWS account the environment deploys into; the provider refuses any other (allowed_account_ids). */
    accountId: z.string().regex(ACCOUNT_ID, 'must be the 12-digit AWS account id as a quoted string, e.g. "123456789012"'),
    /** A region where Bedrock is offered. */
    region: z.string().superRefine((region, ctx) => {
      if ((STACK_REGION_NAMES as readonly string[]).includes(region)) return;
      const typo = closestRegion(region, STACK_REGION_NAMES);
      ctx.addIssue({
        code: 'custom',
        message: typo
          ? `"${region}" is not a region these stacks deploy Bedrock to; did you mean "${typo}"? (accepted: ${STACK_REGION_NAMES.join(', ')})`
          : `"${region}" is not a region these stacks deploy Bedrock to (Bedrock regions of the aws partition); use one of ${STACK_REGION_NAMES.join(', ')}`,
      });
    }),
    /** The VPC block, /16 to /24. Subnets are carved from it, never typed by hand. */
    vpcCidr: z.string(),
    /**
     * Availability Zone IDs (e.g. use1-az1), not names: IDs are the same zone in every account.
     * Subnet i gets the i-th block of the VPC, so append new AZs at the end.
     */
    azIds: z.array(z.string()).superRefine(unique('AZ ID')),
    /** Bits added to the VPC prefix for each subnet. @default 3 (eight /N+3 slots; room to add AZs later) */
    subnetNewBits: z.number().int().min(1).max(8).default(3),
    /** Prefix of every name (buckets, roles, keys). @default "bedrock" */
    namePrefix: z.string().regex(/^[a-z][a-z0-9-]{1,14}[a-z0-9]$/, 'must be 3-16 characters of a-z, 0-9 and "-"').default('bedrock'),
    tags: z.strictObject({
      owner: z.string().min(1, 'name the owning team'),
      costCentre: z.string().min(1, 'give the cost centre'),
      /** Further tags on every resource. */
      extra: z.record(z.string(), z.string()).default({}),
    }),
    endpoints: z
      .strictObject({
        /** @default the four of seed 004 (bedrock, bedrock-runtime, bedrock-agent, bedrock-agent-runtime); the others are opt-in */
        services: z.array(serviceName).min(1, 'enable at least one Bedrock endpoint service').superRefine(unique('service')).default([...DEFAULT_BEDROCK_SERVICE_NAMES]),
        /** Also require callers to belong to this AWS Organization (aws:PrincipalOrgID). @default not required */
        principalOrgId: z.string().regex(/^o-[a-z0-9]{10,32}$/, 'must be an AWS Organizations id such as "o-a1b2c3d4e5"').optional(),
        /** Narrow callers further to these principals (aws:PrincipalArn). @default any principal of the account */
        allowedPrincipalArns: z.array(iamPrincipalArn).default([]),
        /** Actions to add to a service's default endpoint policy (each with the service's IAM prefix). */
        extraActions: serviceActions.default({}),
        /** Default actions to remove from a service's endpoint policy. */
        removeActions: serviceActions.default({}),
        /** Admit AgentCore OAuth callers (Principal "*") to named runtimes and gateways, with a written reason. @default off */
        agentCoreOAuth: AgentCoreOAuthSchema.optional(),
      })
      .prefault({}),
    flowLogs: z
      .strictObject({
        retentionDays: logRetentionDays(365),
      })
      .prefault({}),
    /** Bedrock model invocation logging for this account and region (help/invocation-logging.md). @default off */
    invocationLogging: InvocationLoggingSchema.optional(),
    /** The read-only role the organization audit assumes in this account (help/audit.md). @default none */
    auditor: AuditorSchema.optional(),
    /** Where Terraform state lives. @default local files (synth and tests need no AWS credentials) */
    state: StateBackend.default({ type: 'local' }),
    protection: z
      .strictObject({
        /** lifecycle.prevent_destroy on keys and data buckets. @default true for "prod", false otherwise */
        preventDestroy: z.boolean().optional(),
      })
      .prefault({}),
    /** Who operates the environment, and from where (config/people-schema.ts, help/operating.md). */
    people: PeopleSchema,
    keys: z
      .strictObject({
        /**
         * Principals that administer the keys. The key policy gives them no use of a key (no Encrypt,
         * Decrypt, GenerateDataKey or CreateGrant), but it gives them kms:PutKeyPolicy, with which they
         * could rewrite it to grant themselves use: a call CloudTrail records (help/data-protection.md).
         */
        administratorArns: z.array(iamPrincipalArn).default([]),
        /** @default 30 */
        deletionWindowDays: z.number().int().min(7, 'KMS allows 7 to 30 days').max(30, 'KMS allows 7 to 30 days').default(30),
        /** Seed 003's model-copy keys. @default off */
        modelCopy: z
          .strictObject({
            /** Roles that copy models (PermissionsEncryptCopiedModel; PermissionsDecryptModel on the source key). */
            copyRoleArns: z.array(iamPrincipalArn).min(1, 'name at least one model-copy role'),
            /** Principals that only invoke copied models (PermissionsDecryptCopiedModel). */
            copiedModelInvokerArns: z.array(iamPrincipalArn).default([]),
          })
          .optional(),
      })
      .prefault({}),
    buckets: z
      .strictObject({
        /** Days before noncurrent object versions expire. @default 90 */
        noncurrentVersionExpirationDays: z.number().int().positive('must be a whole number of days greater than 0').default(90),
        /** Break-glass principals exempt from the whole VPC-only deny and the only ones that may set replication (people.dataStewards get only their tasks). @default none */
        exemptPrincipalArns: z.array(iamPrincipalArn).default([]),
        /** Allow exempt principals from other accounts. @default false */
        allowCrossAccountExemptPrincipals: z.boolean().default(false),
        /**
         * Let `terraform destroy` delete buckets that still hold objects (force_destroy), and let the deployers
         * delete object versions to do it. For environments you tear down (dev); never with preventDestroy.
         * @default false
         */
        forceDestroy: z.boolean().default(false),
      })
      .prefault({}),
    jobs: z
      .strictObject({
        /** Foundation model ids the batch inference role may invoke, e.g. "anthropic.claude-3-haiku-20240307-v1:0". */
        batchModelIds: z.array(z.string().regex(/^[a-z0-9-]+\.[\w.:-]+$/, 'must be a Bedrock model id such as "amazon.titan-text-lite-v1"')).default([]),
        /** Inference profile ids the batch role may invoke, e.g. "us.anthropic.claude-3-haiku-20240307-v1:0". */
        batchInferenceProfileIds: z.array(z.string().regex(/^[a-z]{2,4}\.[a-z0-9-]+\.[\w.:-]+$/, 'must be an inference profile id such as "us.amazon.nova-lite-v1:0"')).default([]),
      })
      .prefault({}),
    /**
     * Custom models trained by Terraform (aws_bedrock_custom_model) through CompliantCustomModel:
     * always in this VPC, with the custom-model key. @default none (the example is off)
     */
    customModels: z
      .array(
        z.strictObject({
          /** Construct ID and custom model name suffix; keep it stable. */
          name: z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'must be 2-31 characters of a-z, 0-9 and "-"'),
          baseModelIdentifier: z.string().min(1, 'name the base model, e.g. "amazon.titan-text-lite-v1:0:4k"'),
          customizationType: z
            .enum(CUSTOMIZATION_TYPES, { error: `must be one of ${CUSTOMIZATION_TYPES.join(', ')}` })
            .refine((type) => type !== TEACHER_MODEL_TYPE, {
              error: `${TEACHER_MODEL_TYPE} needs a teacher model, which aws_bedrock_custom_model cannot set; launch it with "bedrock-private job customize --customization-type ${TEACHER_MODEL_TYPE} --teacher-model <id>", or use another type here`,
            })
            .default(DEFAULT_CUSTOMIZATION_TYPE),
          hyperparameters: z.record(z.string(), z.string()),
          trainingObjectKey: z.string().min(1, 'give the training file\'s key in the training bucket'),
          validationObjectKey: z.string().min(1).optional(),
        }),
      )
      .default([]),
  })
  .superRefine((env, ctx) => {
    // Cross-field rules: AZ prefixes, CIDR capacity, exempt principal accounts, endpoint actions, AgentCore OAuth ARNs.
    checkServiceActions(env, ctx);
    checkAgentCoreOAuth(env, ctx);
    const prefix = isBedrockRegion(env.region) ? BEDROCK_REGIONS[env.region].azIdPrefix : undefined;
    if (env.azIds.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['azIds'], message: 'list at least 2 AZ IDs: Bedrock recommends a subnet in each Availability Zone' });
    }
    const azNames = env.azIds.filter((id) => AZ_NAME.test(id));
    if (azNames.length) {
      // One message for the whole list: each name would otherwise fail both the ID format and the region prefix.
      ctx.addIssue({ code: 'custom', path: ['azIds'], message: azNamesMessage(azNames, env.region, prefix) });
    } else {
      env.azIds.forEach((id, i) => {
        if (!AZ_ID.test(id)) {
          ctx.addIssue({ code: 'custom', path: ['azIds', i], message: `"${id}" is not an AZ ID; AZ IDs look like "${prefix ?? 'use1'}-az1"` });
        } else if (prefix && !id.startsWith(`${prefix}-`)) {
          ctx.addIssue({ code: 'custom', path: ['azIds', i], message: `"${id}" is not in ${env.region}; its AZ IDs start with "${prefix}-"` });
        }
      });
    }
    const vpc = parseCidr(env.vpcCidr);
    if (!vpc) {
      const block = enclosingBlock(env.vpcCidr);
      ctx.addIssue({
        code: 'custom',
        path: ['vpcCidr'],
        message: block
          ? `"${env.vpcCidr}" has host bits set: a /${block.prefix} block starts at ${formatCidr(block).split('/')[0]}; did you mean "${formatCidr(block)}"?`
          : `"${env.vpcCidr}" is not an IPv4 CIDR block; write it like "10.20.0.0/20"`,
      });
    } else if (vpc.prefix < 16 || vpc.prefix > 24) {
      ctx.addIssue({ code: 'custom', path: ['vpcCidr'], message: `/${vpc.prefix} is outside what a VPC accepts here; use a block from /16 to /24` });
    } else if (vpc.prefix + env.subnetNewBits > 28) {
      ctx.addIssue({
        code: 'custom',
        path: ['vpcCidr'],
        message: `subnets would be /${vpc.prefix + env.subnetNewBits}, smaller than AWS's minimum /28; use a larger VPC block or fewer subnetNewBits`,
      });
    } else if (env.azIds.length > 2 ** env.subnetNewBits) {
      ctx.addIssue({
        code: 'custom',
        path: ['subnetNewBits'],
        message: `${env.azIds.length} AZs need ${env.azIds.length} subnets but ${env.subnetNewBits} bits give ${2 ** env.subnetNewBits}; raise subnetNewBits`,
      });
    }
    checkPeople(env, ctx);
    if (!env.buckets.allowCrossAccountExemptPrincipals) {
      env.buckets.exemptPrincipalArns.forEach((arn, i) => {
        const account = IAM_PRINCIPAL_ARN.exec(arn)?.[1];
        if (account && ACCOUNT_ID.test(env.accountId) && account !== env.accountId) {
          ctx.addIssue({
            code: 'custom',
            path: ['buckets', 'exemptPrincipalArns', i],
            message: `${arn} is in account ${account}, not ${env.accountId}; set buckets.allowCrossAccountExemptPrincipals to true if that is intended`,
          });
        }
      });
    }
  });

/** What "did you mean" needs of a zod schema: its definition, read through the wrappers. */
interface SchemaDef {
  readonly type: string;
  readonly innerType?: Walkable;
  readonly shape?: Readonly<Record<string, Walkable>>;
  readonly element?: Walkable;
  readonly options?: readonly Walkable[];
}
interface Walkable {
  readonly _zod: { readonly def: SchemaDef };
}

/** The object schemas a schema stands for, past defaults, optionals and unions. */
function objectsOf(schema: Walkable): SchemaDef[] {
  const def = schema._zod.def;
  if (def.innerType) return objectsOf(def.innerType);
  if (def.options) return def.options.flatMap(objectsOf);
  return [def];
}

/** The keys an environment file may have in the object at `path` (array indexes included), for "did you mean". */
export function keysAt(path: readonly PropertyKey[]): string[] {
  let defs = objectsOf(EnvironmentFileSchema as unknown as Walkable);
  for (const segment of path) {
    defs = defs.flatMap((def) => {
      const child = typeof segment === 'number' ? def.element : def.shape?.[String(segment)];
      return child ? objectsOf(child) : [];
    });
  }
  return [...new Set(defs.flatMap((def) => Object.keys(def.shape ?? {})))];
}

export type EnvironmentFile = z.input<typeof EnvironmentFileSchema>;
type ParsedEnvironmentFile = z.output<typeof EnvironmentFileSchema>;

export interface SubnetPlan {
  readonly azId: string;
  readonly cidr: string;
}

/** A validated environment with everything derived from it. Immutable from here on. */
export interface EnvironmentConfig extends Omit<ParsedEnvironmentFile, 'protection'> {
  readonly name: string;
  readonly stackName: string;
  readonly subnets: readonly SubnetPlan[];
  readonly protection: { readonly preventDestroy: boolean };
}

export const ENVIRONMENT_NAME = /^[a-z][a-z0-9-]{0,14}[a-z0-9]$/;

/** Subnet i is the i-th block of `subnetNewBits` inside the VPC: disjoint and inside by construction. */
export function planSubnets(vpcCidr: string, newBits: number, azIds: readonly string[]): SubnetPlan[] {
  const vpc = parseCidr(vpcCidr);
  if (!vpc) throw new Error(`invalid VPC CIDR ${vpcCidr}`);
  return azIds.map((azId, i) => ({ azId, cidr: formatCidr(cidrSubnet(vpc, newBits, i)) }));
}

export function deriveEnvironment(name: string, file: ParsedEnvironmentFile): EnvironmentConfig {
  return {
    ...file,
    name,
    stackName: environmentStackName(name),
    subnets: planSubnets(file.vpcCidr, file.subnetNewBits, file.azIds),
    protection: { preventDestroy: file.protection.preventDestroy ?? name === 'prod' },
  };
}
