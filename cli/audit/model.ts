import type { GetAgentRuntimeCommandOutput } from '@aws-sdk/client-bedrock-agentcore-control';
import type {
  CustomModelDeploymentSummary,
  DataRetentionMode,
  GetCustomModelCommandOutput,
  GetEvaluationJobCommandOutput,
  GetGuardrailCommandOutput,
  GetImportedModelCommandOutput,
  GetModelCustomizationJobCommandOutput,
  GetModelImportJobCommandOutput,
  LoggingConfig,
  ModelCopyJobSummary,
  ModelInvocationJobSummary,
  ProvisionedModelSummary,
} from '@aws-sdk/client-bedrock';
import type { ServiceSpecificCredentialMetadata } from '@aws-sdk/client-iam';

/**
 * Every kind of resource the audit reads, in report order. The names are what `--kinds` accepts and
 * what the JSON and SARIF output carry, so they are public API: add, never rename.
 */
export const RESOURCE_KINDS = [
  'model-customization-job',
  'model-invocation-job',
  'custom-model',
  'model-import-job',
  'imported-model',
  'model-copy-job',
  'invocation-logging',
  'bedrock-api-key',
  'custom-model-deployment',
  'provisioned-throughput',
  'evaluation-job',
  'custom-model-policy',
  'data-retention',
  'guardrail',
  'agentcore-runtime',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

// Each kind is the SDK's own type for the call that carries the fields the rules read, so a field
// the rules use that the API does not return fails to compile.
export type CustomizationJob = Omit<GetModelCustomizationJobCommandOutput, '$metadata'>;
export type InvocationJob = ModelInvocationJobSummary;
export type CustomModel = Omit<GetCustomModelCommandOutput, '$metadata'>;
export type ModelImportJob = Omit<GetModelImportJobCommandOutput, '$metadata'>;
export type ImportedModel = Omit<GetImportedModelCommandOutput, '$metadata'>;
export type ModelCopyJob = ModelCopyJobSummary;

/** A region's model invocation logging: one per region, `loggingConfig` absent when none is set. */
export interface InvocationLogging {
  readonly region: string;
  readonly loggingConfig?: LoggingConfig;
}

/** A Bedrock API key: an IAM service-specific credential for bedrock.amazonaws.com. */
export interface BedrockApiKey extends ServiceSpecificCredentialMetadata {
  /** IAM is global per partition; the partition the key was listed in. */
  readonly partition: string;
}

/**
 * The key of the model a deployment or provisioned throughput serves, read with GetCustomModel or
 * GetImportedModel: `undefined` for an AWS-owned key, absent (`served` undefined) for a foundation model.
 */
export interface ServedModel {
  readonly kind: 'custom' | 'imported' | 'foundation';
  readonly modelKmsKeyArn?: string;
}
/** On-demand deployment of a custom model (CreateCustomModelDeployment) and the model it serves. */
export interface CustomModelDeployment extends CustomModelDeploymentSummary {
  readonly served: ServedModel;
}
/** Provisioned throughput and the model it serves. */
export interface ProvisionedThroughput extends ProvisionedModelSummary {
  readonly served: ServedModel;
}
export type EvaluationJob = Omit<GetEvaluationJobCommandOutput, '$metadata'>;
/** A custom model's resource policy (GetResourcePolicy); models without one are not items. */
export interface CustomModelPolicy {
  readonly modelArn: string;
  readonly modelName: string;
  readonly resourcePolicy: string;
}
/** The account's data-retention mode (GetAccountDataRetention), read once per partition. */
export interface DataRetention {
  readonly partition: string;
  /** The region it was read in (the setting is account-wide; a command to change it needs a region). */
  readonly readIn: string;
  readonly mode?: DataRetentionMode;
}
/** A region's guardrails (each guardrail's working draft, as GetGuardrail returns it): one item per region. */
export interface RegionGuardrails {
  readonly region: string;
  readonly guardrails: readonly Omit<GetGuardrailCommandOutput, '$metadata'>[];
}
export type AgentCoreRuntime = Omit<GetAgentRuntimeCommandOutput, '$metadata'>;

/** The item type each kind's collector yields and its rules read. */
export interface KindItems {
  'model-customization-job': CustomizationJob;
  'model-invocation-job': InvocationJob;
  'custom-model': CustomModel;
  'model-import-job': ModelImportJob;
  'imported-model': ImportedModel;
  'model-copy-job': ModelCopyJob;
  'invocation-logging': InvocationLogging;
  'bedrock-api-key': BedrockApiKey;
  'custom-model-deployment': CustomModelDeployment;
  'provisioned-throughput': ProvisionedThroughput;
  'evaluation-job': EvaluationJob;
  'custom-model-policy': CustomModelPolicy;
  'data-retention': DataRetention;
  guardrail: RegionGuardrails;
  'agentcore-runtime': AgentCoreRuntime;
}

/** One rule that one resource breaks, with the commands that fix it. */
export interface Finding {
  readonly ruleId: string;
  readonly kind: ResourceKind;
  /** The resource's region; "global" for IAM (Bedrock API keys). */
  readonly region: string;
  /** The resource ARN; for the two kinds without one, a stable id (see help/audit.md). */
  readonly resourceArn: string;
  readonly resourceName: string;
  readonly message: string;
  readonly remediation: string;
}

/**
 * A resource (or a whole listing) the audit could not look at: denied, or still failing after the
 * SDK's retries. Never counted as compliant; any entry makes the run exit 2.
 */
export interface NotChecked {
  readonly kind: ResourceKind;
  readonly region: string;
  /** The resource ARN, or a description of the listing that failed. */
  readonly resource: string;
  readonly reason: string;
}

export interface AuditReport {
  readonly regions: readonly string[];
  /** The kinds this run audited (all, unless `--kinds` chose some). */
  readonly kinds: readonly ResourceKind[];
  /** Resources checked per audited kind; a kind that was not audited has no entry. */
  readonly checked: Readonly<Partial<Record<ResourceKind, number>>>;
  readonly findings: readonly Finding[];
  readonly notChecked: readonly NotChecked[];
}

/** 0 compliant, 1 findings, 2 could not complete (any "not checked" wins over findings). */
export function exitCodeOf(report: AuditReport): 0 | 1 | 2 {
  if (report.notChecked.length > 0) return 2;
  return report.findings.length > 0 ? 1 : 0;
}
