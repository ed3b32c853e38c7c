import type { BedrockClient } from '@aws-sdk/client-bedrock';
import type { BedrockAgentCoreControlClient } from '@aws-sdk/client-bedrock-agentcore-control';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { NotChecked, ResourceKind } from '../model';
import type { Limiter } from '../pool';

export interface ProgressEvent {
  readonly region: string;
  readonly kind: ResourceKind;
  /** Resources listed so far in this region. */
  readonly listed: number;
}

/** What every regional collector needs; the client is injected so tests can hand in a mocked one. */
export interface CollectContext {
  readonly client: BedrockClient;
  /** AgentCore control plane of the same region, built on first use. @default none: AgentCore kinds are not checked */
  readonly agentCore?: () => BedrockAgentCoreControlClient;
  readonly region: string;
  /** Only resources created (or, for batch jobs, submitted) after this instant. @default all */
  readonly since?: Date;
  /** Bounds the per-resource Get calls across all collectors of a run. */
  readonly limit: Limiter;
  readonly onProgress?: (event: ProgressEvent) => void;
}

/** What an account-wide (IAM) collector needs: IAM is global per partition, so no region of its own. */
export interface AccountCollectContext extends Omit<CollectContext, 'client'> {
  readonly iam: IAMClient;
  /** Bedrock client of the partition's first audited region, for account-wide Bedrock settings. */
  readonly bedrock: BedrockClient;
  /** That region's name. */
  readonly bedrockRegion: string;
  /** ARN partition whose IAM this is (aws, aws-us-gov). */
  readonly partition: string;
}

export interface Collected<T> {
  readonly items: readonly T[];
  readonly notChecked: readonly NotChecked[];
}

/** Page size for List calls: the service maximum for these APIs is 1000; 100 keeps pages small. */
export const PAGE_SIZE = 100;

/** Why a call failed, phrased for the "not checked" list. */
export function failureReason(err: unknown): string {
  const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number; attempts?: number } };
  const name = e.name ?? 'Error';
  const attempts = e.$metadata?.attempts;
  const denied = name === 'AccessDeniedException' || name === 'AccessDenied' || name === 'UnauthorizedException' || e.$metadata?.httpStatusCode === 403;
  const detail = `${name}: ${e.message ?? String(err)}`;
  if (denied) return `access denied (${detail}); grant the actions in catalog/auditor-policy.json`;
  if (name === 'CredentialsProviderError') return `no AWS credentials (${detail}); pass --profile, set AWS_PROFILE, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`;
  return attempts !== undefined && attempts > 1 ? `${detail} (after ${attempts} attempts)` : detail;
}
