import type { DataBucketPurpose } from './buckets';
import type { PolicyStatement } from './iam-policy';
import { type EniScope, type EniStatementsBuilder, batchInferenceJobEniStatements, customizationJobEniStatements } from './seed-eni-statements';

/**
 * The Bedrock job kinds the platform runs, as data: one entry per kind, read by the job roles
 * (trust and ENI statements), the submitter policy, the BPP-JOB-1 guardrail, the stack outputs and
 * the `job` CLI. Adding a kind is one entry here plus its seed's statements, not new code paths.
 *
 * Most kinds run as a service role Bedrock assumes inside the VPC (ServiceRoleJobKindSpec). A custom
 * model deployment does not: CreateCustomModelDeployment takes no role, no VPC config and no data
 * location (its request is a name, the model ARN, a description and tags), so its entry says why
 * instead (RolelessJobKindSpec), and what keeps it compliant is the model it deploys.
 */
interface JobKindBase {
  /** What people call it, for messages and descriptions. */
  readonly label: string;
  /** Bedrock's ARN resource type for the job: the trust policy's aws:SourceArn and the ENI tag values name it. */
  readonly arnType: string;
  /** `bedrock-private job <cliVerb>` submits this kind. */
  readonly cliVerb: string;
  /** The SDK/API operation that creates the job. */
  readonly createOperation: string;
  /** Buckets the job reads: its role may read them, and the S3 gateway endpoint lets the VPC read them. None for a roleless kind. */
  readonly readBuckets: readonly DataBucketPurpose[];
  /** Buckets the job writes its output to. None for a roleless kind. */
  readonly writeBuckets: readonly DataBucketPurpose[];
}

/** A kind Bedrock runs as the environment's service role, with ENIs in its subnets (seeds 000 and 001). */
export interface ServiceRoleJobKindSpec extends JobKindBase {
  /** Tag Bedrock puts on the ENIs it creates for the job, holding the job ARN. */
  readonly eniTagKey: string;
  /** The reference document whose ENI statements the job role carries verbatim. */
  readonly seed: string;
  /** That seed's ENI statements. */
  readonly eniStatements: EniStatementsBuilder;
  /** Stack output that holds the job role's ARN. */
  readonly roleOutput: string;
  /** Construct ID of the job role under the stack's `jobs` construct: part of its Terraform address, never rename. */
  readonly roleConstructId: string;
  /** Suffix of the role's IAM name, `<prefix>-<env>-<suffix>`. */
  readonly roleNameSuffix: string;
}

/** A kind Bedrock runs without a service role of ours. */
export interface RolelessJobKindSpec extends JobKindBase {
  /** Why it needs no role, and what it needs instead (help and messages print it). */
  readonly noServiceRole: string;
  readonly readBuckets: readonly [];
  readonly writeBuckets: readonly [];
}

export type JobKindSpec = ServiceRoleJobKindSpec | RolelessJobKindSpec;

export const JOB_KINDS = {
  customization: {
    label: 'model customization',
    arnType: 'model-customization-job',
    eniTagKey: 'BedrockModelCustomizationJobArn',
    seed: 'seed 000',
    eniStatements: customizationJobEniStatements,
    cliVerb: 'customize',
    createOperation: 'CreateModelCustomizationJob',
    roleOutput: 'customization_role_arn',
    roleConstructId: 'customization-role',
    roleNameSuffix: 'customization-job',
    readBuckets: ['training', 'validation'],
    writeBuckets: ['customizationOutput'],
  },
  batchInference: {
    label: 'batch inference',
    arnType: 'model-invocation-job',
    eniTagKey: 'BedrockModelInvocationJobArn',
    seed: 'seed 001',
    eniStatements: batchInferenceJobEniStatements,
    cliVerb: 'batch',
    createOperation: 'CreateModelInvocationJob',
    roleOutput: 'batch_inference_role_arn',
    roleConstructId: 'batch-inference-role',
    roleNameSuffix: 'batch-inference-job',
    readBuckets: ['batchInput'],
    writeBuckets: ['batchOutput'],
  },
  customModelDeployment: {
    label: 'custom model deployment',
    arnType: 'custom-model-deployment',
    cliVerb: 'deploy-model',
    createOperation: 'CreateCustomModelDeployment',
    // Bedrock reads the model it serves from its own storage: no bucket of ours is read or written.
    readBuckets: [],
    writeBuckets: [],
    noServiceRole:
      'CreateCustomModelDeployment takes no service role: Bedrock serves the deployment itself. It needs the submitter\'s bedrock:CreateCustomModelDeployment on the custom model, the submitter\'s use of the custom-model key through Bedrock (seed 003, AllowJobSubmittersThroughBedrock and AllowJobSubmittersToGrantBedrock), and Bedrock\'s own use of that key to optimize the model (PermissionsNovaProvisionedThroughput)',
  },
} as const satisfies Record<string, JobKindSpec>;

export type JobKind = keyof typeof JOB_KINDS;
export type JobCliVerb = (typeof JOB_KINDS)[JobKind]['cliVerb'];
/** The kinds that run as a service role of ours: each has a role, ENI statements and data buckets. */
export type ServiceRoleJobKind = { [K in JobKind]: (typeof JOB_KINDS)[K] extends ServiceRoleJobKindSpec ? K : never }[JobKind];

/** In table order (customization first): the order roles, outputs and help list them. */
export const JOB_KIND_NAMES = Object.keys(JOB_KINDS) as [JobKind, ...JobKind[]];

export function hasServiceRole(kind: JobKind): kind is ServiceRoleJobKind {
  return 'roleOutput' in JOB_KINDS[kind];
}

/** The kinds with a service role, in table order: the job roles, their outputs, the SCP's role patterns. */
export const SERVICE_ROLE_JOB_KIND_NAMES: readonly ServiceRoleJobKind[] = JOB_KIND_NAMES.filter(hasServiceRole);

/** Every job of this kind in one account and region: the trust policy's aws:SourceArn, the ENI tag value. */
export function jobArnPattern(kind: JobKind, region: string, accountId: string): string {
  return `arn:aws:bedrock:${region}:${accountId}:${JOB_KINDS[kind].arnType}/*`;
}

/** The kind with a service role whose ARN resource type this is, if any: what a job role's trust policy names. */
export function jobKindOfArnType(arnType: string): ServiceRoleJobKind | undefined {
  return SERVICE_ROLE_JOB_KIND_NAMES.find((kind) => JOB_KINDS[kind].arnType === arnType);
}

/** The job kind a `job` CLI verb submits, if any. */
export function jobKindOfCliVerb(verb: string): JobKind | undefined {
  return JOB_KIND_NAMES.find((kind) => JOB_KINDS[kind].cliVerb === verb);
}

/** The kind's seed ENI statements, filled in for a scope. */
export function jobEniStatements(kind: ServiceRoleJobKind, scope: EniScope): PolicyStatement[] {
  const spec = JOB_KINDS[kind];
  return spec.eniStatements(scope, { jobArns: jobArnPattern(kind, scope.region, scope.accountId), jobTagKey: spec.eniTagKey });
}

/** The kind's job role in every environment with this name prefix (`<prefix>-<env>-<suffix>`), for organization policies. */
export function jobRoleArnPattern(namePrefix: string, kind: ServiceRoleJobKind): string {
  return `arn:aws:iam::*:role/${namePrefix}-*-${JOB_KINDS[kind].roleNameSuffix}`;
}
