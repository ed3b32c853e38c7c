import type {
  GetCustomModelCommandOutput,
  GetModelCustomizationJobCommandOutput,
  ModelInvocationJobSummary,
} from '@aws-sdk/client-bedrock';

export type ResourceKind = 'model-customization-job' | 'model-invocation-job' | 'custom-model';

export type CustomizationJob = Omit<GetModelCustomizationJobCommandOutput, '$metadata'>;
export type InvocationJob = ModelInvocationJobSummary;
export type CustomModel = Omit<GetCustomModelCommandOutput, '$metadata'>;

/** One rule that one resource breaks, with the commands that fix it. */
export interface Finding {
  readonly ruleId: string;
  readonly kind: ResourceKind;
  readonly region: string;
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
  readonly checked: Readonly<Record<ResourceKind, number>>;
  readonly findings: readonly Finding[];
  readonly notChecked: readonly NotChecked[];
}

/** 0 compliant, 1 findings, 2 could not complete (any "not checked" wins over findings). */
export function exitCodeOf(report: AuditReport): 0 | 1 | 2 {
  if (report.notChecked.length > 0) return 2;
  return report.findings.length > 0 ? 1 : 0;
}
