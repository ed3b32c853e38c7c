"use strict";

// main.ts
var import_cdktf6 = require("cdktf");

// config/load.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// catalog/errors.ts
var PlatformError = class extends Error {
  constructor(message, options) {
    super(message, options);
  }
};
var UserError = class extends PlatformError {
  source = "user";
  name = "UserError";
};

// config/errors.ts
var ConfigError = class extends UserError {
  constructor(problems) {
    super(
      [
        `Invalid environment configuration (${problems.length} problem${problems.length === 1 ? "" : "s"}); nothing was synthesized:`,
        ...problems.map((p) => `  - environment "${p.environment}" (${p.file}): ${p.field}: ${p.message}`)
      ].join("\n")
    );
    this.problems = problems;
  }
  problems;
  name = "ConfigError";
};
function problemsFromZod(environment, file, error) {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join(".") : "(file)";
    let message = issue.message;
    if (issue.code === "unrecognized_keys") {
      message = `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}: remove ${issue.keys.length > 1 ? "them" : "it"} or fix the spelling (see help/adding-an-environment.md for the keys)`;
    } else if (issue.code === "invalid_type") {
      message = `${issue.message}: set ${field} to a ${issue.expected}`;
    }
    return { environment, file, field, message };
  });
}

// config/schema.ts
var import_zod = require("zod");

// catalog/bedrock-regions.ts
var BEDROCK_REGIONS = {
  "us-east-1": { azIdPrefix: "use1", partition: "aws" },
  "us-east-2": { azIdPrefix: "use2", partition: "aws" },
  "us-west-1": { azIdPrefix: "usw1", partition: "aws" },
  "us-west-2": { azIdPrefix: "usw2", partition: "aws" },
  "us-gov-east-1": { azIdPrefix: "usge1", partition: "aws-us-gov" },
  "us-gov-west-1": { azIdPrefix: "usgw1", partition: "aws-us-gov" },
  "ca-central-1": { azIdPrefix: "cac1", partition: "aws" },
  "ca-west-1": { azIdPrefix: "caw1", partition: "aws" },
  "sa-east-1": { azIdPrefix: "sae1", partition: "aws" },
  "eu-central-1": { azIdPrefix: "euc1", partition: "aws" },
  "eu-central-2": { azIdPrefix: "euc2", partition: "aws" },
  "eu-north-1": { azIdPrefix: "eun1", partition: "aws" },
  "eu-south-1": { azIdPrefix: "eus1", partition: "aws" },
  "eu-south-2": { azIdPrefix: "eus2", partition: "aws" },
  "eu-west-1": { azIdPrefix: "euw1", partition: "aws" },
  "eu-west-2": { azIdPrefix: "euw2", partition: "aws" },
  "eu-west-3": { azIdPrefix: "euw3", partition: "aws" },
  "ap-east-2": { azIdPrefix: "ape2", partition: "aws" },
  "ap-northeast-1": { azIdPrefix: "apne1", partition: "aws" },
  "ap-northeast-2": { azIdPrefix: "apne2", partition: "aws" },
  "ap-northeast-3": { azIdPrefix: "apne3", partition: "aws" },
  "ap-south-1": { azIdPrefix: "aps1", partition: "aws" },
  "ap-south-2": { azIdPrefix: "aps2", partition: "aws" },
  "ap-southeast-1": { azIdPrefix: "apse1", partition: "aws" },
  "ap-southeast-2": { azIdPrefix: "apse2", partition: "aws" },
  "ap-southeast-3": { azIdPrefix: "apse3", partition: "aws" },
  "ap-southeast-4": { azIdPrefix: "apse4", partition: "aws" },
  "ap-southeast-5": { azIdPrefix: "apse5", partition: "aws" },
  "ap-southeast-7": { azIdPrefix: "apse7", partition: "aws" },
  "il-central-1": { azIdPrefix: "ilc1", partition: "aws" },
  "me-central-1": { azIdPrefix: "mec1", partition: "aws" },
  "me-south-1": { azIdPrefix: "mes1", partition: "aws" }
};
function isBedrockRegion(region) {
  return Object.prototype.hasOwnProperty.call(BEDROCK_REGIONS, region);
}
var BEDROCK_REGION_NAMES = Object.keys(BEDROCK_REGIONS).sort();
var STACK_REGION_NAMES = BEDROCK_REGION_NAMES.filter((r) => BEDROCK_REGIONS[r].partition === "aws");

// catalog/bedrock-services.ts
var BEDROCK_SERVICES = {
  bedrock: {
    purpose: "control plane: model customization, batch inference jobs and custom models",
    defaultActions: [
      "bedrock:CreateModelCustomizationJob",
      "bedrock:GetModelCustomizationJob",
      "bedrock:ListModelCustomizationJobs",
      "bedrock:StopModelCustomizationJob",
      "bedrock:CreateModelInvocationJob",
      "bedrock:GetModelInvocationJob",
      "bedrock:ListModelInvocationJobs",
      "bedrock:StopModelInvocationJob",
      "bedrock:GetCustomModel",
      "bedrock:ListCustomModels",
      "bedrock:GetFoundationModel",
      "bedrock:ListFoundationModels",
      "bedrock:GetInferenceProfile",
      "bedrock:ListInferenceProfiles",
      "bedrock:ListTagsForResource",
      "bedrock:TagResource"
    ]
  },
  "bedrock-runtime": {
    purpose: "model invocation (InvokeModel, Converse and their streaming forms)",
    // Seed 004's example endpoint policy, exactly these two actions.
    defaultActions: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
  },
  "bedrock-agent": {
    purpose: "Agents and Knowledge Bases build-time API (read, and ingestion into knowledge bases)",
    defaultActions: [
      "bedrock:GetAgent",
      "bedrock:ListAgents",
      "bedrock:GetAgentAlias",
      "bedrock:ListAgentAliases",
      "bedrock:GetKnowledgeBase",
      "bedrock:ListKnowledgeBases",
      "bedrock:GetDataSource",
      "bedrock:ListDataSources",
      "bedrock:StartIngestionJob",
      "bedrock:GetIngestionJob",
      "bedrock:ListIngestionJobs"
    ]
  },
  "bedrock-agent-runtime": {
    purpose: "Agents and Knowledge Bases runtime API",
    defaultActions: ["bedrock:InvokeAgent", "bedrock:Retrieve", "bedrock:RetrieveAndGenerate"]
  }
};
var BEDROCK_SERVICE_NAMES = Object.keys(BEDROCK_SERVICES);
function endpointServiceName(region, service) {
  return `com.amazonaws.${region}.${service}`;
}

// catalog/stacks.ts
function environmentStackName(environment) {
  return `bedrock-${environment}`;
}
function stateBootstrapStackName(accountId) {
  return `state-bootstrap-${accountId}`;
}
var ENVIRONMENT_STACK_OUTPUTS = {
  environment: "Environment name",
  account_id: "AWS account id",
  region: "AWS region",
  vpc_id: "The private VPC",
  subnet_ids: "Private subnet ids, in configured AZ order",
  job_security_group_id: "Security group for Bedrock job ENIs (VpcConfig.securityGroupIds)",
  endpoint_security_group_id: "Security group on the Bedrock interface endpoints",
  s3_gateway_endpoint_id: "S3 gateway endpoint id (aws:SourceVpce in bucket policies)",
  interface_endpoint_ids: "Bedrock interface endpoint ids by service",
  interface_endpoint_dns_entries: "Bedrock interface endpoint DNS entries by service",
  customization_role_arn: "Service role for model customization jobs",
  batch_inference_role_arn: "Service role for batch inference jobs",
  job_submitter_policy_arn: "Managed policy to attach to people or CI that launch jobs",
  custom_model_kms_key_arn: "KMS key for custom models (customModelKmsKeyId)",
  custom_model_kms_key_alias: "Alias of the custom-model key",
  /** Only when keys.modelCopy is configured. */
  copied_model_kms_key_arn: "KMS key for copied models",
  /** Only when keys.modelCopy is configured. */
  copied_model_kms_key_alias: "Alias of the copied-model key",
  data_kms_key_arn: "KMS key of the data buckets",
  data_kms_key_alias: "Alias of the data key",
  logs_kms_key_arn: "KMS key of the log groups",
  logs_kms_key_alias: "Alias of the logs key",
  bucket_names: "Bucket names by purpose",
  bucket_arns: "Bucket ARNs by purpose",
  customization_job_request: "CreateModelCustomizationJob request fragment (SDK field names)",
  batch_inference_job_request: "CreateModelInvocationJob request fragment (SDK field names)",
  create_customization_job_cli: "aws bedrock create-model-customization-job with --vpc-config and --custom-model-kms-key-id prefilled",
  auditor_policy_json: "Read-only IAM policy for `bedrock-private audit` (help/audit.md)"
};
var STATE_BOOTSTRAP_STACK_OUTPUTS = {
  state_bucket: "State bucket (state.bucket)",
  state_kms_key_arn: "Key that encrypts the state objects",
  state_kms_key_alias: "Put this in state.kmsKeyId: without it the S3 backend writes state objects with SSE-S3, not this key",
  environments: "Environments whose state lives in this bucket"
};

// config/cidr.ts
var CIDR_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
function parseCidr(text) {
  const m = CIDR_RE.exec(text);
  if (!m) return void 0;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return void 0;
  const network = (octets[0] << 24 | octets[1] << 16 | octets[2] << 8 | octets[3]) >>> 0;
  if ((network & hostMask(prefix)) !== 0) return void 0;
  return { network, prefix };
}
function formatCidr(c) {
  const n = c.network;
  return `${n >>> 24}.${n >>> 16 & 255}.${n >>> 8 & 255}.${n & 255}/${c.prefix}`;
}
function hostMask(prefix) {
  return prefix === 0 ? 4294967295 : 2 ** (32 - prefix) - 1 >>> 0;
}
function cidrSubnet(parent, newBits, index) {
  const prefix = parent.prefix + newBits;
  if (prefix > 32) throw new Error(`cannot add ${newBits} bits to /${parent.prefix}`);
  if (index < 0 || index >= 2 ** newBits) throw new Error(`index ${index} does not fit in ${newBits} bits`);
  return { network: parent.network + index * 2 ** (32 - prefix) >>> 0, prefix };
}

