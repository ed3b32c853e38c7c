import type { LoggingConfig } from '@aws-sdk/client-bedrock';
import type { Expectations } from '../expectations';
import type { BedrockApiKey, InvocationLogging } from '../model';
import { PLACEHOLDERS, bedrockCommand, iamCommand, steps } from './command';

/**
 * The delivery switches of a fresh configuration: the modalities the console enables by default.
 * An existing configuration keeps its own.
 */
const DEFAULT_DELIVERY = { textDataDeliveryEnabled: true, imageDataDeliveryEnabled: true, embeddingDataDeliveryEnabled: true, videoDataDeliveryEnabled: true };

/**
 * put-model-invocation-logging-configuration replaces the whole configuration, so the command
 * keeps what is right (delivery switches, prefixes, the CloudWatch role) and points each
 * destination at the environment's: the expected one when known, else a placeholder.
 */
export function invocationLoggingRemediation(logging: InvocationLogging, expected: Expectations): string {
  const current: LoggingConfig = logging.loggingConfig ?? {};
  const bucket = expected.invocationLogBucket;
  const cloudWatch = current.cloudWatchConfig;
  // S3 stays if it is there; a region with no destination gets S3 unless only a log group is expected.
  const wantS3 = current.s3Config !== undefined || (cloudWatch === undefined && (bucket !== undefined || expected.invocationLogGroup === undefined));
  const logGroup = expected.invocationLogGroup ?? cloudWatch?.logGroupName;
  const large = cloudWatch?.largeDataDeliveryS3Config;
  const loggingConfig: LoggingConfig = {
    ...(wantS3 && { s3Config: { bucketName: bucket ?? current.s3Config?.bucketName ?? PLACEHOLDERS.logBucket, keyPrefix: current.s3Config?.keyPrefix } }),
    ...(logGroup !== undefined && {
      cloudWatchConfig: {
        logGroupName: logGroup,
        roleArn: cloudWatch?.roleArn ?? PLACEHOLDERS.loggingRole,
        largeDataDeliveryS3Config: large && { ...large, bucketName: bucket ?? large.bucketName },
      },
    }),
    ...(hasDeliverySwitch(current) ? pickDelivery(current) : DEFAULT_DELIVERY),
  };
  return bedrockCommand('PutModelInvocationLoggingConfiguration', logging.region, { loggingConfig });
}

function pickDelivery(c: LoggingConfig): Partial<LoggingConfig> {
  const { textDataDeliveryEnabled, imageDataDeliveryEnabled, embeddingDataDeliveryEnabled, videoDataDeliveryEnabled, audioDataDeliveryEnabled } = c;
  return { textDataDeliveryEnabled, imageDataDeliveryEnabled, embeddingDataDeliveryEnabled, videoDataDeliveryEnabled, audioDataDeliveryEnabled };
}

const hasDeliverySwitch = (c: LoggingConfig): boolean => Object.values(pickDelivery(c)).some((v) => v !== undefined);

/** Deactivate first (reversible, and shows what breaks), delete once nothing uses the key. */
export function apiKeyRemediation(key: BedrockApiKey): string {
  const ids = { UserName: key.UserName, ServiceSpecificCredentialId: key.ServiceSpecificCredentialId };
  const deactivate = key.Status === 'Active' ? [iamCommand('UpdateServiceSpecificCredential', { ...ids, Status: 'Inactive' })] : [];
  return steps(
    ['Move callers to short-term API keys or role credentials; deactivate the key, then delete it once nothing fails.'],
    [...deactivate, iamCommand('DeleteServiceSpecificCredential', ids)],
  );
}
