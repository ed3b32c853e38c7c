import { BedrockClient, type BedrockClientConfig } from '@aws-sdk/client-bedrock';
import { BedrockAgentCoreControlClient } from '@aws-sdk/client-bedrock-agentcore-control';

import { IAMClient } from '@aws-sdk/client-iam';

/** Attempts per API call (first try included) before the call is reported as "not checked". */
export const DEFAULT_MAX_ATTEMPTS = 6;

export interface AuditClientOptions {
  readonly region: string;
  /** Named profile from the shared config files. @default the default credential chain */
  readonly profile?: string;
  /** Custom endpoint: a VPC interface endpoint's DNS name, or a local emulator. @default the regional endpoint */
  readonly endpointUrl?: string;
  /** @default DEFAULT_MAX_ATTEMPTS */
  readonly maxAttempts?: number;
  /** Credentials of an assumed role (organization runs). @default the profile's, else the default chain */
  readonly credentials?: BedrockClientConfig['credentials'];
}

/**
 * Credentials come from the SDK's default chain (env, SSO, web identity for CI OIDC, instance
 * roles); throttling is left to the SDK's adaptive retry mode, which also slows the client's own
 * request rate when the service pushes back, instead of a hand-written retry loop.
 */
function commonConfig(options: AuditClientOptions) {
  return {
    region: options.region,
    ...(options.profile !== undefined && { profile: options.profile }),
    ...(options.endpointUrl !== undefined && { endpoint: options.endpointUrl }),
    ...(options.credentials !== undefined && { credentials: options.credentials }),
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
  };
}

/** One Bedrock client per region. */
export function createBedrockClient(options: AuditClientOptions): BedrockClient {
  return new BedrockClient(commonConfig(options));
}

/**
 * One IAM client per partition (IAM is global; the region only picks the partition's endpoint).
 * --endpoint-url is Bedrock's, so it is not passed here; the SDK's own AWS_ENDPOINT_URL_IAM
 * setting redirects IAM when needed (tests point it at the emulator).
 */
export function createIamClient(options: Omit<AuditClientOptions, 'endpointUrl'>): IAMClient {
  return new IAMClient(commonConfig(options));
}

/**
 * One AgentCore control-plane client per region. --endpoint-url is Bedrock's, so it is not passed
 * here; AWS_ENDPOINT_URL_BEDROCK_AGENTCORE_CONTROL (or AWS_ENDPOINT_URL) moves it.
 */
export function createAgentCoreClient(options: Omit<AuditClientOptions, 'endpointUrl'>): BedrockAgentCoreControlClient {
  return new BedrockAgentCoreControlClient(commonConfig(options));
}