// config/schema.ts
var IAM_PRINCIPAL_ARN = /^arn:aws:iam::(\d{12}):(root|role\/[\w+=,.@/-]+|user\/[\w+=,.@/-]+)$/;
var iamPrincipalArn = import_zod.z.string().regex(IAM_PRINCIPAL_ARN, 'must be an IAM role, user or account-root ARN such as "arn:aws:iam::123456789012:role/ModelBuilder"');
var action = import_zod.z.string().regex(/^bedrock:[A-Za-z*]+$/, 'must be a Bedrock IAM action such as "bedrock:InvokeModel"');
var serviceName = import_zod.z.enum(BEDROCK_SERVICE_NAMES, {
  error: `must be one of ${BEDROCK_SERVICE_NAMES.join(", ")} (the four Bedrock PrivateLink services)`
});
var LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];
function unique(label) {
  return (items, ctx) => {
    const seen = /* @__PURE__ */ new Set();
    items.forEach((item, i) => {
      if (seen.has(item)) ctx.addIssue({ code: "custom", path: [i], message: `duplicate ${label} "${String(item)}": list each once` });
      seen.add(item);
    });
  };
}
var LocalState = import_zod.z.strictObject({ type: import_zod.z.literal("local") });
var S3State = import_zod.z.strictObject({
  type: import_zod.z.literal("s3"),
  /** The state bucket (see the state-bootstrap stack). */
  bucket: import_zod.z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name (lowercase, 3-63 characters)"),
  /** @default the environment's region */
  region: import_zod.z.string().optional(),
  /** Each stack's state lives at `<keyPrefix>/<stack>.tfstate`. */
  keyPrefix: import_zod.z.string().regex(/^[\w.-]+(\/[\w.-]+)*$/, 'must be a path without leading or trailing "/"').default("bedrock-private"),
  /** KMS key for the state objects. @default the bucket's default encryption */
  kmsKeyId: import_zod.z.string().optional(),
  /** Only for teams on Terraform < 1.10, which lacks S3-native locking (use_lockfile). */
  dynamodbTable: import_zod.z.string().optional()
});
var HcpState = import_zod.z.strictObject({
  type: import_zod.z.literal("hcp"),
  organization: import_zod.z.string().min(1, "name your HCP Terraform organization"),
  hostname: import_zod.z.string().default("app.terraform.io"),
  /** Workspace per stack: `<workspacePrefix><stack>`. */
  workspacePrefix: import_zod.z.string().default("")
});
var StateBackend = import_zod.z.discriminatedUnion("type", [LocalState, S3State, HcpState], {
  error: 'state.type must be "local", "s3" or "hcp"'
});
var EnvironmentFileSchema = import_zod.z.strictObject({
  /** The AWS account the environment deploys into; the provider refuses any other (allowed_account_ids). */
  accountId: import_zod.z.string().regex(/^\d{12}$/, 'must be the 12-digit AWS account id as a quoted string, e.g. "123456789012"'),
  /** A region where Bedrock is offered. */
  region: import_zod.z.string().refine((r) => STACK_REGION_NAMES.includes(r), {
    error: `is not a region these stacks deploy Bedrock to (Bedrock regions of the aws partition); use one of ${STACK_REGION_NAMES.join(", ")}`
  }),
  /** The VPC block, /16 to /24. Subnets are carved from it, never typed by hand. */
  vpcCidr: import_zod.z.string(),
  /**
   * Availability Zone IDs (e.g. use1-az1), not names: IDs are the same zone in every account.
   * Subnet i gets the i-th block of the VPC, so append new AZs at the end.
   */
  azIds: import_zod.z.array(import_zod.z.string().regex(/^[a-z]+\d+-az\d+$/, 'must be an AZ ID such as "use1-az1" (AZ IDs, not names like us-east-1a)')).superRefine(unique("AZ ID")),
  /** Bits added to the VPC prefix for each subnet. @default 3 (eight /N+3 slots; room to add AZs later) */
  subnetNewBits: import_zod.z.number().int().min(1).max(8).default(3),
  /** Prefix of every name (buckets, roles, keys). @default "bedrock" */
  namePrefix: import_zod.z.string().regex(/^[a-z][a-z0-9-]{1,14}[a-z0-9]$/, 'must be 3-16 characters of a-z, 0-9 and "-"').default("bedrock"),
  tags: import_zod.z.strictObject({
    owner: import_zod.z.string().min(1, "name the owning team"),
    costCentre: import_zod.z.string().min(1, "give the cost centre"),
    /** Further tags on every resource. */
    extra: import_zod.z.record(import_zod.z.string(), import_zod.z.string()).default({})
  }),
  endpoints: import_zod.z.strictObject({
    /** @default all four Bedrock services */
    services: import_zod.z.array(serviceName).min(1, "enable at least one Bedrock endpoint service").superRefine(unique("service")).default([...BEDROCK_SERVICE_NAMES]),
    /** Also require callers to belong to this AWS Organization (aws:PrincipalOrgID). @default not required */
    principalOrgId: import_zod.z.string().regex(/^o-[a-z0-9]{10,32}$/, 'must be an AWS Organizations id such as "o-a1b2c3d4e5"').optional(),
    /** Narrow callers further to these principals (aws:PrincipalArn). @default any principal of the account */
    allowedPrincipalArns: import_zod.z.array(iamPrincipalArn).default([]),
    /** Actions to add to a service's default endpoint policy. */
    extraActions: import_zod.z.partialRecord(serviceName, import_zod.z.array(action)).default({}),
    /** Default actions to remove from a service's endpoint policy. */
    removeActions: import_zod.z.partialRecord(serviceName, import_zod.z.array(action)).default({})
  }).prefault({}),
  flowLogs: import_zod.z.strictObject({
    retentionDays: import_zod.z.number().refine((n) => LOG_RETENTION_DAYS.includes(n), {
      error: `must be a CloudWatch Logs retention value: ${LOG_RETENTION_DAYS.join(", ")}`
    }).default(365)
  }).prefault({}),
  /** Where Terraform state lives. @default local files (synth and tests need no AWS credentials) */
  state: StateBackend.default({ type: "local" }),
  protection: import_zod.z.strictObject({
    /** lifecycle.prevent_destroy on keys and data buckets. @default true for "prod", false otherwise */
    preventDestroy: import_zod.z.boolean().optional()
  }).prefault({}),
  keys: import_zod.z.strictObject({
    /** Principals that administer (but cannot use) the keys. */
    administratorArns: import_zod.z.array(iamPrincipalArn).default([]),
    /** Principals besides the customization role that create custom models (PermissionsEncryptCustomModel). */
    modelBuilderArns: import_zod.z.array(iamPrincipalArn).default([]),
    /** Principals that invoke custom models (PermissionsDecryptModel). */
    modelInvokerArns: import_zod.z.array(iamPrincipalArn).default([]),
    /** @default 30 */
    deletionWindowDays: import_zod.z.number().int().min(7, "KMS allows 7 to 30 days").max(30, "KMS allows 7 to 30 days").default(30),
    /** Seed 003's model-copy keys. @default off */
    modelCopy: import_zod.z.strictObject({
      /** Roles that copy models (PermissionsEncryptCopiedModel; PermissionsDecryptModel on the source key). */
      copyRoleArns: import_zod.z.array(iamPrincipalArn).min(1, "name at least one model-copy role"),
      /** Principals that only invoke copied models (PermissionsDecryptCopiedModel). */
      copiedModelInvokerArns: import_zod.z.array(iamPrincipalArn).default([])
    }).optional()
  }).prefault({}),
  buckets: import_zod.z.strictObject({
    /** Days before noncurrent object versions expire. @default 90 */
    noncurrentVersionExpirationDays: import_zod.z.number().int().positive("must be a whole number of days greater than 0").default(90),
    /** Principals exempt from the VPC-only deny (data stewards, break-glass). @default none */
    exemptPrincipalArns: import_zod.z.array(iamPrincipalArn).default([]),
    /** Allow exempt principals from other accounts. @default false */
    allowCrossAccountExemptPrincipals: import_zod.z.boolean().default(false)
  }).prefault({}),
  jobs: import_zod.z.strictObject({
    /** Foundation model ids the batch inference role may invoke, e.g. "anthropic.claude-3-haiku-20240307-v1:0". */
    batchModelIds: import_zod.z.array(import_zod.z.string().regex(/^[a-z0-9-]+\.[\w.:-]+$/, 'must be a Bedrock model id such as "amazon.titan-text-lite-v1"')).default([]),
    /** Inference profile ids the batch role may invoke, e.g. "us.anthropic.claude-3-haiku-20240307-v1:0". */
    batchInferenceProfileIds: import_zod.z.array(import_zod.z.string().regex(/^[a-z]{2,4}\.[a-z0-9-]+\.[\w.:-]+$/, 'must be an inference profile id such as "us.amazon.nova-lite-v1:0"')).default([])
  }).prefault({}),
  /**
   * Custom models trained by Terraform (aws_bedrock_custom_model) through CompliantCustomModel:
   * always in this VPC, with the custom-model key. @default none (the example is off)
   */
  customModels: import_zod.z.array(
    import_zod.z.strictObject({
      /** Construct ID and custom model name suffix; keep it stable. */
      name: import_zod.z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'must be 2-31 characters of a-z, 0-9 and "-"'),
      baseModelIdentifier: import_zod.z.string().min(1, 'name the base model, e.g. "amazon.titan-text-lite-v1:0:4k"'),
      customizationType: import_zod.z.enum(["FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION"]).default("FINE_TUNING"),
      hyperparameters: import_zod.z.record(import_zod.z.string(), import_zod.z.string()),
      trainingObjectKey: import_zod.z.string().min(1, "give the training file's key in the training bucket"),
      validationObjectKey: import_zod.z.string().min(1).optional()
    })
  ).default([])
}).superRefine((env, ctx) => {
  const prefix = isBedrockRegion(env.region) ? BEDROCK_REGIONS[env.region].azIdPrefix : void 0;
  if (env.azIds.length < 2) {
    ctx.addIssue({ code: "custom", path: ["azIds"], message: "list at least 2 AZ IDs: Bedrock recommends a subnet in each Availability Zone" });
  }
  if (prefix) {
    env.azIds.forEach((id, i) => {
      if (!id.startsWith(`${prefix}-`)) {
        ctx.addIssue({ code: "custom", path: ["azIds", i], message: `"${id}" is not in ${env.region}; its AZ IDs start with "${prefix}-"` });
      }
    });
  }
  const vpc = parseCidr(env.vpcCidr);
  if (!vpc) {
    ctx.addIssue({ code: "custom", path: ["vpcCidr"], message: `"${env.vpcCidr}" is not an IPv4 CIDR with host bits zero, e.g. "10.20.0.0/20"` });
  } else if (vpc.prefix < 16 || vpc.prefix > 24) {
    ctx.addIssue({ code: "custom", path: ["vpcCidr"], message: `/${vpc.prefix} is outside what a VPC accepts here; use a block from /16 to /24` });
  } else if (vpc.prefix + env.subnetNewBits > 28) {
    ctx.addIssue({
      code: "custom",
      path: ["vpcCidr"],
      message: `subnets would be /${vpc.prefix + env.subnetNewBits}, smaller than AWS's minimum /28; use a larger VPC block or fewer subnetNewBits`
    });
  } else if (env.azIds.length > 2 ** env.subnetNewBits) {
    ctx.addIssue({
      code: "custom",
      path: ["subnetNewBits"],
      message: `${env.azIds.length} AZs need ${env.azIds.length} subnets but ${env.subnetNewBits} bits give ${2 ** env.subnetNewBits}; raise subnetNewBits`
    });
  }
  if (!env.buckets.allowCrossAccountExemptPrincipals) {
    env.buckets.exemptPrincipalArns.forEach((arn, i) => {
      const account = IAM_PRINCIPAL_ARN.exec(arn)?.[1];
      if (account && account !== env.accountId) {
        ctx.addIssue({
          code: "custom",
          path: ["buckets", "exemptPrincipalArns", i],
          message: `${arn} is in account ${account}, not ${env.accountId}; set buckets.allowCrossAccountExemptPrincipals to true if that is intended`
        });
      }
    });
  }
});
var ENVIRONMENT_NAME = /^[a-z][a-z0-9-]{0,14}[a-z0-9]$/;
function planSubnets(vpcCidr, newBits, azIds) {
  const vpc = parseCidr(vpcCidr);
  if (!vpc) throw new Error(`invalid VPC CIDR ${vpcCidr}`);
  return azIds.map((azId, i) => ({ azId, cidr: formatCidr(cidrSubnet(vpc, newBits, i)) }));
}
function deriveEnvironment(name, file) {
  return {
    ...file,
    name,
    stackName: environmentStackName(name),
    subnets: planSubnets(file.vpcCidr, file.subnetNewBits, file.azIds),
    protection: { preventDestroy: file.protection.preventDestroy ?? name === "prod" }
  };
}

// catalog/buckets.ts
var DATA_BUCKET_PURPOSES = ["training", "validation", "customizationOutput", "batchInput", "batchOutput"];
var ALL_BUCKET_PURPOSES = [...DATA_BUCKET_PURPOSES, "accessLogs"];
var BUCKET_SLUG = {
  training: "training",
  validation: "validation",
  customizationOutput: "custom-output",
  batchInput: "batch-input",
  batchOutput: "batch-output",
  accessLogs: "access-logs"
};
var S3_BUCKET_NAME_MAX = 63;
function bucketName(scope, purpose) {
  return `${scope.namePrefix}-${scope.name}-${BUCKET_SLUG[purpose]}-${scope.accountId}-${scope.region}`;
}
function bucketNames(scope) {
  return Object.fromEntries(ALL_BUCKET_PURPOSES.map((p) => [p, bucketName(scope, p)]));
}
function s3Uri(bucket, key = "") {
  return `s3://${bucket}/${key}`;
}

// config/load.ts
var DEFAULT_ENV_DIR = (0, import_node_path.join)(__dirname, "environments");
function validateEnvironment(name, raw, file = `${name}.json`) {
  const problems = [];
  if (!ENVIRONMENT_NAME.test(name)) {
    problems.push({
      environment: name,
      file,
      field: "(name)",
      message: 'environment names are 2-16 characters of a-z, 0-9 and "-", starting with a letter; rename the file, e.g. "dev.json"'
    });
  }
  const parsed = EnvironmentFileSchema.safeParse(raw);
  if (!parsed.success) return { problems: [...problems, ...problemsFromZod(name, file, parsed.error)] };
  if (problems.length) return { problems };
  const config = deriveEnvironment(name, parsed.data);
  for (const purpose of ALL_BUCKET_PURPOSES) {
    const bucket = bucketName(config, purpose);
    if (bucket.length > S3_BUCKET_NAME_MAX) {
      problems.push({
        environment: name,
        file,
        field: "namePrefix",
        message: `bucket name "${bucket}" is ${bucket.length} characters, over S3's ${S3_BUCKET_NAME_MAX}; shorten namePrefix or the environment name`
      });
      break;
    }
  }
  return problems.length ? { problems } : { config, problems };
}
function validateEnvironments(entries) {
  const problems = [];
  const configs = [];
  for (const entry of entries) {
    const result = validateEnvironment(entry.name, entry.raw, entry.file);
    problems.push(...result.problems);
    if (result.config) configs.push(result.config);
  }
  if (problems.length) throw new ConfigError(problems);
  return configs;
}
function loadEnvironments(dir = process.env.BEDROCK_ENV_DIR ?? DEFAULT_ENV_DIR) {
  const files = (0, import_node_fs.readdirSync)(dir).filter((f) => f.endsWith(".json")).sort();
  if (files.length === 0) {
    throw new ConfigError([{ environment: "(none)", file: dir, field: "(directory)", message: "no environment files; add one, e.g. dev.json (see help/adding-an-environment.md)" }]);
  }
  const entries = files.map((f) => {
    const path = (0, import_node_path.join)(dir, f);
    const shown = (0, import_node_path.relative)(process.cwd(), path) || path;
    const name = (0, import_node_path.basename)(f, ".json");
    try {
      return { name, raw: JSON.parse((0, import_node_fs.readFileSync)(path, "utf8")), file: shown };
    } catch (e) {
      throw new ConfigError([{ environment: name, file: shown, field: "(file)", message: `not valid JSON (${e.message}); fix the syntax` }]);
    }
  });
  return validateEnvironments(entries);
}

// stacks/environment-stack.ts
var import_cdktf3 = require("cdktf");
var import_provider = require("@cdktf/provider-aws/lib/provider");

// modules/state/backend.ts
var import_cdktf = require("cdktf");
function configureBackend(stack, stackName, state, defaultRegion) {
  switch (state.type) {
    case "local":
      new import_cdktf.LocalBackend(stack, { path: `terraform.${stackName}.tfstate` });
      return;
    case "s3":
      new import_cdktf.S3Backend(stack, {
        bucket: state.bucket,
        key: `${state.keyPrefix}/${stackName}.tfstate`,
        region: state.region ?? defaultRegion,
        encrypt: true,
        ...state.kmsKeyId ? { kmsKeyId: state.kmsKeyId } : {},
        ...state.dynamodbTable ? { dynamodbTable: state.dynamodbTable } : {}
      });
      stack.addOverride("terraform.backend.s3.use_lockfile", true);
      return;
    case "hcp":
      new import_cdktf.CloudBackend(stack, {
        hostname: state.hostname,
        organization: state.organization,
        workspaces: new import_cdktf.NamedCloudWorkspace(`${state.workspacePrefix}${stackName}`)
      });
      return;
  }
}

// modules/network/private-network.ts
var import_constructs = require("constructs");
var import_vpc = require("@cdktf/provider-aws/lib/vpc");
var import_subnet = require("@cdktf/provider-aws/lib/subnet");
var import_route_table = require("@cdktf/provider-aws/lib/route-table");
var import_route_table_association = require("@cdktf/provider-aws/lib/route-table-association");
var import_default_security_group = require("@cdktf/provider-aws/lib/default-security-group");
var PrivateNetwork = class extends import_constructs.Construct {
  vpc;
  /** In the order of the configured AZ IDs. */
  subnets;
  routeTable;
  constructor(scope, id, props) {
    super(scope, id);
    if (props.subnets.length === 0) throw new Error(`${this.node.path}: a private network needs at least one subnet.`);
    this.vpc = new import_vpc.Vpc(this, "vpc", {
      cidrBlock: props.cidr,
      // Private DNS for interface endpoints needs both.
      enableDnsSupport: true,
      enableDnsHostnames: true,
      tags: { Name: `${props.namePrefix}-vpc` }
    });
    new import_default_security_group.DefaultSecurityGroup(this, "default-sg", { vpcId: this.vpc.id, ingress: [], egress: [], tags: { Name: `${props.namePrefix}-default-deny` } });
    this.routeTable = new import_route_table.RouteTable(this, "private-rt", { vpcId: this.vpc.id, tags: { Name: `${props.namePrefix}-private` } });
    this.subnets = props.subnets.map((plan) => {
      const subnet = new import_subnet.Subnet(this, `subnet-${plan.azId}`, {
        vpcId: this.vpc.id,
        cidrBlock: plan.cidr,
        availabilityZoneId: plan.azId,
        mapPublicIpOnLaunch: false,
        tags: { Name: `${props.namePrefix}-private-${plan.azId}` }
      });
      new import_route_table_association.RouteTableAssociation(this, `rta-${plan.azId}`, { subnetId: subnet.id, routeTableId: this.routeTable.id });
      return subnet;
    });
  }
};

