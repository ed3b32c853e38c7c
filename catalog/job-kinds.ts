import type { DataBucketPurpose } from './buckets';
import type { PolicyStatement } from './iam-policy';
import { type EniScope, type EniStatementsBuilder, batchInferenceJobEniStatements, customizationJobEniStatements } from './seed-eni-statements';

/**
 * The Bedrock job kinds the platform runs, as data: one entry per kind, read by the job roles
 * (trust and ENI statements), the submitter policy, the BPP-JOB-1 guardrail, the stack outputs and
 * the `job` CLI. Adding a kind is one entry here plus its seed's statements, not new code paths.
 */
export interface JobKindSpec {
  /** What people call it, for messages and descriptions. */
  readonly label: string;
  /** Bedrock's ARN resource type for the job: the trust policy's aws:SourceArn and the ENI tag values name it. */
  readonly arnType: string;
  /** Tag Bedrock puts on the ENIs it creates for the job, holding the job ARN. */
  readonly eniTagKey: string;
  /** The reference document whose ENI statements the job role carries verbatim. */
  readonly seed: string;
  /** That seed's ENI statements. */
  readonly eniStatements: EniStatementsBuilder;
  /** `bedrock-private job <cliVerb>` submits this kind. */
  readonly cliVerb: string;
  /** The SDK/API operation that creates the job. */
  readonly createOperation: string;
  /** Stack output that holds the job role's ARN. */
  readonly roleOutput: string;
  /** Construct ID of the job role under the stack's `jobs` construct: part of its Terraform address, never rename. */
  readonly roleConstructId: string;
  /** Suffix of the role's IAM name, `<prefix>-<env>-<suffix>`. */
  readonly roleNameSuffix: string;
  /** Buckets the job reads: its role may read them, and the S3 gateway endpoint lets the VPC read them. */
  readonly readBuckets: readonly DataBucketPurpose[];
  /** Buckets the job writes its output to. */
  readonly writeBuckets: readonly DataBucketPurpose[];
}

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
} as const satisfies Record<string, JobKindSpec>;

export type JobKind = keyof typeof JOB_KINDS;
export type JobCliVerb = (typeof JOB_KINDS)[JobKind]['cliVerb'];

/** In table order (customization first): the order roles, outputs and help list them. */
export const JOB_KIND_NAMES = Object.keys(JOB_KINDS) as [JobKind, ...JobKind[]];

/** Every job of this kind in one account and region: the trust policy's aws:SourceArn, the ENI tag value. */
export function jobArnPattern(kind: JobKind, region: string, accountId: string): string {
  return `arn:aws:bedrock:${region}:${accountId}:${JOB_KINDS[kind].arnType}/*`;
}

/** The job kind whose ARN resource type this is, if any. */
export function jobKindOfArnType(arnType: string): JobKind | undefined {
  return JOB_KIND_NAMES.find((kind) => JOB_KINDS[kind].arnType === arnType);
}

/** The job kind a `job` CLI verb submits, if any. */
export function jobKindOfCliVerb(verb: string): JobKind | undefined {
  return JOB_KIND_NAMES.find((kind) => JOB_KINDS[kind].cliVerb === verb);
}

/** The kind's seed ENI statements, filled in for a scope. */
export function jobEniStatements(kind: JobKind, scope: EniScope): PolicyStatement[] {
  const spec = JOB_KINDS[kind];
  return spec.eniStatements(scope, { jobArns: jobArnPattern(kind, scope.region, scope.accountId), jobTagKey: spec.eniTagKey });
}

/** The kind's job role in every environment with this name prefix (`<prefix>-<env>-<suffix>`), for organization policies. */
export function jobRoleArnPattern(namePrefix: string, kind: JobKind): string {
  return `arn:aws:iam::*:role/${namePrefix}-*-${JOB_KINDS[kind].roleNameSuffix}`;
}
