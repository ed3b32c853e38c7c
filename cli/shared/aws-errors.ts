import { ToolError, UserError } from '../../catalog/errors';

/** One AWS API call, described for the person who has to fix what went wrong with it. */
export interface AwsCall {
  /** The API operation, e.g. "CreateModelCustomizationJob". */
  readonly operation: string;
  /** What the caller must be allowed to do, for an access-denied answer (e.g. "bedrock:CreateModelCustomizationJob ..."). */
  readonly permissions: string;
  /** What to check when AWS rejects the request as invalid. @default "the flags" */
  readonly request?: string;
}

/** A failed AWS call the caller can fix (permissions, credentials, the request, the network path). */
export class AwsCallError extends UserError {
  override readonly name = 'AwsCallError';
}

const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation']);
const NOT_AUTHENTICATED = new Set([
  'CredentialsProviderError',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'ExpiredTokenException',
  'ExpiredToken',
]);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH']);

interface SdkErrorShape {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly code?: unknown;
  readonly $fault?: unknown;
}

/** AWS messages can span lines; the report is one line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Turns what an SDK call threw into the error to report. The caller's own problems (denied, not
 * signed in, a request AWS rejected, an endpoint it cannot reach) become one line naming the
 * operation, the AWS error and what to grant or check, with no stack: they are not bugs. Anything
 * else (AWS's own 5xx, an unexpected exception) stays a ToolError with its cause.
 */
export function awsCallFailure(call: AwsCall, thrown: unknown): UserError | ToolError {
  const error: SdkErrorShape = typeof thrown === 'object' && thrown !== null ? thrown : {};
  const name = typeof error.name === 'string' ? error.name : 'Error';
  const message = oneLine(typeof error.message === 'string' ? error.message : String(thrown));
  const code = typeof error.code === 'string' ? error.code : undefined;
  if (DENIED.has(name)) {
    return new AwsCallError(`${call.operation} was denied (${name}: ${message}). Grant the caller ${call.permissions}.`);
  }
  if (NOT_AUTHENTICATED.has(name)) {
    return new AwsCallError(
      `${call.operation} could not authenticate (${name}: ${message}). Check the credentials: --profile or AWS_PROFILE, "aws sso login", or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.`,
    );
  }
  if (code !== undefined && UNREACHABLE.has(code)) {
    return new AwsCallError(`${call.operation} could not reach Bedrock (${code}: ${message}). Check --endpoint-url, the region and the network path to the endpoint.`);
  }
  if (error.$fault === 'client') {
    return new AwsCallError(`${call.operation} was rejected (${name}: ${message}). Check ${call.request ?? 'the flags'}.`);
  }
  return new ToolError(`${call.operation} failed (${name}: ${message})`, { cause: thrown });
}