// modules/network/security-groups.ts
var import_constructs2 = require("constructs");
var import_security_group = require("@cdktf/provider-aws/lib/security-group");
var import_vpc_security_group_ingress_rule = require("@cdktf/provider-aws/lib/vpc-security-group-ingress-rule");
var import_vpc_security_group_egress_rule = require("@cdktf/provider-aws/lib/vpc-security-group-egress-rule");
var HTTPS = { ipProtocol: "tcp", fromPort: 443, toPort: 443 };
var EndpointSecurityGroups = class extends import_constructs2.Construct {
  endpointSecurityGroup;
  jobSecurityGroup;
  constructor(scope, id, props) {
    super(scope, id);
    this.endpointSecurityGroup = new import_security_group.SecurityGroup(this, "endpoints", {
      name: `${props.namePrefix}-bedrock-endpoints`,
      description: "Bedrock interface endpoints: HTTPS in from job ENIs and the VPC only",
      vpcId: props.vpcId,
      tags: { Name: `${props.namePrefix}-bedrock-endpoints` }
    });
    this.jobSecurityGroup = new import_security_group.SecurityGroup(this, "jobs", {
      name: `${props.namePrefix}-bedrock-jobs`,
      description: "ENIs of Bedrock customization and batch inference jobs: HTTPS out to endpoints and S3 only",
      vpcId: props.vpcId,
      tags: { Name: `${props.namePrefix}-bedrock-jobs` }
    });
    new import_vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule(this, "endpoints-in-from-jobs", {
      ...HTTPS,
      securityGroupId: this.endpointSecurityGroup.id,
      referencedSecurityGroupId: this.jobSecurityGroup.id,
      description: "HTTPS from Bedrock job ENIs"
    });
    new import_vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule(this, "endpoints-in-from-vpc", {
      ...HTTPS,
      securityGroupId: this.endpointSecurityGroup.id,
      cidrIpv4: props.vpcCidr,
      description: "HTTPS from workloads inside this VPC"
    });
    new import_vpc_security_group_egress_rule.VpcSecurityGroupEgressRule(this, "jobs-out-to-endpoints", {
      ...HTTPS,
      securityGroupId: this.jobSecurityGroup.id,
      referencedSecurityGroupId: this.endpointSecurityGroup.id,
      description: "HTTPS to the Bedrock interface endpoints"
    });
  }
  /** The S3 egress rule needs the gateway endpoint's prefix list, which exists only once that endpoint does. */
  allowJobsToS3(prefixListId) {
    new import_vpc_security_group_egress_rule.VpcSecurityGroupEgressRule(this, "jobs-out-to-s3", {
      ...HTTPS,
      securityGroupId: this.jobSecurityGroup.id,
      prefixListId,
      description: "HTTPS to S3 through the gateway endpoint (its prefix list)"
    });
  }
};

// modules/network/flow-logs.ts
var import_constructs3 = require("constructs");
var import_cloudwatch_log_group = require("@cdktf/provider-aws/lib/cloudwatch-log-group");
var import_flow_log = require("@cdktf/provider-aws/lib/flow-log");
var import_iam_role = require("@cdktf/provider-aws/lib/iam-role");
var import_iam_role_policy = require("@cdktf/provider-aws/lib/iam-role-policy");

// modules/policy/document.ts
function policyDocument(kind, statements, id) {
  if (statements.length === 0) throw new Error("A policy document needs at least one statement.");
  const sids = /* @__PURE__ */ new Set();
  statements.forEach((s, i) => {
    const where = s.Sid ? `statement "${s.Sid}"` : `statement #${i + 1}`;
    if (kind === "resource" && s.Principal === void 0) {
      throw new Error(`${where} has no Principal; resource policies (bucket, key, endpoint, trust) need one.`);
    }
    if (kind === "identity" && s.Principal !== void 0) {
      throw new Error(`${where} has a Principal; identity policies must not name one.`);
    }
    if (s.Sid !== void 0) {
      if (sids.has(s.Sid)) throw new Error(`Duplicate Sid "${s.Sid}" in one policy document.`);
      sids.add(s.Sid);
    }
  });
  return id === void 0 ? { Version: "2012-10-17", Statement: statements } : { Version: "2012-10-17", Id: id, Statement: statements };
}
function policyJson(doc) {
  return JSON.stringify(doc);
}
function compactConditions(conditions) {
  const out = {};
  for (const [op, keys] of Object.entries(conditions)) {
    const kept = {};
    for (const [key, value] of Object.entries(keys)) {
      if (value === void 0) continue;
      if (Array.isArray(value) && value.length === 0) continue;
      kept[key] = value;
    }
    if (Object.keys(kept).length > 0) out[op] = kept;
  }
  return out;
}

// modules/policy/trust.ts
function serviceTrustPolicy(props) {
  return policyDocument("resource", [
    {
      Sid: "AllowServiceToAssumeForThisAccountOnly",
      Effect: "Allow",
      Principal: { Service: props.service },
      Action: "sts:AssumeRole",
      Condition: {
        StringEquals: { "aws:SourceAccount": props.sourceAccount },
        ArnLike: { "aws:SourceArn": props.sourceArnLike }
      }
    }
  ]);
}

// modules/network/flow-logs.ts
var VpcFlowLogs = class extends import_constructs3.Construct {
  logGroup;
  constructor(scope, id, props) {
    super(scope, id);
    this.logGroup = new import_cloudwatch_log_group.CloudwatchLogGroup(this, "log-group", {
      name: `/aws/vpc-flow-logs/${props.namePrefix}`,
      retentionInDays: props.retentionDays,
      kmsKeyId: props.kmsKeyArn
    });
    const role = new import_iam_role.IamRole(this, "role", {
      name: `${props.namePrefix}-flow-logs`,
      description: "Lets VPC Flow Logs deliver this VPC's flow records to its log group.",
      assumeRolePolicy: policyJson(
        serviceTrustPolicy({
          service: "vpc-flow-logs.amazonaws.com",
          sourceAccount: props.accountId,
          sourceArnLike: `arn:aws:ec2:${props.region}:${props.accountId}:vpc-flow-log/*`
        })
      )
    });
    new import_iam_role_policy.IamRolePolicy(this, "role-policy", {
      role: role.name,
      name: "deliver-to-log-group",
      policy: policyJson(
        policyDocument("identity", [
          {
            Sid: "DeliverFlowLogs",
            Effect: "Allow",
            Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
            Resource: [`${this.logGroup.arn}:*`]
          }
        ])
      )
    });
    new import_flow_log.FlowLog(this, "flow-log", {
      vpcId: props.vpcId,
      trafficType: "ALL",
      logDestinationType: "cloud-watch-logs",
      logDestination: this.logGroup.arn,
      iamRoleArn: role.arn,
      maxAggregationInterval: 60
    });
  }
};

// modules/endpoints/s3-gateway-endpoint.ts
var import_constructs4 = require("constructs");
var import_vpc_endpoint = require("@cdktf/provider-aws/lib/vpc-endpoint");

// modules/policy/s3.ts
function bucketAndObjectArns(bucket) {
  return [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`];
}
var S3_READ_ACTIONS = ["s3:GetObject", "s3:ListBucket"];
var S3_WRITE_ACTIONS = ["s3:GetObject", "s3:PutObject", "s3:ListBucket"];

// modules/endpoints/policies.ts
function s3GatewayEndpointPolicy(props) {
  const principalAccount = { StringEquals: { "aws:PrincipalAccount": props.accountId } };
  return policyDocument("resource", [
    {
      Sid: "RestrictAccessToTrainingBucket",
      Effect: "Allow",
      Principal: "*",
      Action: [...S3_READ_ACTIONS],
      Resource: props.readBuckets.flatMap(bucketAndObjectArns),
      Condition: principalAccount
    },
    {
      Sid: "RestrictAccessToOutputBuckets",
      Effect: "Allow",
      Principal: "*",
      Action: [...S3_WRITE_ACTIONS],
      Resource: props.writeBuckets.flatMap(bucketAndObjectArns),
      Condition: principalAccount
    }
  ]);
}
function endpointActions(service, extra = [], remove = []) {
  const removed = new Set(remove);
  const actions = /* @__PURE__ */ new Set([...BEDROCK_SERVICES[service].defaultActions.filter((a) => !removed.has(a)), ...extra]);
  if (actions.size === 0) throw new Error(`the ${service} endpoint policy would allow no action; remove fewer actions or disable the service`);
  return [...actions].sort();
}
function bedrockEndpointPolicy(props) {
  return policyDocument("resource", [
    {
      Sid: "AllowThisAccountOnly",
      Effect: "Allow",
      Principal: "*",
      Action: endpointActions(props.service, props.extraActions, props.removeActions),
      Resource: "*",
      Condition: compactConditions({
        StringEquals: { "aws:PrincipalAccount": props.accountId, "aws:PrincipalOrgID": props.principalOrgId },
        ArnLike: { "aws:PrincipalArn": props.allowedPrincipalArns ? [...props.allowedPrincipalArns] : void 0 }
      })
    }
  ]);
}

// modules/endpoints/s3-gateway-endpoint.ts
var S3GatewayEndpoint = class extends import_constructs4.Construct {
  endpoint;
  constructor(scope, id, props) {
    super(scope, id);
    if (props.routeTableIds.length === 0) throw new Error(`${this.node.path}: the S3 gateway endpoint needs at least one route table.`);
    this.endpoint = new import_vpc_endpoint.VpcEndpoint(this, "endpoint", {
      vpcId: props.vpcId,
      serviceName: endpointServiceName(props.region, "s3"),
      vpcEndpointType: "Gateway",
      routeTableIds: [...props.routeTableIds],
      policy: policyJson(s3GatewayEndpointPolicy(props)),
      tags: { Name: `${props.namePrefix}-s3-gateway` }
    });
  }
};

// modules/endpoints/bedrock-interface-endpoints.ts
var import_constructs5 = require("constructs");
var import_cdktf2 = require("cdktf");
var import_vpc_endpoint2 = require("@cdktf/provider-aws/lib/vpc-endpoint");
var import_data_aws_vpc_endpoint_service = require("@cdktf/provider-aws/lib/data-aws-vpc-endpoint-service");
var import_data_aws_availability_zone = require("@cdktf/provider-aws/lib/data-aws-availability-zone");
var BedrockInterfaceEndpoints = class extends import_constructs5.Construct {
  endpoints;
  constructor(scope, id, props) {
    super(scope, id);
    if (props.services.length === 0) throw new Error(`${this.node.path}: enable at least one Bedrock endpoint service.`);
    if (props.subnets.length === 0) throw new Error(`${this.node.path}: interface endpoints need at least one subnet.`);
    const azNames = props.subnets.map((s) => new import_data_aws_availability_zone.DataAwsAvailabilityZone(this, `az-${s.azId}`, { zoneId: s.azId }).name);
    const subnetIds = props.subnets.map((s) => s.subnetId);
    const endpoints = {};
    for (const service of props.services) {
      const serviceName2 = endpointServiceName(props.region, service);
      const offered = new import_data_aws_vpc_endpoint_service.DataAwsVpcEndpointService(this, `${service}-service`, { serviceName: serviceName2 });
      const usable = import_cdktf2.Fn.matchkeys(subnetIds, azNames, offered.availabilityZones);
      endpoints[service] = new import_vpc_endpoint2.VpcEndpoint(this, service, {
        vpcId: props.vpcId,
        serviceName: serviceName2,
        vpcEndpointType: "Interface",
        privateDnsEnabled: true,
        securityGroupIds: [props.securityGroupId],
        subnetIds: usable,
        policy: policyJson(
          bedrockEndpointPolicy({
            service,
            accountId: props.accountId,
            principalOrgId: props.principalOrgId,
            allowedPrincipalArns: props.allowedPrincipalArns?.length ? props.allowedPrincipalArns : void 0,
            extraActions: props.extraActions?.[service],
            removeActions: props.removeActions?.[service]
          })
        ),
        tags: { Name: `${props.namePrefix}-${service}` },
        lifecycle: {
          precondition: [
            {
              condition: import_cdktf2.Op.gte(import_cdktf2.Fn.lengthOf(usable), 1),
              errorMessage: `${serviceName2} is offered in none of this environment's AZs; add an AZ ID where it is offered (aws ec2 describe-vpc-endpoint-services --service-names ${serviceName2}).`
            }
          ]
        }
      });
    }
    this.endpoints = endpoints;
  }
};

// modules/data-protection/data-protection.ts
var import_constructs8 = require("constructs");

// modules/keys/managed-key.ts
var import_constructs6 = require("constructs");
var import_kms_key = require("@cdktf/provider-aws/lib/kms-key");
var import_kms_alias = require("@cdktf/provider-aws/lib/kms-alias");
var ManagedKey = class extends import_constructs6.Construct {
  key;
  alias;
  constructor(scope, id, props) {
    super(scope, id);
    if (props.deletionWindowDays < 7 || props.deletionWindowDays > 30) {
      throw new Error(`${this.node.path}: deletionWindowDays must be 7 to 30 (got ${props.deletionWindowDays}).`);
    }
    this.key = new import_kms_key.KmsKey(this, "key", {
      description: props.description,
      enableKeyRotation: true,
      deletionWindowInDays: props.deletionWindowDays,
      policy: policyJson(props.policy),
      lifecycle: { preventDestroy: props.preventDestroy }
    });
    this.alias = new import_kms_alias.KmsAlias(this, "alias", { name: `alias/${props.alias}`, targetKeyId: this.key.keyId });
  }
};

