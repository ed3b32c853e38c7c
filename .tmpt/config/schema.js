"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENVIRONMENT_NAME = exports.EnvironmentFileSchema = void 0;
exports.planSubnets = planSubnets;
exports.deriveEnvironment = deriveEnvironment;
const zod_1 = require("zod");
const bedrock_regions_1 = require("../catalog/bedrock-regions");
const bedrock_services_1 = require("../catalog/bedrock-services");
const stacks_1 = require("../catalog/stacks");
const cidr_1 = require("./cidr");
/**
 * The environment file schema (config/environments/<name>.json). Every message says what to do,
 * because the person reading it is adding an environment, not reading this file.
 */
const IAM_PRINCIPAL_ARN = /^arn:aws:iam::(\d{12}):(root|role\/[\w+=,.@/-]+|user\/[\w+=,.@/-]+)$/;
const iamPrincipalArn = zod_1.z
    .string()
    .regex(IAM_PRINCIPAL_ARN, 'must be an IAM role, user or account-root ARN such as "arn:aws:iam::123456789012:role/ModelBuilder"');
const action = zod_1.z.string().regex(/^bedrock:[A-Za-z*]+$/, 'must be a Bedrock IAM action such as "bedrock:InvokeModel"');
const serviceName = zod_1.z.enum(bedrock_services_1.BEDROCK_SERVICE_NAMES, {
    error: `must be one of ${bedrock_services_1.BEDROCK_SERVICE_NAMES.join(', ')} (the four Bedrock PrivateLink services)`,
});
/** CloudWatch Logs accepts only these retention values. */
const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];
function unique(label) {
    return (items, ctx) => {
        const seen = new Set();
        items.forEach((item, i) => {
            if (seen.has(item))
                ctx.addIssue({ code: 'custom', path: [i], message: `duplicate ${label} "${String(item)}": list each once` });
            seen.add(item);
        });
    };
}
const LocalState = zod_1.z.strictObject({ type: zod_1.z.literal('local') });
const S3State = zod_1.z.strictObject({
    type: zod_1.z.literal('s3'),
    /** The state bucket (see the state-bootstrap stack). */
    bucket: zod_1.z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (lowercase, 3-63 characters)'),
    /** @default the environment's region */
    region: zod_1.z.string().optional(),
    /** Each stack's state lives at `<keyPrefix>/<stack>.tfstate`. */
    keyPrefix: zod_1.z.string().regex(/^[\w.-]+(\/[\w.-]+)*$/, 'must be a path without leading or trailing "/"').default('bedrock-private'),
    /** KMS key for the state objects. @default the bucket's default encryption */
    kmsKeyId: zod_1.z.string().optional(),
    /** Only for teams on Terraform < 1.10, which lacks S3-native locking (use_lockfile). */
    dynamodbTable: zod_1.z.string().optional(),
});
const HcpState = zod_1.z.strictObject({
    type: zod_1.z.literal('hcp'),
    organization: zod_1.z.string().min(1, 'name your HCP Terraform organization'),
    hostname: zod_1.z.string().default('app.terraform.io'),
    /** Workspace per stack: `<workspacePrefix><stack>`. */
    workspacePrefix: zod_1.z.string().default(''),
});
const StateBackend = zod_1.z.discriminatedUnion('type', [LocalState, S3State, HcpState], {
    error: 'state.type must be "local", "s3" or "hcp"',
});
exports.EnvironmentFileSchema = zod_1.z
    .strictObject({
    /** The AWS account the environment deploys into; the provider refuses any other (allowed_account_ids). */
    accountId: zod_1.z.string().regex(/^\d{12}$/, 'must be the 12-digit AWS account id as a quoted string, e.g. "123456789012"'),
    /** A region where Bedrock is offered. */
    region: zod_1.z.string().refine((r) => bedrock_regions_1.STACK_REGION_NAMES.includes(r), {
        error: `is not a region these stacks deploy Bedrock to (Bedrock regions of the aws partition); use one of ${bedrock_regions_1.STACK_REGION_NAMES.join(', ')}`,
    }),
    /** The VPC block, /16 to /24. Subnets are carved from it, never typed by hand. */
    vpcCidr: zod_1.z.string(),
    /**
     * Availability Zone IDs (e.g. use1-az1), not names: IDs are the same zone in every account.
     * Subnet i gets the i-th block of the VPC, so append new AZs at the end.
     */
    azIds: zod_1.z.array(zod_1.z.string().regex(/^[a-z]+\d+-az\d+$/, 'must be an AZ ID such as "use1-az1" (AZ IDs, not names like us-east-1a)')).superRefine(unique('AZ ID')),
    /** Bits added to the VPC prefix for each subnet. @default 3 (eight /N+3 slots; room to add AZs later) */
    subnetNewBits: zod_1.z.number().int().min(1).max(8).default(3),
    /** Prefix of every name (buckets, roles, keys). @default "bedrock" */
    namePrefix: zod_1.z.string().regex(/^[a-z][a-z0-9-]{1,14}[a-z0-9]$/, 'must be 3-16 characters of a-z, 0-9 and "-"').default('bedrock'),
    tags: zod_1.z.strictObject({
        owner: zod_1.z.string().min(1, 'name the owning team'),
        costCentre: zod_1.z.string().min(1, 'give the cost centre'),
        /** Further tags on every resource. */
        extra: zod_1.z.record(zod_1.z.string(), zod_1.z.string()).default({}),
    }),
    endpoints: zod_1.z
        .strictObject({
        /** @default all four Bedrock services */
        services: zod_1.z.array(serviceName).min(1, 'enable at least one Bedrock endpoint service').superRefine(unique('service')).default([...bedrock_services_1.BEDROCK_SERVICE_NAMES]),
        /** Also require callers to belong to this AWS Organization (aws:PrincipalOrgID). @default not required */
        principalOrgId: zod_1.z.string().regex(/^o-[a-z0-9]{10,32}$/, 'must be an AWS Organizations id such as "o-a1b2c3d4e5"').optional(),
        /** Narrow callers further to these principals (aws:PrincipalArn). @default any principal of the account */
        allowedPrincipalArns: zod_1.z.array(iamPrincipalArn).default([]),
        /** Actions to add to a service's default endpoint policy. */
        extraActions: zod_1.z.partialRecord(serviceName, zod_1.z.array(action)).default({}),
        /** Default actions to remove from a service's endpoint policy. */
        removeActions: zod_1.z.partialRecord(serviceName, zod_1.z.array(action)).default({}),
    })
        .prefault({}),
    flowLogs: zod_1.z
        .strictObject({
        retentionDays: zod_1.z
            .number()
            .refine((n) => LOG_RETENTION_DAYS.includes(n), {
            error: `must be a CloudWatch Logs retention value: ${LOG_RETENTION_DAYS.join(', ')}`,
        })
            .default(365),
    })
        .prefault({}),
    /** Where Terraform state lives. @default local files (synth and tests need no AWS credentials) */
    state: StateBackend.default({ type: 'local' }),
    protection: zod_1.z
        .strictObject({
        /** lifecycle.prevent_destroy on keys and data buckets. @default true for "prod", false otherwise */
        preventDestroy: zod_1.z.boolean().optional(),
    })
        .prefault({}),
    keys: zod_1.z
        .strictObject({
        /** Principals that administer (but cannot use) the keys. */
        administratorArns: zod_1.z.array(iamPrincipalArn).default([]),
        /** Principals besides the customization role that create custom models (PermissionsEncryptCustomModel). */
        modelBuilderArns: zod_1.z.array(iamPrincipalArn).default([]),
        /** Principals that invoke custom models (PermissionsDecryptModel). */
        modelInvokerArns: zod_1.z.array(iamPrincipalArn).default([]),
        /** @default 30 */
        deletionWindowDays: zod_1.z.number().int().min(7, 'KMS allows 7 to 30 days').max(30, 'KMS allows 7 to 30 days').default(30),
        /** Seed 003's model-copy keys. @default off */
        modelCopy: zod_1.z
            .strictObject({
            /** Roles that copy models (PermissionsEncryptCopiedModel; PermissionsDecryptModel on the source key). */
            copyRoleArns: zod_1.z.array(iamPrincipalArn).min(1, 'name at least one model-copy role'),
            /** Principals that only invoke copied models (PermissionsDecryptCopiedModel). */
            copiedModelInvokerArns: zod_1.z.array(iamPrincipalArn).default([]),
        })
            .optional(),
    })
        .prefault({}),
    buckets: zod_1.z
        .strictObject({
        /** Days before noncurrent object versions expire. @default 90 */
        noncurrentVersionExpirationDays: zod_1.z.number().int().positive('must be a whole number of days greater than 0').default(90),
        /** Principals exempt from the VPC-only deny (data stewards, break-glass). @default none */
        exemptPrincipalArns: zod_1.z.array(iamPrincipalArn).default([]),
        /** Allow exempt principals from other accounts. @default false */
        allowCrossAccountExemptPrincipals: zod_1.z.boolean().default(false),
    })
        .prefault({}),
    jobs: zod_1.z
        .strictObject({
        /** Foundation model ids the batch inference role may invoke, e.g. "anthropic.claude-3-haiku-20240307-v1:0". */
        batchModelIds: zod_1.z.array(zod_1.z.string().regex(/^[a-z0-9-]+\.[\w.:-]+$/, 'must be a Bedrock model id such as "amazon.titan-text-lite-v1"')).default([]),
        /** Inference profile ids the batch role may invoke, e.g. "us.anthropic.claude-3-haiku-20240307-v1:0". */
        batchInferenceProfileIds: zod_1.z.array(zod_1.z.string().regex(/^[a-z]{2,4}\.[a-z0-9-]+\.[\w.:-]+$/, 'must be an inference profile id such as "us.amazon.nova-lite-v1:0"')).default([]),
    })
        .prefault({}),
    /**
     * Custom models trained by Terraform (aws_bedrock_custom_model) through CompliantCustomModel:
     * always in this VPC, with the custom-model key. @default none (the example is off)
     */
    customModels: zod_1.z
        .array(zod_1.z.strictObject({
        /** Construct ID and custom model name suffix; keep it stable. */
        name: zod_1.z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'must be 2-31 characters of a-z, 0-9 and "-"'),
        baseModelIdentifier: zod_1.z.string().min(1, 'name the base model, e.g. "amazon.titan-text-lite-v1:0:4k"'),
        customizationType: zod_1.z.enum(['FINE_TUNING', 'CONTINUED_PRE_TRAINING', 'DISTILLATION']).default('FINE_TUNING'),
        hyperparameters: zod_1.z.record(zod_1.z.string(), zod_1.z.string()),
        trainingObjectKey: zod_1.z.string().min(1, 'give the training file\'s key in the training bucket'),
        validationObjectKey: zod_1.z.string().min(1).optional(),
    }))
        .default([]),
})
    .superRefine((env, ctx) => {
    // Cross-field rules: AZ prefixes, CIDR capacity, exempt principal accounts.
    const prefix = (0, bedrock_regions_1.isBedrockRegion)(env.region) ? bedrock_regions_1.BEDROCK_REGIONS[env.region].azIdPrefix : undefined;
    if (env.azIds.length < 2) {
        ctx.addIssue({ code: 'custom', path: ['azIds'], message: 'list at least 2 AZ IDs: Bedrock recommends a subnet in each Availability Zone' });
    }
    if (prefix) {
        env.azIds.forEach((id, i) => {
            if (!id.startsWith(`${prefix}-`)) {
                ctx.addIssue({ code: 'custom', path: ['azIds', i], message: `"${id}" is not in ${env.region}; its AZ IDs start with "${prefix}-"` });
            }
        });
    }
    const vpc = (0, cidr_1.parseCidr)(env.vpcCidr);
    if (!vpc) {
        ctx.addIssue({ code: 'custom', path: ['vpcCidr'], message: `"${env.vpcCidr}" is not an IPv4 CIDR with host bits zero, e.g. "10.20.0.0/20"` });
    }
    else if (vpc.prefix < 16 || vpc.prefix > 24) {
        ctx.addIssue({ code: 'custom', path: ['vpcCidr'], message: `/${vpc.prefix} is outside what a VPC accepts here; use a block from /16 to /24` });
    }
    else if (vpc.prefix + env.subnetNewBits > 28) {
        ctx.addIssue({
            code: 'custom',
            path: ['vpcCidr'],
            message: `subnets would be /${vpc.prefix + env.subnetNewBits}, smaller than AWS's minimum /28; use a larger VPC block or fewer subnetNewBits`,
        });
    }
    else if (env.azIds.length > 2 ** env.subnetNewBits) {
        ctx.addIssue({
            code: 'custom',
            path: ['subnetNewBits'],
            message: `${env.azIds.length} AZs need ${env.azIds.length} subnets but ${env.subnetNewBits} bits give ${2 ** env.subnetNewBits}; raise subnetNewBits`,
        });
    }
    if (!env.buckets.allowCrossAccountExemptPrincipals) {
        env.buckets.exemptPrincipalArns.forEach((arn, i) => {
            const account = IAM_PRINCIPAL_ARN.exec(arn)?.[1];
            if (account && account !== env.accountId) {
                ctx.addIssue({
                    code: 'custom',
                    path: ['buckets', 'exemptPrincipalArns', i],
                    message: `${arn} is in account ${account}, not ${env.accountId}; set buckets.allowCrossAccountExemptPrincipals to true if that is intended`,
                });
            }
        });
    }
});
exports.ENVIRONMENT_NAME = /^[a-z][a-z0-9-]{0,14}[a-z0-9]$/;
/** Subnet i is the i-th block of `subnetNewBits` inside the VPC: disjoint and inside by construction. */
function planSubnets(vpcCidr, newBits, azIds) {
    const vpc = (0, cidr_1.parseCidr)(vpcCidr);
    if (!vpc)
        throw new Error(`invalid VPC CIDR ${vpcCidr}`);
    return azIds.map((azId, i) => ({ azId, cidr: (0, cidr_1.formatCidr)((0, cidr_1.cidrSubnet)(vpc, newBits, i)) }));
}
function deriveEnvironment(name, file) {
    return {
        ...file,
        name,
        stackName: (0, stacks_1.environmentStackName)(name),
        subnets: planSubnets(file.vpcCidr, file.subnetNewBits, file.azIds),
        protection: { preventDestroy: file.protection.preventDestroy ?? name === 'prod' },
    };
}
