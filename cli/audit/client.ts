import { BedrockClient } from '@aws-sdk/client-bedrock';

/** Attempts per API call (first try included) before the call is reported as "not checked". */
export const DEFAULT_MAX_ATTEMPTS = 6;

export interface BedrockClientOptions {
  readonly region: string;
  /** Named profile from the shared config files. @default the default credential chain */
  readonly profile?: string;
  /** Custom endpoint: a VPC interface endpoint's DNS name, or a local emulator. @default the regional endpoint */
  readonly endpointUrl?: string;
  /** @default DEFAULT_MAX_ATTEMPTS */
  readonly maxAttempts?: number;
}

/**
 * One client per region. Credentials come from the SDK's default chain (env, SSO, web identity for
 * CI OIDC, instance roles); throttling is left to the SDK's adaptive retry mode, which also slows
 * the client's own request rate when the service pushes back, instead of a hand-written retry loop.
 */
export function createBedrockClient(options: BedrockClientOptions): BedrockClient {
  return new BedrockClient({
    region: options.region,
    ...(options.profile !== undefined && { profile: options.profile }),
    ...(options.endpointUrl !== undefined && { endpoint: options.endpointUrl }),
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
  });
}