// modules/keys/key-policies.ts
var MODEL_ENCRYPT_ACTIONS = ["kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey", "kms:CreateGrant"];
var MODEL_DECRYPT_ACTIONS = ["kms:Decrypt"];
var KEY_ADMIN_ACTIONS = [
  "kms:CancelKeyDeletion",
  "kms:Create*",
  "kms:Delete*",
  "kms:Describe*",
  "kms:Disable*",
  "kms:Enable*",
  "kms:Get*",
  "kms:List*",
  "kms:Put*",
  "kms:Revoke*",
  "kms:RotateKeyOnDemand",
  "kms:ScheduleKeyDeletion",
  "kms:TagResource",
  "kms:UntagResource",
  "kms:Update*"
];
function rootAdministration(accountId) {
  return {
    Sid: "EnableRootAccountAdministration",
    Effect: "Allow",
    Principal: { AWS: `arn:aws:iam::${accountId}:root` },
    Action: "kms:*",
    Resource: "*"
  };
}
function baseStatements(props) {
  const statements = [rootAdministration(props.accountId)];
  if (props.administratorArns?.length) {
    statements.push({
      Sid: "AllowKeyAdministration",
      Effect: "Allow",
      Principal: { AWS: [...props.administratorArns] },
      Action: [...KEY_ADMIN_ACTIONS],
      Resource: "*"
    });
  }
  return statements;
}
function viaBedrock(region) {
  return { StringLike: { "kms:ViaService": [`bedrock.${region}.amazonaws.com`] } };
}
function bedrockStatement(sid, principals, actions, region) {
  return { Sid: sid, Effect: "Allow", Principal: { AWS: [...principals] }, Action: [...actions], Resource: "*", Condition: viaBedrock(region) };
}
function customModelKeyPolicy(props) {
  if (props.encryptPrincipals.length === 0) throw new Error("the custom-model key needs at least one principal that creates custom models");
  const decrypters = [...props.decryptPrincipals, ...props.copySourcePrincipals ?? []];
  return policyDocument(
    "resource",
    [
      ...baseStatements(props),
      bedrockStatement("PermissionsEncryptCustomModel", props.encryptPrincipals, MODEL_ENCRYPT_ACTIONS, props.region),
      ...decrypters.length ? [bedrockStatement("PermissionsDecryptModel", decrypters, MODEL_DECRYPT_ACTIONS, props.region)] : []
    ],
    "PermissionsCustomModelKey"
  );
}
function copiedModelKeyPolicy(props) {
  return policyDocument(
    "resource",
    [
      ...baseStatements(props),
      bedrockStatement("PermissionsEncryptCopiedModel", props.copyRoleArns, MODEL_ENCRYPT_ACTIONS, props.region),
      ...props.invokerArns.length ? [bedrockStatement("PermissionsDecryptCopiedModel", props.invokerArns, MODEL_DECRYPT_ACTIONS, props.region)] : []
    ],
    "PermissionsCopiedModelKey"
  );
}
function dataKeyPolicy(props) {
  return policyDocument("resource", [
    ...baseStatements(props),
    {
      Sid: "AllowJobRolesThroughS3Only",
      Effect: "Allow",
      Principal: { AWS: [...props.userArns] },
      Action: ["kms:Decrypt", "kms:GenerateDataKey"],
      Resource: "*",
      Condition: {
        StringEquals: { "kms:ViaService": `s3.${props.region}.amazonaws.com`, "kms:CallerAccount": props.accountId }
      }
    }
  ]);
}
function logsKeyPolicy(props) {
  return policyDocument("resource", [
    ...baseStatements(props),
    {
      Sid: "AllowCloudWatchLogsForThisAccountsLogGroups",
      Effect: "Allow",
      Principal: { Service: `logs.${props.region}.amazonaws.com` },
      Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
      Resource: "*",
      Condition: {
        ArnLike: { "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:${props.region}:${props.accountId}:log-group:*` }
      }
    }
  ]);
}

// modules/buckets/secure-bucket.ts
var import_constructs7 = require("constructs");
var import_s3_bucket = require("@cdktf/provider-aws/lib/s3-bucket");
var import_s3_bucket_public_access_block = require("@cdktf/provider-aws/lib/s3-bucket-public-access-block");
var import_s3_bucket_ownership_controls = require("@cdktf/provider-aws/lib/s3-bucket-ownership-controls");
var import_s3_bucket_server_side_encryption_configuration = require("@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration");
var import_s3_bucket_versioning = require("@cdktf/provider-aws/lib/s3-bucket-versioning");
var import_s3_bucket_lifecycle_configuration = require("@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration");
var import_s3_bucket_logging = require("@cdktf/provider-aws/lib/s3-bucket-logging");
var import_s3_bucket_policy = require("@cdktf/provider-aws/lib/s3-bucket-policy");
var SecureBucket = class extends import_constructs7.Construct {
  bucket;
  constructor(scope, id, props) {
    super(scope, id);
    if (!Number.isInteger(props.noncurrentVersionExpirationDays) || props.noncurrentVersionExpirationDays <= 0) {
      throw new Error(`${this.node.path}: noncurrentVersionExpirationDays must be a whole number above 0.`);
    }
    this.bucket = new import_s3_bucket.S3Bucket(this, "bucket", {
      bucket: props.bucketName,
      forceDestroy: false,
      lifecycle: { preventDestroy: props.preventDestroy }
    });
    const bucket = this.bucket.id;
    new import_s3_bucket_public_access_block.S3BucketPublicAccessBlock(this, "public-access-block", {
      bucket,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true
    });
    new import_s3_bucket_ownership_controls.S3BucketOwnershipControls(this, "ownership", { bucket, rule: { objectOwnership: "BucketOwnerEnforced" } });
    new import_s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationA(this, "encryption", {
      bucket,
      rule: [
        props.encryption.kind === "kms" ? { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: props.encryption.keyArn }, bucketKeyEnabled: true } : { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }
      ]
    });
    new import_s3_bucket_versioning.S3BucketVersioningA(this, "versioning", { bucket, versioningConfiguration: { status: "Enabled" } });
    new import_s3_bucket_lifecycle_configuration.S3BucketLifecycleConfiguration(this, "lifecycle", {
      bucket,
      rule: [
        {
          id: "abort-incomplete-multipart-uploads",
          status: "Enabled",
          filter: [{ prefix: "" }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }]
        },
        {
          id: "expire-noncurrent-versions",
          status: "Enabled",
          filter: [{ prefix: "" }],
          noncurrentVersionExpiration: [{ noncurrentDays: props.noncurrentVersionExpirationDays }],
          ...props.expirationDays ? { expiration: [{ days: props.expirationDays }] } : {}
        }
      ]
    });
    if (props.accessLogs) {
      new import_s3_bucket_logging.S3BucketLoggingA(this, "access-logging", {
        bucket,
        targetBucket: props.accessLogs.targetBucket,
        targetPrefix: props.accessLogs.targetPrefix
      });
    }
    new import_s3_bucket_policy.S3BucketPolicy(this, "policy", { bucket, policy: policyJson(props.policy) });
  }
};

// modules/buckets/bucket-policies.ts
var VPC_ONLY_ACTIONS = [
  "s3:GetObject",
  "s3:PutObject",
  "s3:ListBucket",
  "s3:GetObjectVersion",
  "s3:ListBucketVersions",
  "s3:DeleteObject",
  "s3:DeleteObjectVersion"
];
function tlsOnlyStatement(bucket) {
  return {
    Sid: "DenyInsecureTransport",
    Effect: "Deny",
    Principal: "*",
    Action: "s3:*",
    Resource: bucketAndObjectArns(bucket),
    Condition: { Bool: { "aws:SecureTransport": "false" } }
  };
}
function vpcOnlyStatement(props) {
  return {
    Sid: "DenyDataAccessOutsideVpc",
    Effect: "Deny",
    Principal: "*",
    Action: [...VPC_ONLY_ACTIONS],
    Resource: bucketAndObjectArns(props.bucket),
    Condition: compactConditions({
      StringNotEquals: { "aws:SourceVpc": props.vpcId, "aws:SourceVpce": props.vpcEndpointId },
      ArnNotLike: { "aws:PrincipalArn": [...props.exemptPrincipalArns] }
    })
  };
}
function vpcOnlyBucketPolicy(props) {
  return policyDocument("resource", [tlsOnlyStatement(props.bucket), vpcOnlyStatement(props)]);
}
function accessLogBucketPolicy(props) {
  return policyDocument("resource", [
    tlsOnlyStatement(props.bucket),
    {
      Sid: "AllowS3ServerAccessLogDelivery",
      Effect: "Allow",
      Principal: { Service: "logging.s3.amazonaws.com" },
      Action: "s3:PutObject",
      Resource: `arn:aws:s3:::${props.bucket}/*`,
      Condition: {
        StringEquals: { "aws:SourceAccount": props.accountId },
        ArnLike: { "aws:SourceArn": [...props.sourceBucketArns] }
      }
    }
  ]);
}

// modules/data-protection/data-protection.ts
var ACCESS_LOG_RETENTION_DAYS = 365;
var DataProtection = class extends import_constructs8.Construct {
  customModelKey;
  copiedModelKey;
  dataKey;
  logsKey;
  accessLogBucket;
  dataBuckets;
  constructor(scope, id, props) {
    super(scope, id);
    const base = { accountId: props.accountId, region: props.region, administratorArns: props.keyAdministratorArns ?? [] };
    const keyDefaults = { deletionWindowDays: props.deletionWindowDays, preventDestroy: props.preventDestroy };
    this.customModelKey = new ManagedKey(this, "custom-model-key", {
      ...keyDefaults,
      alias: `${props.namePrefix}-custom-models`,
      description: "Encrypts Bedrock custom models (seed 003 key policy)",
      policy: customModelKeyPolicy({
        ...base,
        encryptPrincipals: [props.customizationRoleArn, ...props.modelBuilderArns ?? []],
        decryptPrincipals: [props.batchInferenceRoleArn, ...props.modelInvokerArns ?? []],
        copySourcePrincipals: props.modelCopy?.copyRoleArns
      })
    });
    if (props.modelCopy) {
      this.copiedModelKey = new ManagedKey(this, "copied-model-key", {
        ...keyDefaults,
        alias: `${props.namePrefix}-copied-models`,
        description: "Encrypts Bedrock copied models (seed 003 key policy)",
        policy: copiedModelKeyPolicy({ ...base, copyRoleArns: props.modelCopy.copyRoleArns, invokerArns: props.modelCopy.copiedModelInvokerArns })
      });
    }
    this.dataKey = new ManagedKey(this, "data-key", {
      ...keyDefaults,
      alias: `${props.namePrefix}-data`,
      description: "Encrypts the Bedrock training, validation, output and batch data buckets",
      policy: dataKeyPolicy({ ...base, userArns: [props.customizationRoleArn, props.batchInferenceRoleArn] })
    });
    this.logsKey = new ManagedKey(this, "logs-key", {
      ...keyDefaults,
      alias: `${props.namePrefix}-logs`,
      description: "Encrypts the environment's CloudWatch log groups",
      policy: logsKeyPolicy(base)
    });
    const logBucket = props.bucketNames.accessLogs;
    this.accessLogBucket = new SecureBucket(this, "bucket-accessLogs", {
      bucketName: logBucket,
      // Server access log delivery supports only SSE-S3 on the target bucket.
      encryption: { kind: "s3" },
      policy: accessLogBucketPolicy({
        bucket: logBucket,
        accountId: props.accountId,
        sourceBucketArns: DATA_BUCKET_PURPOSES.map((p) => `arn:aws:s3:::${props.bucketNames[p]}`)
      }),
      noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays,
      expirationDays: ACCESS_LOG_RETENTION_DAYS,
      preventDestroy: props.preventDestroy
    });
    const buckets = {};
    for (const purpose of DATA_BUCKET_PURPOSES) {
      const name = props.bucketNames[purpose];
      buckets[purpose] = new SecureBucket(this, `bucket-${purpose}`, {
        bucketName: name,
        encryption: { kind: "kms", keyArn: this.dataKey.key.arn },
        policy: vpcOnlyBucketPolicy({
          bucket: name,
          vpcId: props.vpcId,
          vpcEndpointId: props.s3GatewayEndpointId,
          exemptPrincipalArns: props.exemptPrincipalArns ?? []
        }),
        noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays,
        accessLogs: { targetBucket: this.accessLogBucket.bucket.id, targetPrefix: `${name}/` },
        preventDestroy: props.preventDestroy
      });
    }
    this.dataBuckets = buckets;
  }
};

// modules/job-roles/job-identities.ts
var import_constructs10 = require("constructs");
var import_iam_policy = require("@cdktf/provider-aws/lib/iam-policy");

// catalog/seed-eni-statements.ts
var ENI_DESCRIBE_ACTIONS = [
  "ec2:DescribeNetworkInterfaces",
  "ec2:DescribeVpcs",
  "ec2:DescribeDhcpOptions",
  "ec2:DescribeSubnets",
  "ec2:DescribeSecurityGroups"
];
function subnetArn(scope, subnetId) {
  return `arn:aws:ec2:${scope.region}:${scope.accountId}:subnet/${subnetId}`;
}
function securityGroupArn(scope, groupId) {
  return `arn:aws:ec2:${scope.region}:${scope.accountId}:security-group/${groupId}`;
}
function networkInterfaces(scope) {
  return `arn:aws:ec2:${scope.region}:${scope.accountId}:network-interface/*`;
}
function tagEnisOnCreate(scope, jobTagKey) {
  return {
    Effect: "Allow",
    Action: ["ec2:CreateTags"],
    Resource: networkInterfaces(scope),
    Condition: {
      StringEquals: { "ec2:CreateAction": ["CreateNetworkInterface"] },
      "ForAllValues:StringEquals": { "aws:TagKeys": ["BedrockManaged", jobTagKey] }
    }
  };
}
function customizationJobEniStatements(scope, { jobArns: jobs, jobTagKey }) {
  const subnets = scope.subnetIds.map((id) => subnetArn(scope, id));
  return [
    { Effect: "Allow", Action: [...ENI_DESCRIBE_ACTIONS], Resource: "*" },
    {
      Effect: "Allow",
      Action: ["ec2:CreateNetworkInterface"],
      Resource: [networkInterfaces(scope)],
      Condition: {
        StringEquals: { "aws:RequestTag/BedrockManaged": ["true"] },
        ArnEquals: { [`aws:RequestTag/${jobTagKey}`]: [jobs] }
      }
    },
    {
      Effect: "Allow",
      Action: ["ec2:CreateNetworkInterface"],
      Resource: [...subnets, securityGroupArn(scope, scope.securityGroupId)]
    },
    {
      Effect: "Allow",
      Action: ["ec2:CreateNetworkInterfacePermission", "ec2:DeleteNetworkInterface", "ec2:DeleteNetworkInterfacePermission"],
      Resource: "*",
      Condition: {
        ArnEquals: { "ec2:Subnet": subnets, [`ec2:ResourceTag/${jobTagKey}`]: [jobs] },
        StringEquals: { "ec2:ResourceTag/BedrockManaged": "true" }
      }
    },
    tagEnisOnCreate(scope, jobTagKey)
  ];
}
function batchInferenceJobEniStatements(scope, { jobArns: jobs, jobTagKey }) {
  const subnets = scope.subnetIds.map((id) => subnetArn(scope, id));
  return [
    { Sid: "1", Effect: "Allow", Action: [...ENI_DESCRIBE_ACTIONS], Resource: ["*"] },
    {
      Sid: "2",
      Effect: "Allow",
      Action: ["ec2:CreateNetworkInterface"],
      Resource: [networkInterfaces(scope), ...subnets, securityGroupArn(scope, scope.securityGroupId)],
      Condition: {
        StringEquals: { "aws:RequestTag/BedrockManaged": ["true"] },
        ArnEquals: { [`aws:RequestTag/${jobTagKey}`]: [jobs] }
      }
    },
    {
      Sid: "3",
      Effect: "Allow",
      Action: ["ec2:CreateNetworkInterfacePermission", "ec2:DeleteNetworkInterface", "ec2:DeleteNetworkInterfacePermission"],
      Resource: ["*"],
      Condition: {
        StringEquals: { "ec2:Subnet": subnets },
        ArnEquals: { [`ec2:ResourceTag/${jobTagKey}`]: [jobs] }
      }
    },
    { Sid: "4", ...tagEnisOnCreate(scope, jobTagKey) }
  ];
}

