import { BedrockServiceException } from '@aws-sdk/client-bedrock';
import { ToolError } from '../../catalog/errors';
import { AwsCallError, awsCallFailure } from '../../cli/shared/aws-errors';

const CALL = { operation: 'CreateModelInvocationJob', permissions: 'bedrock:CreateModelInvocationJob', request: 'the flags (--dry-run prints the request)' };

function serviceError(name: string, fault: 'client' | 'server', message: string): BedrockServiceException {
  return new BedrockServiceException({ name, $fault: fault, message, $metadata: { httpStatusCode: fault === 'client' ? 400 : 500 } });
}

describe('awsCallFailure: what the job command reports when a call fails', () => {
  it.each([
    [
      'access denied',
      serviceError('AccessDeniedException', 'client', 'not authorized\n  to perform'),
      'CreateModelInvocationJob was denied (AccessDeniedException: not authorized to perform). Grant the caller bedrock:CreateModelInvocationJob.',
    ],
    [
      'missing credentials',
      Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }),
      'CreateModelInvocationJob could not authenticate (CredentialsProviderError: Could not load credentials from any providers). Check the credentials: --profile or AWS_PROFILE, "aws sso login", or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
    ],
    [
      'an unreachable endpoint',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
      'CreateModelInvocationJob could not reach Bedrock (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9). Check --endpoint-url, the region and the network path to the endpoint.',
    ],
    [
      'a request AWS rejects',
      serviceError('ValidationException', 'client', 'modelId is invalid'),
      'CreateModelInvocationJob was rejected (ValidationException: modelId is invalid). Check the flags (--dry-run prints the request).',
    ],
  ])('turns %s into one line the user can act on', (_label, thrown, message) => {
    const error = awsCallFailure(CALL, thrown);
    expect(error).toBeInstanceOf(AwsCallError);
    expect(error.message).toBe(message);
  });

  it('keeps AWS\'s own failures as tool errors with their cause', () => {
    const thrown = serviceError('InternalServerException', 'server', 'try again');
    const error = awsCallFailure(CALL, thrown);
    expect(error).toBeInstanceOf(ToolError);
    expect(error.message).toBe('CreateModelInvocationJob failed (InternalServerException: try again)');
    expect(error.cause).toBe(thrown);
  });
});