// catalog/job-kinds.ts
var JOB_KINDS = {
  customization: {
    label: "model customization",
    arnType: "model-customization-job",
    eniTagKey: "BedrockModelCustomizationJobArn",
    seed: "seed 000",
    eniStatements: customizationJobEniStatements,
    cliVerb: "customize",
    createOperation: "CreateModelCustomizationJob",
    roleOutput: "customization_role_arn",
    roleConstructId: "customization-role",
    roleNameSuffix: "customization-job",
    readBuckets: ["training", "validation"],
    writeBuckets: ["customizationOutput"]
  },
  batchInference: {
    label: "batch inference",
    arnType: "model-invocation-job",
    eniTagKey: "BedrockModelInvocationJobArn",
    seed: "seed 001",
    eniStatements: batchInferenceJobEniStatements,
    cliVerb: "batch",
    createOperation: "CreateModelInvocationJob",
    roleOutput: "batch_inference_role_arn",
    roleConstructId: "batch-inference-role",
    roleNameSuffix: "batch-inference-job",
    readBuckets: ["batchInput"],
    writeBuckets: ["batchOutput"]
  }
};
var JOB_KIND_NAMES = Object.keys(JOB_KINDS);
function jobArnPattern(kind, region, accountId) {
  return `arn:aws:bedrock:${region}:${accountId}:${JOB_KINDS[kind].arnType}/*`;
}
function jobKindOfArnType(arnType) {
  return JOB_KIND_NAMES.find((kind) => JOB_KINDS[kind].arnType === arnType);
}
function jobEniStatements(kind, scope) {
  const spec = JOB_KINDS[kind];
  return spec.eniStatements(scope, { jobArns: jobArnPattern(kind, scope.region, scope.accountId), jobTagKey: spec.eniTagKey });
}

// modules/job-roles/bedrock-job-role.ts
var import_constructs9 = require("constructs");
var import_iam_role2 = require("@cdktf/provider-aws/lib/iam-role");
var import_iam_role_policy2 = require("@cdktf/provider-aws/lib/iam-role-policy");

// modules/job-roles/job-role-policies.ts
function jobDataPolicy(access) {
  return policyDocument("identity", [
    { Sid: "ReadInputData", Effect: "Allow", Action: [...S3_READ_ACTIONS], Resource: access.readBuckets.flatMap(bucketAndObjectArns) },
    { Sid: "WriteOutputData", Effect: "Allow", Action: [...S3_WRITE_ACTIONS], Resource: access.writeBuckets.flatMap(bucketAndObjectArns) },
    {
      Sid: "UseDataKeyThroughS3",
      Effect: "Allow",
      Action: ["kms:Decrypt", "kms:GenerateDataKey"],
      Resource: access.dataKeyArn,
      Condition: { StringEquals: { "kms:ViaService": `s3.${access.region}.amazonaws.com` } }
    }
  ]);
}
function jobEniPolicy(kind, scope) {
  return policyDocument("identity", jobEniStatements(kind, scope));
}
function profileModelId(profileId) {
  return profileId.slice(profileId.indexOf(".") + 1);
}
function invokeModelsPolicy(props) {
  const statements = [];
  if (props.modelIds.length) {
    statements.push({
      Sid: "InvokeConfiguredModels",
      Effect: "Allow",
      Action: ["bedrock:InvokeModel"],
      Resource: props.modelIds.map((id) => `arn:aws:bedrock:${props.region}::foundation-model/${id}`)
    });
  }
  if (props.inferenceProfileIds.length) {
    const profileArns = props.inferenceProfileIds.map((id) => `arn:aws:bedrock:${props.region}:${props.accountId}:inference-profile/${id}`);
    statements.push({ Sid: "InvokeConfiguredInferenceProfiles", Effect: "Allow", Action: ["bedrock:InvokeModel"], Resource: profileArns });
    statements.push({
      Sid: "InvokeProfileModelsThroughProfileOnly",
      Effect: "Allow",
      Action: ["bedrock:InvokeModel"],
      Resource: props.inferenceProfileIds.map((id) => `arn:aws:bedrock:*::foundation-model/${profileModelId(id)}`),
      Condition: { StringLike: { "bedrock:InferenceProfileArn": profileArns } }
    });
  }
  return statements.length ? policyDocument("identity", statements) : void 0;
}

// modules/job-roles/bedrock-job-role.ts
var BedrockJobRole = class extends import_constructs9.Construct {
  role;
  constructor(scope, id, props) {
    super(scope, id);
    if (props.eniScope.subnetIds.length === 0) throw new Error(`${this.node.path}: a job role needs at least one subnet to scope its ENI permissions to.`);
    const { region, accountId } = props.eniScope;
    this.role = new import_iam_role2.IamRole(this, "role", {
      name: props.roleName,
      description: props.description,
      assumeRolePolicy: policyJson(
        serviceTrustPolicy({ service: "bedrock.amazonaws.com", sourceAccount: accountId, sourceArnLike: jobArnPattern(props.kind, region, accountId) })
      )
    });
    this.addPolicy("vpc-eni", jobEniPolicy(props.kind, props.eniScope));
  }
  /** Attaches an inline policy; `name` is also the construct ID, so keep it stable. */
  addPolicy(name, document) {
    new import_iam_role_policy2.IamRolePolicy(this, name, { role: this.role.name, name, policy: policyJson(document) });
  }
};

// modules/job-roles/submitter-policy.ts
function jobSubmitterPolicy(props) {
  const arn = (type, account = props.accountId) => `arn:aws:bedrock:${props.region}:${account}:${type}`;
  const customizationJobs = jobArnPattern("customization", props.region, props.accountId);
  const invocationJobs = jobArnPattern("batchInference", props.region, props.accountId);
  const customModels = arn("custom-model/*");
  const foundationModels = arn("foundation-model/*", "");
  const inferenceProfiles = arn("inference-profile/*");
  return policyDocument("identity", [
    {
      Sid: "ManageCustomizationJobs",
      Effect: "Allow",
      Action: ["bedrock:CreateModelCustomizationJob", "bedrock:GetModelCustomizationJob", "bedrock:StopModelCustomizationJob"],
      Resource: [customizationJobs, customModels, foundationModels]
    },
    {
      Sid: "ManageInvocationJobs",
      Effect: "Allow",
      Action: ["bedrock:CreateModelInvocationJob", "bedrock:GetModelInvocationJob", "bedrock:StopModelInvocationJob"],
      Resource: [invocationJobs, foundationModels, inferenceProfiles, customModels]
    },
    {
      // List actions support no resource-level permissions.
      Sid: "ListJobs",
      Effect: "Allow",
      Action: ["bedrock:ListModelCustomizationJobs", "bedrock:ListModelInvocationJobs"],
      Resource: "*"
    },
    {
      Sid: "TagJobsAndModels",
      Effect: "Allow",
      Action: ["bedrock:TagResource", "bedrock:ListTagsForResource"],
      Resource: [customizationJobs, invocationJobs, customModels]
    },
    {
      Sid: "PassOnlyTheJobRolesToBedrock",
      Effect: "Allow",
      Action: "iam:PassRole",
      Resource: [...props.passableRoleArns],
      Condition: { StringEquals: { "iam:PassedToService": "bedrock.amazonaws.com" } }
    }
  ]);
}

// modules/job-roles/job-identities.ts
var JobIdentities = class extends import_constructs10.Construct {
  roles;
  submitterPolicy;
  region;
  constructor(scope, id, props) {
    super(scope, id);
    this.region = props.region;
    const eniScope = { region: props.region, accountId: props.accountId, subnetIds: props.subnetIds, securityGroupId: props.jobSecurityGroupId };
    const roles = {};
    for (const kind of JOB_KIND_NAMES) {
      const spec = JOB_KINDS[kind];
      roles[kind] = new BedrockJobRole(this, spec.roleConstructId, {
        kind,
        roleName: `${props.namePrefix}-${spec.roleNameSuffix}`,
        description: `Assumed by Bedrock ${spec.label} jobs of this environment (VPC only)`,
        eniScope
      });
    }
    this.roles = roles;
    const invoke = invokeModelsPolicy({
      region: props.region,
      accountId: props.accountId,
      modelIds: props.batchModelIds ?? [],
      inferenceProfileIds: props.batchInferenceProfileIds ?? []
    });
    if (invoke) roles.batchInference.addPolicy("invoke-models", invoke);
    this.submitterPolicy = new import_iam_policy.IamPolicy(this, "submitter-policy", {
      name: `${props.namePrefix}-bedrock-job-submitter`,
      description: "Launch, watch and stop Bedrock customization and batch inference jobs with this environment's roles",
      policy: policyJson(
        jobSubmitterPolicy({
          region: props.region,
          accountId: props.accountId,
          passableRoleArns: JOB_KIND_NAMES.map((kind) => roles[kind].role.arn)
        })
      )
    });
  }
  /** Each role gets exactly its kind's input and output buckets (catalog/job-kinds.ts), and the data key only through S3. */
  grantData(grant) {
    for (const kind of JOB_KIND_NAMES) {
      const { readBuckets, writeBuckets } = JOB_KINDS[kind];
      this.roles[kind].addPolicy(
        "data-access",
        jobDataPolicy({
          region: this.region,
          dataKeyArn: grant.dataKeyArn,
          readBuckets: readBuckets.map((p) => grant.buckets[p]),
          writeBuckets: writeBuckets.map((p) => grant.buckets[p])
        })
      );
    }
  }
};

// modules/job-roles/compliant-custom-model.ts
var import_constructs11 = require("constructs");
var import_bedrock_custom_model = require("@cdktf/provider-aws/lib/bedrock-custom-model");
var GUARDED_FIELDS = ["vpcConfig", "customModelKmsKeyId", "roleArn", "outputDataConfig", "trainingDataConfig", "validationDataConfig"];
var CompliantCustomModel = class extends import_constructs11.Construct {
  model;
  constructor(scope, id, props) {
    super(scope, id);
    const overridden = GUARDED_FIELDS.filter((f) => f in props);
    if (overridden.length) {
      throw new Error(
        `${this.node.path}: ${overridden.join(", ")} cannot be set on a CompliantCustomModel; they always come from the environment (VPC, custom-model key, job role, data buckets). Remove them.`
      );
    }
    const env = props.environment;
    if (!env.subnetIds.length || !env.jobSecurityGroupId) {
      throw new Error(`${this.node.path}: the environment has no VPC config (subnets and job security group); a custom model must run in the VPC.`);
    }
    if (!env.customModelKeyArn) {
      throw new Error(`${this.node.path}: the environment has no custom-model KMS key; a custom model must be encrypted with it.`);
    }
    this.model = new import_bedrock_custom_model.BedrockCustomModel(this, "model", {
      customModelName: props.customModelName,
      jobName: props.jobName,
      baseModelIdentifier: props.baseModelIdentifier,
      customizationType: props.customizationType ?? "FINE_TUNING",
      hyperparameters: { ...props.hyperparameters },
      roleArn: env.customizationRoleArn,
      customModelKmsKeyId: env.customModelKeyArn,
      vpcConfig: [{ subnetIds: [...env.subnetIds], securityGroupIds: [env.jobSecurityGroupId] }],
      trainingDataConfig: [{ s3Uri: s3Uri(env.buckets.training, props.trainingObjectKey) }],
      ...props.validationObjectKey ? { validationDataConfig: [{ validator: [{ s3Uri: s3Uri(env.buckets.validation, props.validationObjectKey) }] }] } : {},
      outputDataConfig: [{ s3Uri: s3Uri(env.buckets.customizationOutput, `${props.jobName}/`) }]
    });
  }
};

// catalog/launch.ts
function jobVpcConfig(scope) {
  return { subnetIds: [...scope.subnetIds], securityGroupIds: [scope.jobSecurityGroupId] };
}
function customizationJobFragment(scope) {
  return {
    roleArn: scope.customizationRoleArn,
    trainingDataConfig: { s3Uri: s3Uri(scope.buckets.training) },
    validationDataConfig: { validators: [{ s3Uri: s3Uri(scope.buckets.validation) }] },
    outputDataConfig: { s3Uri: s3Uri(scope.buckets.customizationOutput) },
    vpcConfig: jobVpcConfig(scope),
    customModelKmsKeyId: scope.customModelKeyArn
  };
}
function batchInferenceJobFragment(scope) {
  return {
    roleArn: scope.batchInferenceRoleArn,
    inputDataConfig: { s3InputDataConfig: { s3Uri: s3Uri(scope.buckets.batchInput) } },
    outputDataConfig: { s3OutputDataConfig: { s3Uri: s3Uri(scope.buckets.batchOutput), s3EncryptionKeyId: scope.dataKeyArn } },
    vpcConfig: jobVpcConfig(scope)
  };
}
function jsonArgument(value) {
  return `'${JSON.stringify(value)}'`;
}
function customizationJobCliCommand(scope, subnetIdsCsv) {
  const f = customizationJobFragment(scope);
  return [
    "aws bedrock create-model-customization-job",
    `--region ${scope.region}`,
    "--job-name <job-name>",
    "--custom-model-name <custom-model-name>",
    "--base-model-identifier <base-model-id>",
    `--role-arn ${f.roleArn}`,
    `--training-data-config ${jsonArgument({ s3Uri: s3Uri(scope.buckets.training, "<train.jsonl>") })}`,
    `--validation-data-config ${jsonArgument({ validators: [{ s3Uri: s3Uri(scope.buckets.validation, "<validation.jsonl>") }] })}`,
    `--output-data-config ${jsonArgument(f.outputDataConfig)}`,
    "--hyper-parameters <name>=<value>,...",
    `--custom-model-kms-key-id ${f.customModelKmsKeyId}`,
    `--vpc-config subnetIds=${subnetIdsCsv},securityGroupIds=${scope.jobSecurityGroupId}`
  ].join(" ");
}

// catalog/auditor-policy.json
var auditor_policy_default = {
  Version: "2012-10-17",
  Statement: [
    {
      Sid: "ListBedrockJobsAndCustomModels",
      Effect: "Allow",
      Action: [
        "bedrock:ListModelCustomizationJobs",
        "bedrock:ListModelInvocationJobs",
        "bedrock:ListCustomModels"
      ],
      Resource: "*"
    },
    {
      Sid: "ReadCustomizationJobs",
      Effect: "Allow",
      Action: "bedrock:GetModelCustomizationJob",
      Resource: "arn:*:bedrock:*:*:model-customization-job/*"
    },
    {
      Sid: "ReadCustomModels",
      Effect: "Allow",
      Action: "bedrock:GetCustomModel",
      Resource: "arn:*:bedrock:*:*:custom-model/*"
    }
  ]
};

// stacks/environment-stack.ts
var EnvironmentStack = class extends import_cdktf3.TerraformStack {
  network;
  securityGroups;
  s3Gateway;
  interfaceEndpoints;
  jobs;
  data;
  launchScope;
  constructor(scope, env) {
    super(scope, env.stackName);
    const prefix = `${env.namePrefix}-${env.name}`;
    const buckets = bucketNames(env);
    new import_provider.AwsProvider(this, "aws", {
      region: env.region,
      allowedAccountIds: [env.accountId],
      defaultTags: [
        {
          tags: {
            ...env.tags.extra,
            Environment: env.name,
            Owner: env.tags.owner,
            CostCentre: env.tags.costCentre,
            ManagedBy: "cdktf",
            Stack: env.stackName
          }
        }
      ]
    });
    configureBackend(this, env.stackName, env.state, env.region);
    this.network = new PrivateNetwork(this, "network", { namePrefix: prefix, cidr: env.vpcCidr, subnets: env.subnets });
    const vpcId = this.network.vpc.id;
    const subnetIds = this.network.subnets.map((s) => s.id);
    this.securityGroups = new EndpointSecurityGroups(this, "security-groups", { vpcId, vpcCidr: env.vpcCidr, namePrefix: prefix });
    this.s3Gateway = new S3GatewayEndpoint(this, "s3-gateway", {
      vpcId,
      region: env.region,
      accountId: env.accountId,
      namePrefix: prefix,
      routeTableIds: [this.network.routeTable.id],
      // What jobs read and write, kind by kind (catalog/job-kinds.ts): nothing else is reachable from the VPC.
      readBuckets: JOB_KIND_NAMES.flatMap((kind) => JOB_KINDS[kind].readBuckets.map((p) => buckets[p])),
      writeBuckets: JOB_KIND_NAMES.flatMap((kind) => JOB_KINDS[kind].writeBuckets.map((p) => buckets[p]))
    });
    this.securityGroups.allowJobsToS3(this.s3Gateway.endpoint.prefixListId);
    this.interfaceEndpoints = new BedrockInterfaceEndpoints(this, "bedrock-endpoints", {
      vpcId,
      region: env.region,
      accountId: env.accountId,
      namePrefix: prefix,
      services: env.endpoints.services,
      subnets: env.subnets.map((plan, i) => ({ azId: plan.azId, subnetId: subnetIds[i] })),
      securityGroupId: this.securityGroups.endpointSecurityGroup.id,
      principalOrgId: env.endpoints.principalOrgId,
      allowedPrincipalArns: env.endpoints.allowedPrincipalArns,
      extraActions: env.endpoints.extraActions,
      removeActions: env.endpoints.removeActions
    });
    this.jobs = new JobIdentities(this, "jobs", {
      accountId: env.accountId,
      region: env.region,
      namePrefix: prefix,
      subnetIds,
      jobSecurityGroupId: this.securityGroups.jobSecurityGroup.id,
      batchModelIds: env.jobs.batchModelIds,
      batchInferenceProfileIds: env.jobs.batchInferenceProfileIds
    });
    this.data = new DataProtection(this, "data", {
      accountId: env.accountId,
      region: env.region,
      namePrefix: prefix,
      bucketNames: buckets,
      vpcId,
      s3GatewayEndpointId: this.s3Gateway.endpoint.id,
      customizationRoleArn: this.jobs.roles.customization.role.arn,
      batchInferenceRoleArn: this.jobs.roles.batchInference.role.arn,
      keyAdministratorArns: env.keys.administratorArns,
      modelBuilderArns: env.keys.modelBuilderArns,
      modelInvokerArns: env.keys.modelInvokerArns,
      modelCopy: env.keys.modelCopy,
      deletionWindowDays: env.keys.deletionWindowDays,
      noncurrentVersionExpirationDays: env.buckets.noncurrentVersionExpirationDays,
      exemptPrincipalArns: env.buckets.exemptPrincipalArns,
      preventDestroy: env.protection.preventDestroy
    });
    this.jobs.grantData({ buckets, dataKeyArn: this.data.dataKey.key.arn });
    new VpcFlowLogs(this, "flow-logs", {
      vpcId,
      namePrefix: prefix,
      accountId: env.accountId,
      region: env.region,
      retentionDays: env.flowLogs.retentionDays,
      kmsKeyArn: this.data.logsKey.key.arn
    });
    this.launchScope = {
      region: env.region,
      subnetIds,
      jobSecurityGroupId: this.securityGroups.jobSecurityGroup.id,
      customizationRoleArn: this.jobs.roles.customization.role.arn,
      batchInferenceRoleArn: this.jobs.roles.batchInference.role.arn,
      customModelKeyArn: this.data.customModelKey.key.arn,
      dataKeyArn: this.data.dataKey.key.arn,
      buckets
    };
    for (const model of env.customModels) {
      new CompliantCustomModel(this, `custom-model-${model.name}`, {
        environment: this.launchScope,
        customModelName: `${prefix}-${model.name}`,
        jobName: `${prefix}-${model.name}`,
        baseModelIdentifier: model.baseModelIdentifier,
        customizationType: model.customizationType,
        hyperparameters: model.hyperparameters,
        trainingObjectKey: model.trainingObjectKey,
        validationObjectKey: model.validationObjectKey
      });
    }
    this.addOutputs(env);
  }
  /** Output names and descriptions come from catalog/stacks.ts, the contract the CLIs read: add, never rename. */
  addOutputs(env) {
    const out = (name, value) => new import_cdktf3.TerraformOutput(this, name, { value, description: ENVIRONMENT_STACK_OUTPUTS[name] });
    const d = this.data;
    out("environment", env.name);
    out("account_id", env.accountId);
    out("region", env.region);
    out("vpc_id", this.network.vpc.id);
    out("subnet_ids", this.network.subnets.map((s) => s.id));
    out("job_security_group_id", this.securityGroups.jobSecurityGroup.id);
    out("endpoint_security_group_id", this.securityGroups.endpointSecurityGroup.id);
    out("s3_gateway_endpoint_id", this.s3Gateway.endpoint.id);
    const endpoints = Object.entries(this.interfaceEndpoints.endpoints);
    out("interface_endpoint_ids", Object.fromEntries(endpoints.map(([s, e]) => [s, e.id])));
    out("interface_endpoint_dns_entries", Object.fromEntries(endpoints.map(([s, e]) => [s, e.dnsEntry])));
    out("customization_role_arn", this.jobs.roles.customization.role.arn);
    out("batch_inference_role_arn", this.jobs.roles.batchInference.role.arn);
    out("job_submitter_policy_arn", this.jobs.submitterPolicy.arn);
    out("custom_model_kms_key_arn", d.customModelKey.key.arn);
    out("custom_model_kms_key_alias", d.customModelKey.alias.name);
    if (d.copiedModelKey) {
      out("copied_model_kms_key_arn", d.copiedModelKey.key.arn);
      out("copied_model_kms_key_alias", d.copiedModelKey.alias.name);
    }
    out("data_kms_key_arn", d.dataKey.key.arn);
    out("data_kms_key_alias", d.dataKey.alias.name);
    out("logs_kms_key_arn", d.logsKey.key.arn);
    out("logs_kms_key_alias", d.logsKey.alias.name);
    out("bucket_names", bucketNames(env));
    out("bucket_arns", Object.fromEntries([...Object.entries(d.dataBuckets).map(([p, b]) => [p, b.bucket.arn]), ["accessLogs", d.accessLogBucket.bucket.arn]]));
    out("customization_job_request", customizationJobFragment(this.launchScope));
    out("batch_inference_job_request", batchInferenceJobFragment(this.launchScope));
    out("create_customization_job_cli", customizationJobCliCommand(this.launchScope, import_cdktf3.Fn.join(",", [...this.launchScope.subnetIds])));
    out("auditor_policy_json", JSON.stringify(auditor_policy_default));
  }
};

// stacks/state-bootstrap-stack.ts
var import_cdktf4 = require("cdktf");
var import_provider2 = require("@cdktf/provider-aws/lib/provider");

// modules/state/state-bucket.ts
var import_constructs12 = require("constructs");
function stateKeyAlias(bucketName2) {
  return `terraform-state/${bucketName2.replace(/\./g, "-")}`;
}
var StateBucket = class extends import_constructs12.Construct {
  key;
  bucket;
  constructor(scope, id, props) {
    super(scope, id);
    const admins = props.keyAdministratorArns ?? [];
    const keyStatements = [rootAdministration(props.accountId)];
    if (admins.length) {
      keyStatements.push({ Sid: "AllowKeyAdministration", Effect: "Allow", Principal: { AWS: [...admins] }, Action: [...KEY_ADMIN_ACTIONS], Resource: "*" });
    }
    this.key = new ManagedKey(this, "key", {
      alias: stateKeyAlias(props.bucketName),
      description: `Encrypts Terraform state in s3://${props.bucketName}`,
      policy: policyDocument("resource", keyStatements),
      deletionWindowDays: props.deletionWindowDays ?? 30,
      preventDestroy: true
    });
    this.bucket = new SecureBucket(this, "bucket", {
      bucketName: props.bucketName,
      encryption: { kind: "kms", keyArn: this.key.key.arn },
      policy: policyDocument("resource", [tlsOnlyStatement(props.bucketName)]),
      noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays ?? 365,
      preventDestroy: true
    });
  }
};

// stacks/state-bootstrap-stack.ts
var StateBootstrapStack = class extends import_cdktf4.TerraformStack {
  state;
  constructor(scope, plan) {
    const stackName = stateBootstrapStackName(plan.accountId);
    super(scope, stackName);
    new import_provider2.AwsProvider(this, "aws", {
      region: plan.region,
      allowedAccountIds: [plan.accountId],
      defaultTags: [
        {
          tags: {
            Owner: plan.owner,
            CostCentre: plan.costCentre,
            ManagedBy: "cdktf",
            Stack: stackName,
            Purpose: "terraform-state"
          }
        }
      ]
    });
    new import_cdktf4.LocalBackend(this, { path: `terraform.${stackName}.tfstate` });
    this.state = new StateBucket(this, "state", { bucketName: plan.bucket, accountId: plan.accountId });
    const out = (name, value) => new import_cdktf4.TerraformOutput(this, name, { value, description: STATE_BOOTSTRAP_STACK_OUTPUTS[name] });
    out("state_bucket", this.state.bucket.bucket.bucket);
    out("state_kms_key_arn", this.state.key.key.arn);
    out("state_kms_key_alias", this.state.key.alias.name);
    out("environments", [...plan.environments]);
  }
};

// config/state-buckets.ts
function planStateBuckets(environments2) {
  const byAccount = /* @__PURE__ */ new Map();
  const problems = [];
  for (const env of [...environments2].sort((a, b) => a.name.localeCompare(b.name))) {
    if (env.state.type !== "s3") continue;
    const region = env.state.region ?? env.region;
    const seen = byAccount.get(env.accountId);
    if (!seen) {
      byAccount.set(env.accountId, {
        accountId: env.accountId,
        region,
        bucket: env.state.bucket,
        environments: [env.name],
        owner: env.tags.owner,
        costCentre: env.tags.costCentre
      });
    } else if (seen.bucket !== env.state.bucket || seen.region !== region) {
      problems.push(
        `environment "${env.name}": state.bucket/state.region is ${env.state.bucket} in ${region}, but "${seen.environments[0]}" in the same account ${env.accountId} uses ${seen.bucket} in ${seen.region}; use one state bucket per account (help/state.md)`
      );
    } else {
      byAccount.set(env.accountId, { ...seen, environments: [...seen.environments, env.name] });
    }
  }
  if (problems.length) throw new UserError(`Invalid state configuration:
  - ${problems.join("\n  - ")}`);
  return [...byAccount.values()].sort((a, b) => a.accountId.localeCompare(b.accountId));
}

// rules/guardrails.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
var import_constructs13 = require("constructs");
var import_cdktf5 = require("cdktf");
var import_synthesizer = require("cdktf/lib/synthesize/synthesizer");

// rules/types.ts
var PASS = { status: "pass" };
var NOT_APPLICABLE = { status: "not-applicable" };
function fail(reason) {
  return { status: "fail", reason };
}
var MIN_REASON_LENGTH = 10;

// rules/BPP-S3-1-public-access-block.ts
var BLOCKS = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"];
var S3PublicAccessBlock = {
  id: "BPP-S3-1",
  description: "Every bucket has a public-access block with all four settings on",
  severity: "error",
  fix: "Create the bucket with SecureBucket (modules/buckets/secure-bucket.ts) or add an aws_s3_bucket_public_access_block with all four settings true.",
  resourceTypes: ["aws_s3_bucket"],
  evaluate(bucket, stack) {
    const blocks = stack.referencing("aws_s3_bucket_public_access_block", "bucket", bucket);
    if (blocks.length === 0) return fail("no aws_s3_bucket_public_access_block references this bucket");
    const off = BLOCKS.filter((b) => !blocks.some((block) => block.config[b] === true));
    return off.length ? fail(`public-access block leaves ${off.join(", ")} off`) : PASS;
  }
};

// rules/BPP-S3-2-sse-kms.ts
var S3SseKms = {
  id: "BPP-S3-2",
  description: "Every data bucket encrypts by default with SSE-KMS and a customer-managed key",
  severity: "error",
  fix: `Give the bucket encryption { kind: "kms", keyArn } (SecureBucket) so default encryption is aws:kms with the environment's data key.`,
  resourceTypes: ["aws_s3_bucket"],
  evaluate(bucket, stack) {
    const configs = stack.referencing("aws_s3_bucket_server_side_encryption_configuration", "bucket", bucket);
    if (configs.length === 0) return fail("no default encryption configuration references this bucket");
    const rules = configs.flatMap((c) => c.config.rule ?? []);
    const kms = rules.find((r) => r.apply_server_side_encryption_by_default?.sse_algorithm?.startsWith("aws:kms"));
    if (!kms) return fail(`default encryption is ${rules.map((r) => r.apply_server_side_encryption_by_default?.sse_algorithm ?? "unset").join(", ")}, not aws:kms`);
    if (!kms.apply_server_side_encryption_by_default?.kms_master_key_id) return fail("SSE-KMS without kms_master_key_id uses the AWS-managed aws/s3 key");
    return PASS;
  }
};

// rules/BPP-S3-3-versioning.ts
var S3Versioning = {
  id: "BPP-S3-3",
  description: "Every bucket has versioning enabled",
  severity: "error",
  fix: 'Add an aws_s3_bucket_versioning with status "Enabled" (SecureBucket does).',
  resourceTypes: ["aws_s3_bucket"],
  evaluate(bucket, stack) {
    const versioning = stack.referencing("aws_s3_bucket_versioning", "bucket", bucket);
    const enabled = versioning.some((v) => v.config.versioning_configuration?.status === "Enabled");
    return enabled ? PASS : fail(versioning.length ? 'versioning is not "Enabled"' : "no aws_s3_bucket_versioning references this bucket");
  }
};

// rules/policy.ts
function asList(value) {
  if (value === void 0) return [];
  return Array.isArray(value) ? [...value] : [value];
}
function parseStatements(policy) {
  if (typeof policy !== "string" || policy.trim() === "") return void 0;
  try {
    const doc = JSON.parse(policy);
    return asList(doc.Statement);
  } catch {
    return void 0;
  }
}
function conditionValues(statement, operator, key) {
  for (const [op, keys] of Object.entries(statement.Condition ?? {})) {
    if (op.toLowerCase() !== operator.toLowerCase()) continue;
    for (const [k, v] of Object.entries(keys)) {
      if (k.toLowerCase() === key.toLowerCase()) return asList(v).map(String);
    }
  }
  return [];
}
function conditionKeys(statement) {
  const keys = /* @__PURE__ */ new Set();
  for (const operatorKeys of Object.values(statement.Condition ?? {})) {
    for (const key of Object.keys(operatorKeys)) keys.add(key.toLowerCase());
  }
  return keys;
}
function coversAction(statement, action2) {
  const [service] = action2.split(":");
  return asList(statement.Action).some((a) => a === "*" || a === action2 || a === `${service}:*`);
}
function isAnyPrincipal(principal) {
  if (principal === "*") return true;
  const aws = principal?.AWS;
  return aws !== void 0 && asList(aws).includes("*");
}
function servicePrincipals(statement) {
  const service = statement.Principal?.Service;
  return asList(service);
}

// rules/bucket-policy.ts
function bucketPolicyStatements(bucket, stack) {
  const policies = stack.referencing("aws_s3_bucket_policy", "bucket", bucket);
  if (policies.length === 0) return void 0;
  return policies.flatMap((p) => parseStatements(p.config.policy) ?? []);
}

// rules/BPP-S3-4-tls-only.ts
var S3TlsOnly = {
  id: "BPP-S3-4",
  description: "Every bucket policy denies all S3 actions over plain HTTP (aws:SecureTransport = false)",
  severity: "error",
  fix: "Add tlsOnlyStatement(bucket) (modules/buckets/bucket-policies.ts) to the bucket policy.",
  resourceTypes: ["aws_s3_bucket"],
  evaluate(bucket, stack) {
    const statements = bucketPolicyStatements(bucket, stack);
    if (!statements) return fail("the bucket has no bucket policy");
    const tls = statements.some(
      (s) => s.Effect === "Deny" && isAnyPrincipal(s.Principal) && coversAction(s, "s3:*") && conditionValues(s, "Bool", "aws:SecureTransport").includes("false")
    );
    return tls ? PASS : fail("no Deny of s3:* for any principal when aws:SecureTransport is false");
  }
};

// rules/BPP-S3-5-vpc-only.ts
var SEED_ACTIONS = ["s3:GetObject", "s3:PutObject", "s3:ListBucket"];
var S3VpcOnly = {
  id: "BPP-S3-5",
  description: "Every data bucket policy denies data access from outside the VPC (seed 000: aws:SourceVpc / aws:SourceVpce)",
  severity: "error",
  fix: 'Use vpcOnlyBucketPolicy (modules/buckets/bucket-policies.ts): Deny s3:GetObject, s3:PutObject, s3:ListBucket to "*" unless aws:SourceVpc or aws:SourceVpce match.',
  resourceTypes: ["aws_s3_bucket"],
  evaluate(bucket, stack) {
    const statements = bucketPolicyStatements(bucket, stack);
    if (!statements) return fail("the bucket has no bucket policy");
    const vpcDenies = statements.filter(
      (s) => s.Effect === "Deny" && isAnyPrincipal(s.Principal) && (conditionValues(s, "StringNotEquals", "aws:SourceVpc").length > 0 || conditionValues(s, "StringNotEquals", "aws:SourceVpce").length > 0)
    );
    if (vpcDenies.length === 0) return fail("no Deny to any principal conditioned on StringNotEquals aws:SourceVpc / aws:SourceVpce");
    const uncovered = SEED_ACTIONS.filter((a) => !vpcDenies.some((s) => coversAction(s, a)));
    return uncovered.length ? fail(`the VPC-only deny leaves ${uncovered.join(", ")} open outside the VPC`) : PASS;
  }
};

// rules/BPP-S3-6-access-logging.ts
var S3AccessLogging = {
  id: "BPP-S3-6",
  description: "Every bucket writes S3 server access logs to a log bucket",
  severity: "error",
  fix: "Give SecureBucket accessLogs: { targetBucket, targetPrefix } pointing at the environment's access-log bucket.",
  resourceTypes: ["aws_s3_bucket"],
  evaluate(bucket, stack) {
    const logging = stack.referencing("aws_s3_bucket_logging", "bucket", bucket);
    if (logging.length === 0) return fail("no aws_s3_bucket_logging references this bucket");
    return logging.some((l) => typeof l.config.target_bucket === "string" && l.config.target_bucket !== "") ? PASS : fail("access logging has no target bucket");
  }
};

// rules/BPP-VPCE-1-private-dns.ts
var EndpointPrivateDns = {
  id: "BPP-VPCE-1",
  description: "Every interface endpoint has private DNS enabled, so default SDK hostnames stay in the VPC",
  severity: "warning",
  fix: "Set privateDnsEnabled: true on the interface endpoint (BedrockInterfaceEndpoints does) and enable DNS support and hostnames on the VPC.",
  resourceTypes: ["aws_vpc_endpoint"],
  evaluate(endpoint) {
    if (endpoint.config.vpc_endpoint_type !== "Interface") return NOT_APPLICABLE;
    return endpoint.config.private_dns_enabled === true ? PASS : fail("private_dns_enabled is not true");
  }
};

// rules/BPP-VPCE-2-endpoint-policy.ts
var EndpointPolicy = {
  id: "BPP-VPCE-2",
  description: "Every VPC endpoint has its own policy, and no statement allows every action or any principal without a condition",
  severity: "error",
  fix: 'Attach a least-privilege endpoint policy (modules/endpoints/policies.ts): listed actions, Principal "*" only with aws:PrincipalAccount or narrower conditions.',
  resourceTypes: ["aws_vpc_endpoint"],
  evaluate(endpoint) {
    if (endpoint.config.policy === void 0) return fail("no policy: the default endpoint policy allows full access for any principal");
    const statements = parseStatements(endpoint.config.policy);
    if (!statements) return fail("the policy is not literal JSON, so it cannot be checked");
    for (const [i, s] of statements.entries()) {
      if (s.Effect !== "Allow") continue;
      const where = s.Sid ?? `#${i + 1}`;
      if (s.NotAction !== void 0) return fail(`statement ${where} allows NotAction`);
      if (asList(s.Action).some((a) => a === "*" || a.endsWith(":*"))) return fail(`statement ${where} allows a wildcard action (the default policy's shape)`);
      if (isAnyPrincipal(s.Principal) && !s.Condition) return fail(`statement ${where} allows any principal without a condition`);
    }
    return PASS;
  }
};

// rules/resources.ts
function constructPath(config) {
  const meta = config["//"]?.metadata;
  return typeof meta?.path === "string" ? meta.path : void 0;
}
var StackResources = class {
  all;
  constructor(stackJson) {
    const resources = stackJson.resource ?? {};
    const all = [];
    for (const type of Object.keys(resources).sort()) {
      for (const name of Object.keys(resources[type]).sort()) {
        const config = resources[type][name];
        const address = `${type}.${name}`;
        all.push({ type, name, address, path: constructPath(config) ?? address, config });
      }
    }
    this.all = all;
  }
  ofType(type) {
    return this.all.filter((r) => r.type === type);
  }
  /**
   * Resources of `type` whose `attribute` points at `target`: a `${target.address.*}` reference, or the
   * target's literal `bucket` / `id` value (hand-written names instead of references).
   */
  referencing(type, attribute, target) {
    return this.ofType(type).filter((r) => refersTo(r.config[attribute], target));
  }
};
function refersTo(value, target) {
  const values = Array.isArray(value) ? value : [value];
  const literals = [target.config.bucket, target.config.id].filter((v) => typeof v === "string");
  return values.some((v) => typeof v === "string" && (v.includes(`\${${target.address}.`) || literals.includes(v)));
}

// rules/BPP-VPCE-3-endpoint-security-group.ts
var OPEN = /* @__PURE__ */ new Set(["0.0.0.0/0", "::/0"]);
function openCidrs(group, stack) {
  const inline = ["ingress", "egress"].flatMap(
    (dir) => asList(group.config[dir]).flatMap((r) => [...asList(r.cidr_blocks), ...asList(r.ipv6_cidr_blocks)])
  );
  const separate = ["aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"].flatMap(
    (t) => stack.referencing(t, "security_group_id", group).flatMap((r) => [r.config.cidr_ipv4, r.config.cidr_ipv6])
  );
  const legacy = stack.referencing("aws_security_group_rule", "security_group_id", group).flatMap((r) => [...asList(r.config.cidr_blocks), ...asList(r.config.ipv6_cidr_blocks)]);
  return [...inline, ...separate, ...legacy].filter((c) => typeof c === "string" && OPEN.has(c));
}
var EndpointSecurityGroup = {
  id: "BPP-VPCE-3",
  description: "Every interface endpoint has a security group of this stack, and none of its rules is open to 0.0.0.0/0 or ::/0",
  severity: "error",
  fix: "Attach the endpoint security group (modules/network/security-groups.ts) and allow HTTPS only from the job group and the VPC block.",
  resourceTypes: ["aws_vpc_endpoint"],
  evaluate(endpoint, stack) {
    if (endpoint.config.vpc_endpoint_type !== "Interface") return NOT_APPLICABLE;
    const ids = asList(endpoint.config.security_group_ids);
    if (ids.length === 0) return fail("no security_group_ids: the endpoint gets the VPC default group");
    const groups = stack.ofType("aws_security_group").filter((g) => refersTo(ids, g));
    if (groups.length !== ids.length) return fail("a security group is not one of this stack's, so its rules cannot be checked");
    const open = groups.flatMap((g) => openCidrs(g, stack).map((c) => `${g.path} allows ${c}`));
    return open.length ? fail(open.join("; ")) : PASS;
  }
};

// rules/BPP-NET-1-no-internet-gateway.ts
var INTERNET_PATHS = {
  aws_internet_gateway: "an internet gateway",
  aws_egress_only_internet_gateway: "an egress-only internet gateway",
  aws_internet_gateway_attachment: "an internet gateway attachment",
  aws_nat_gateway: "a NAT gateway"
};
var NoInternetGateway = {
  id: "BPP-NET-1",
  description: "No internet gateway, egress-only internet gateway or NAT gateway: the VPC has no route to the internet",
  severity: "error",
  fix: "Remove the gateway. Reach AWS services through the S3 gateway endpoint and PrivateLink interface endpoints (modules/endpoints).",
  resourceTypes: Object.keys(INTERNET_PATHS),
  evaluate(resource) {
    return fail(`${INTERNET_PATHS[resource.type]} opens a path to the internet`);
  }
};

// rules/BPP-NET-2-no-public-ip.ts
var PUBLIC_IP_FLAGS = {
  aws_subnet: "map_public_ip_on_launch",
  aws_default_subnet: "map_public_ip_on_launch",
  aws_instance: "associate_public_ip_address"
};
var NoPublicIp = {
  id: "BPP-NET-2",
  description: "No public IP mapping: subnets do not map public IPs on launch, instances get none, no Elastic IPs",
  severity: "error",
  fix: "Set map_public_ip_on_launch = false (PrivateNetwork does) and remove Elastic IPs and public IP association.",
  resourceTypes: [...Object.keys(PUBLIC_IP_FLAGS), "aws_eip"],
  evaluate(resource) {
    if (resource.type === "aws_eip") return fail("an Elastic IP is a public address");
    const value = resource.config[PUBLIC_IP_FLAGS[resource.type]];
    const isPublic = value === true || resource.type === "aws_default_subnet" && value === void 0;
    return isPublic ? fail(`${PUBLIC_IP_FLAGS[resource.type]} maps a public IP`) : PASS;
  }
};

// rules/BPP-LOG-1-log-group-kms.ts
var LogGroupKms = {
  id: "BPP-LOG-1",
  description: "Every CloudWatch log group is encrypted with a customer-managed KMS key",
  severity: "error",
  fix: "Set kms_key_id to the environment's logs key (DataProtection.logsKey), whose policy lets CloudWatch Logs use it.",
  resourceTypes: ["aws_cloudwatch_log_group"],
  evaluate(group) {
    return typeof group.config.kms_key_id === "string" && group.config.kms_key_id !== "" ? PASS : fail("no kms_key_id");
  }
};

// rules/BPP-LOG-2-log-group-retention.ts
var LogGroupRetention = {
  id: "BPP-LOG-2",
  description: "Every CloudWatch log group has a retention period",
  severity: "warning",
  fix: "Set retention_in_days (config flowLogs.retentionDays feeds the flow-log group).",
  resourceTypes: ["aws_cloudwatch_log_group"],
  evaluate(group) {
    const days = group.config.retention_in_days;
    return typeof days === "number" && days > 0 ? PASS : fail("no retention_in_days: logs are kept forever");
  }
};

// rules/BPP-KMS-1-key-rotation.ts
var KeyRotation = {
  id: "BPP-KMS-1",
  description: "Every symmetric KMS key has automatic rotation enabled",
  severity: "error",
  fix: "Set enable_key_rotation = true (ManagedKey does).",
  resourceTypes: ["aws_kms_key"],
  evaluate(key) {
    const spec = key.config.customer_master_key_spec;
    if (spec !== void 0 && spec !== "SYMMETRIC_DEFAULT") return NOT_APPLICABLE;
    return key.config.enable_key_rotation === true ? PASS : fail("enable_key_rotation is not true");
  }
};

// rules/BPP-IAM-1-confused-deputy.ts
var ConfusedDeputy = {
  id: "BPP-IAM-1",
  description: "Every role a service assumes limits it to this account's resources (aws:SourceAccount and aws:SourceArn)",
  severity: "error",
  fix: "Build the trust policy with serviceTrustPolicy (modules/policy/trust.ts): StringEquals aws:SourceAccount and ArnLike aws:SourceArn.",
  resourceTypes: ["aws_iam_role"],
  evaluate(role) {
    const statements = parseStatements(role.config.assume_role_policy);
    if (!statements) return fail("the trust policy is not literal JSON, so it cannot be checked");
    const serviceAssumes = statements.filter(
      (s) => s.Effect === "Allow" && servicePrincipals(s).length > 0 && asList(s.Action).some((a) => a.startsWith("sts:"))
    );
    if (serviceAssumes.length === 0) return NOT_APPLICABLE;
    const missing = serviceAssumes.flatMap((s) => {
      const keys = conditionKeys(s);
      const absent = ["aws:SourceAccount", "aws:SourceArn"].filter((k) => !keys.has(k.toLowerCase()));
      return absent.length ? [`${servicePrincipals(s).join(", ")} may assume it without ${absent.join(" and ")}`] : [];
    });
    return missing.length ? fail(missing.join("; ")) : PASS;
  }
};

// rules/BPP-IAM-2-no-wildcard-actions.ts
var POLICY_ATTRIBUTES = {
  aws_iam_policy: ["policy"],
  aws_iam_role_policy: ["policy"],
  aws_iam_user_policy: ["policy"],
  aws_iam_group_policy: ["policy"],
  aws_iam_role: ["assume_role_policy"],
  aws_s3_bucket_policy: ["policy"],
  aws_kms_key: ["policy"],
  aws_vpc_endpoint: ["policy"]
};
var NoWildcardActions = {
  id: "BPP-IAM-2",
  description: 'No policy allows every action ("*" or "*:*") or uses Allow with NotAction',
  severity: "error",
  fix: 'List the actions the principal needs (service-scoped, e.g. "s3:GetObject"); see modules/job-roles/job-role-policies.ts.',
  resourceTypes: Object.keys(POLICY_ATTRIBUTES),
  evaluate(resource) {
    const problems = [];
    for (const attribute of POLICY_ATTRIBUTES[resource.type]) {
      if (resource.config[attribute] === void 0) continue;
      const statements = parseStatements(resource.config[attribute]);
      if (!statements) {
        problems.push(`${attribute} is not literal JSON, so it cannot be checked`);
        continue;
      }
      statements.forEach((s, i) => {
        if (s.Effect !== "Allow") return;
        const where = `${attribute} statement ${s.Sid ?? `#${i + 1}`}`;
        if (asList(s.Action).some((a) => a === "*" || a === "*:*")) problems.push(`${where} allows every action`);
        if (s.NotAction !== void 0) problems.push(`${where} allows NotAction, i.e. everything else`);
      });
    }
    return problems.length ? fail(problems.join("; ")) : PASS;
  }
};

// rules/canonical.ts
function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value).sort().map((k) => [k, sortKeys(value[k])])
    );
  }
  return value;
}

// rules/BPP-JOB-1-seed-eni-statements.ts
var JOB_SOURCE_ARN = /^arn:aws:bedrock:([^:]+):(\d{12}):([a-z-]+)\/\*$/;
function jobTrust(role) {
  for (const s of parseStatements(role.config.assume_role_policy) ?? []) {
    if (s.Effect !== "Allow" || !servicePrincipals(s).includes("bedrock.amazonaws.com")) continue;
    for (const op of ["ArnLike", "ArnEquals", "StringLike", "StringEquals"]) {
      for (const arn of conditionValues(s, op, "aws:SourceArn")) {
        const m = JOB_SOURCE_ARN.exec(arn);
        const kind = m ? jobKindOfArnType(m[3]) : void 0;
        if (m && kind) return { region: m[1], accountId: m[2], kind };
      }
    }
  }
  return void 0;
}
function idsOf(statements, kind) {
  const pattern = new RegExp(`^arn:aws:ec2:[^:]+:\\d{12}:${kind}/(.+)$`);
  const arns = statements.flatMap((s) => [...asList(s.Resource), ...conditionValues(s, "ArnEquals", "ec2:Subnet"), ...conditionValues(s, "StringEquals", "ec2:Subnet")]);
  return [...new Set(arns.map((a) => pattern.exec(a)?.[1]).filter((id) => id !== void 0))];
}
function isStackReference(id, type, stack) {
  return stack.ofType(type).some((r) => id === `\${${r.address}.id}`);
}
var SeedEniStatements = {
  id: "BPP-JOB-1",
  description: "Every Bedrock job role carries its seed's ENI statements exactly (seed 000 customization, seed 001 batch), scoped to this stack's subnets and job security group",
  severity: "error",
  fix: "Attach jobEniPolicy(kind, scope) (modules/job-roles/job-role-policies.ts) with the stack's subnet and job security group ids; do not edit the seed statements.",
  resourceTypes: ["aws_iam_role"],
  evaluate(role, stack) {
    const trust = jobTrust(role);
    if (!trust) return NOT_APPLICABLE;
    const { seed } = JOB_KINDS[trust.kind];
    const statements = stack.referencing("aws_iam_role_policy", "role", role).flatMap((p) => parseStatements(p.config.policy) ?? []);
    const subnetIds = idsOf(statements, "subnet");
    const groupIds = idsOf(statements, "security-group");
    if (subnetIds.length === 0 || groupIds.length !== 1) return fail(`no ${seed} ENI statements scoped to subnets and one security group`);
    const foreign = [...subnetIds.filter((id) => !isStackReference(id, "aws_subnet", stack)), ...groupIds.filter((id) => !isStackReference(id, "aws_security_group", stack))];
    if (foreign.length) return fail(`ENI permissions name ${foreign.join(", ")}, not subnets or security groups of this stack`);
    const actual = new Set(statements.map(canonicalJson));
    const expected = jobEniStatements(trust.kind, { region: trust.region, accountId: trust.accountId, subnetIds, securityGroupId: groupIds[0] });
    const missing = expected.filter((s) => !actual.has(canonicalJson(s)));
    if (missing.length === 0) return PASS;
    const names = missing.map((s) => `${s.Sid ? `Sid ${s.Sid} ` : ""}${asList(s.Action).join("/")}`);
    return fail(`${seed} statements missing or altered: ${names.join("; ")}`);
  }
};

// rules/pack.ts
var BEDROCK_PRIVATE_PLATFORM_RULES = [
  S3PublicAccessBlock,
  S3SseKms,
  S3Versioning,
  S3TlsOnly,
  S3VpcOnly,
  S3AccessLogging,
  EndpointPrivateDns,
  EndpointPolicy,
  EndpointSecurityGroup,
  NoInternetGateway,
  NoPublicIp,
  LogGroupKms,
  LogGroupRetention,
  KeyRotation,
  ConfusedDeputy,
  NoWildcardActions,
  SeedEniStatements
];

// rules/suppressions.ts
var PLATFORM_SUPPRESSIONS = [
  {
    ruleId: "BPP-S3-2",
    path: "data/bucket-accessLogs/bucket",
    reason: "S3 server access log delivery supports only SSE-S3 (AES256) on the target bucket; it holds request records, not training or output data."
  },
  {
    ruleId: "BPP-S3-5",
    path: "data/bucket-accessLogs/bucket",
    reason: "The S3 logging service delivers from outside any VPC; the policy allows only that delivery, from this account's data buckets (aws:SourceAccount, aws:SourceArn), over TLS."
  },
  {
    ruleId: "BPP-S3-5",
    path: "state/bucket/bucket",
    reason: "The Terraform state bucket is read and written by Terraform from CI and workstations outside the VPC; it is guarded by IAM, SSE-KMS with its own key and TLS-only instead."
  },
  {
    ruleId: "BPP-S3-6",
    path: "data/bucket-accessLogs/bucket",
    reason: "This is the access-log target itself; logging it to itself would log its own log deliveries without end (AWS advises against it)."
  },
  {
    ruleId: "BPP-S3-6",
    path: "state/bucket/bucket",
    reason: "The bootstrap stack has no log bucket of its own yet; state access is audited through CloudTrail. Tracked as a gap in help/compliance.md."
  }
];

// rules/evaluate.ts
function relativePath(stack, path) {
  return path.startsWith(`${stack}/`) ? path.slice(stack.length + 1) : path;
}
function validateSuppressions(rules, suppressions) {
  const ids = new Set(rules.map((r) => r.id));
  return suppressions.flatMap((s) => {
    const problems = [];
    if (!ids.has(s.ruleId)) problems.push(`suppression of unknown rule "${s.ruleId}" at ${s.path}: use one of ${[...ids].join(", ")}`);
    if (s.reason.trim().length < MIN_REASON_LENGTH) {
      problems.push(`suppression of ${s.ruleId} at ${s.path} needs a reason of at least ${MIN_REASON_LENGTH} characters (got "${s.reason.trim()}")`);
    }
    return problems;
  });
}
function evaluateStack(stack, stackJson, rules, suppressions) {
  const invalidSuppressions = validateSuppressions(rules, suppressions);
  const valid = suppressions.filter((s) => validateSuppressions(rules, [s]).length === 0);
  const resources = new StackResources(stackJson);
  const findings = [];
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const resource of resources.all) {
      if (!rule.resourceTypes.includes(resource.type)) continue;
      const verdict = rule.evaluate(resource, resources);
      if (verdict.status === "not-applicable") continue;
      const base = { ruleId: rule.id, severity: rule.severity, resource: resource.address, path: resource.path };
      if (verdict.status === "pass") {
        findings.push({ ...base, status: "pass" });
        continue;
      }
      const rel = relativePath(stack, resource.path);
      const suppression = valid.find((s) => s.ruleId === rule.id && (s.path === resource.path || s.path === rel));
      findings.push(
        suppression ? { ...base, status: "suppressed", detail: verdict.reason, suppressionReason: suppression.reason.trim() } : { ...base, status: "fail", detail: verdict.reason }
      );
    }
  }
  return { stack, findings, invalidSuppressions };
}
function errorsOf(evaluation) {
  return evaluation.findings.filter((f) => f.status === "fail" && f.severity === "error");
}

// rules/report.ts
function buildReport(evaluation, rules) {
  const f = evaluation.findings;
  const failed = f.filter((x) => x.status === "fail");
  return {
    stack: evaluation.stack,
    summary: {
      pass: f.filter((x) => x.status === "pass").length,
      fail: failed.length,
      suppressed: f.filter((x) => x.status === "suppressed").length,
      errors: failed.filter((x) => x.severity === "error").length + evaluation.invalidSuppressions.length,
      warnings: failed.filter((x) => x.severity === "warning").length
    },
    rules: [...rules].sort((a, b) => a.id.localeCompare(b.id)).map(({ id, description, severity, fix }) => ({ id, description, severity, fix })),
    invalidSuppressions: evaluation.invalidSuppressions,
    findings: f
  };
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
function reportMarkdown(report) {
  const s = report.summary;
  const lines = [
    `# Guardrails report: ${report.stack}`,
    "",
    `${s.pass} pass, ${s.fail} fail (${s.errors} errors, ${s.warnings} warnings), ${s.suppressed} suppressed.`,
    ""
  ];
  if (report.invalidSuppressions.length) {
    lines.push("## Invalid suppressions", "", ...report.invalidSuppressions.map((p) => `- ${cell(p)}`), "");
  }
  lines.push("## Findings", "", "| Rule | Severity | Resource | Construct path | Result | Detail |", "| --- | --- | --- | --- | --- | --- |");
  for (const x of report.findings) {
    const result = x.status === "suppressed" ? `suppressed: ${x.suppressionReason ?? ""}` : x.status;
    lines.push(`| ${x.ruleId} | ${x.severity} | \`${x.resource}\` | \`${x.path}\` | ${cell(result)} | ${cell(x.detail ?? "")} |`);
  }
  lines.push("", "## Rules", "", "| Rule | Severity | Requirement | Fix |", "| --- | --- | --- | --- |");
  for (const r of report.rules) lines.push(`| ${r.id} | ${r.severity} | ${cell(r.description)} | ${cell(r.fix)} |`);
  return `${lines.join("\n")}
`;
}

// rules/guardrails.ts
var REPORT_JSON = "guardrails.json";
var REPORT_MARKDOWN = "guardrails.md";
var CHECKER_ID = "Guardrails";
var GuardrailsAspect = class {
  rules;
  suppressions;
  constructor(props = {}) {
    this.rules = props.rules ?? BEDROCK_PRIVATE_PLATFORM_RULES;
    this.suppressions = props.suppressions ?? PLATFORM_SUPPRESSIONS;
  }
  visit(node) {
    if (!import_cdktf5.TerraformStack.isStack(node) || node.node.tryFindChild(CHECKER_ID)) return;
    const checker = new import_constructs13.Construct(node, CHECKER_ID);
    (0, import_synthesizer.addCustomSynthesis)(checker, { onSynthesize: (session) => this.check(node, session) });
  }
  check(stack, session) {
    const name = stack.node.id;
    const evaluation = evaluateStack(name, stack.toTerraform(), this.rules, this.suppressions);
    const report = buildReport(evaluation, this.rules);
    const dir = (0, import_node_path2.join)(session.outdir, session.manifest.forStack(stack).workingDirectory);
    (0, import_node_fs2.writeFileSync)((0, import_node_path2.join)(dir, REPORT_JSON), `${JSON.stringify(report, void 0, 2)}
`);
    (0, import_node_fs2.writeFileSync)((0, import_node_path2.join)(dir, REPORT_MARKDOWN), reportMarkdown(report));
    const byPath = new Map(stack.node.findAll().map((c) => [c.node.path, c]));
    const rulesById = new Map(this.rules.map((r) => [r.id, r]));
    for (const problem of evaluation.invalidSuppressions) import_cdktf5.Annotations.of(stack).addError(`Guardrails: ${problem}`);
    for (const finding of evaluation.findings.filter((f) => f.status === "fail")) {
      const rule = rulesById.get(finding.ruleId);
      const message = `${finding.ruleId} ${rule?.description ?? ""}: ${finding.detail ?? ""}. Fix: ${rule?.fix ?? ""}`;
      const target = byPath.get(finding.path) ?? stack;
      if (errorsOf(evaluation).includes(finding)) import_cdktf5.Annotations.of(target).addError(message);
      else import_cdktf5.Annotations.of(target).addWarning(message);
    }
  }
};
function applyGuardrails(scope, props) {
  const aspect = new GuardrailsAspect(props);
  const covered = new Set(scope.node.findAll().filter(import_cdktf5.TerraformStack.isStack));
  if (covered.size === 0) throw new Error(`${scope.node.path || "app"}: applyGuardrails found no stack; call it after the stacks are created.`);
  for (const stack of covered) import_cdktf5.Aspects.of(stack).add(aspect);
  scope.node.addValidation({
    validate: () => scope.node.findAll().filter((c) => import_cdktf5.TerraformStack.isStack(c) && !covered.has(c)).map((c) => `stack ${c.node.id} was created after applyGuardrails, so no guardrail checked it; call applyGuardrails after creating every stack`)
  });
  return aspect;
}

// stacks/app.ts
function buildApp(app2, environments2) {
  const stacks = environments2.map((env) => new EnvironmentStack(app2, env));
  for (const plan of planStateBuckets(environments2)) new StateBootstrapStack(app2, plan);
  applyGuardrails(app2);
  return stacks;
}

// main.ts
process.setSourceMapsEnabled(false);
var environments = loadEnvironments();
var app = new import_cdktf6.App();
buildApp(app, environments);
app.synth();
