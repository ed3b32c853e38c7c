import type { PolicyDocument, PolicyStatement } from '../../catalog/iam-policy';
import { policyDocument } from '../policy/document';
import { serviceTrustPolicy } from '../policy/trust';
import { type NetworkOrigins, vpcOnlyBucketPolicy } from '../buckets/bucket-policies';
import { type KeyPolicyBase, baseStatements } from '../keys/key-policies';
import { INVOCATION_LOG_LARGE_DATA_PREFIX, INVOCATION_LOG_S3_PREFIX, INVOCATION_LOG_STREAM } from '../../catalog/invocation-logging';
import { BEDROCK_SERVICE_PRINCIPAL } from '../../catalog/bedrock-services';

/**
 * The policies Bedrock's model invocation log delivery needs, from "Set up model invocation logging"
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-invocation-logging.html): exactly what
 * delivery needs, each grant to bedrock.amazonaws.com limited to this account's Bedrock resources in
 * this region (aws:SourceAccount, aws:SourceArn), so no other account can make Bedrock write here.
 */

/** AWS's confused-deputy pair for Bedrock as a service principal, as the logging page gives it. */
function fromThisAccountsBedrock(accountId: string, region: string) {
  return { StringEquals: { 'aws:SourceAccount': accountId }, ArnLike: { 'aws:SourceArn': bedrockSourceArn(accountId, region) } };
}

function bedrockSourceArn(accountId: string, region: string): string {
  return `arn:aws:bedrock:${region}:${accountId}:*`;
}

export interface InvocationLogBucketPolicyProps {
  /** The log bucket the policy is attached to. */
  readonly bucket: string;
  /** The account whose Bedrock may deliver (aws:SourceAccount) and whose folder it writes (AWSLogs/<account>). */
  readonly accountId: string;
  /** The region whose Bedrock may deliver (aws:SourceArn). */
  readonly region: string;
  /** Reads are admitted only from this VPC (aws:SourceVpc)... */
  readonly vpcId: string;
  /** ...or through this S3 gateway endpoint (aws:SourceVpce). */
  readonly vpcEndpointId: string;
  /** Terraform's identities: may list the bucket from outside the VPC (the provider's refresh), never read or write logs. @default none */
  readonly deployerArns?: readonly string[];
  /** Deployers may empty the bucket, so `terraform destroy` can remove it (force_destroy). @default false */
  readonly deployersMayEmpty?: boolean;
  /** CI plan roles: list the bucket from anywhere, never read or write logs. @default none */
  readonly plannerArns?: readonly string[];
  /** The only principals that read the logs (GetObject, GetObjectVersion): through the gateway endpoint, or from `origins`. */
  readonly logReaderArns: readonly string[];
  /** Where log readers may read from outside the VPC. @default none: through the gateway endpoint only */
  readonly origins?: NetworkOrigins;
  /** Break-glass principals: change the bucket's configuration besides the deployers. No data exemption here. @default none */
  readonly breakGlassArns?: readonly string[];
}

/**
 * The data buckets' policy (vpcOnlyBucketPolicy: TLS only, VPC-only through the gateway endpoint, deployers
 * list but never touch objects and alone change the configuration, planners only list, log readers alone
 * read) with two changes:
 * - AWS's AmazonBedrockLogsWrite statement;
 * - the VPC-only deny carves out AWS service principals (admitAwsServices). Bedrock delivers from outside
 *   any VPC, so without the carve-out the deny would refuse its PutObject; with it, a service still needs
 *   the Allow, which names only Bedrock for this account and region.
 * Stewards have no task here and break-glass no data exemption: logs are read by log readers only.
 */
export function invocationLogBucketPolicy(props: InvocationLogBucketPolicyProps): PolicyDocument {
  const [tls, ...rest] = vpcOnlyBucketPolicy({
    bucket: props.bucket,
    vpcId: props.vpcId,
    vpcEndpointId: props.vpcEndpointId,
    exemptPrincipalArns: [],
    deployerArns: props.deployerArns,
    deployersMayEmpty: props.deployersMayEmpty,
    plannerArns: props.plannerArns,
    readerArns: props.logReaderArns,
    origins: props.origins,
    admitAwsServices: true,
  }).Statement;
  return policyDocument('resource', [
    tls,
    {
      Sid: 'AmazonBedrockLogsWrite',
      Effect: 'Allow',
      Principal: { Service: BEDROCK_SERVICE_PRINCIPAL },
      Action: ['s3:PutObject'],
      Resource: [
        // AWS's documented key layout under the s3Config prefix...
        `arn:aws:s3:::${props.bucket}/${INVOCATION_LOG_S3_PREFIX}/AWSLogs/${props.accountId}/BedrockModelInvocationLogs/*`,
        // ...and CloudWatch's large-data overflow, whose layout AWS does not print: its whole prefix.
        `arn:aws:s3:::${props.bucket}/${INVOCATION_LOG_LARGE_DATA_PREFIX}/*`,
      ],
      Condition: fromThisAccountsBedrock(props.accountId, props.region),
    },
    ...rest,
  ]);
}

/**
 * The log bucket's own key: the account root (and key administrators) as on every key, plus
 * Bedrock's GenerateDataKey for SSE-KMS writes, from this account's Bedrock only. Readers decrypt
 * through IAM policies the root statement delegates to; Bedrock never gets Decrypt.
 */
export function invocationLogKeyPolicy(props: KeyPolicyBase): PolicyDocument {
  const bedrockDelivery: PolicyStatement = {
    Sid: 'AllowBedrockInvocationLogDelivery',
    Effect: 'Allow',
    Principal: { Service: BEDROCK_SERVICE_PRINCIPAL },
    Action: 'kms:GenerateDataKey',
    Resource: '*',
    Condition: fromThisAccountsBedrock(props.accountId, props.region),
  };
  return policyDocument('resource', [...baseStatements(props), bedrockDelivery]);
}

export interface InvocationLogDeliveryProps {
  /** The account of the role and log group. */
  readonly accountId: string;
  /** The region of the log group (and of the Bedrock that assumes the role). */
  readonly region: string;
  /** The log group Bedrock writes to. */
  readonly logGroupName: string;
}

/** The delivery role's trust: Bedrock, for this account's resources in this region only. */
export function invocationLogRoleTrust(props: InvocationLogDeliveryProps): PolicyDocument {
  return serviceTrustPolicy({ service: BEDROCK_SERVICE_PRINCIPAL, sourceAccount: props.accountId, sourceArnLike: bedrockSourceArn(props.accountId, props.region) });
}

/** The delivery role's permissions: create and write the one documented stream, nothing else. */
export function invocationLogDeliveryPolicy(props: InvocationLogDeliveryProps): PolicyDocument {
  return policyDocument('identity', [
    {
      Sid: 'WriteModelInvocationLogStream',
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: `arn:aws:logs:${props.region}:${props.accountId}:log-group:${props.logGroupName}:log-stream:${INVOCATION_LOG_STREAM}`,
    },
  ]);
}

/**
 * Sensitive identifiers CloudWatch Logs masks in the invocation log group as it ingests events (AWS managed data
 * identifiers, "Types of data that you can protect"): prompts and responses carry what users type.
 */
export const INVOCATION_LOG_MASKED_IDENTIFIERS = [
  'AwsSecretKey',
  'BankAccountNumber-US',
  'CreditCardNumber',
  'CreditCardSecurityCode',
  'DriversLicense-US',
  'EmailAddress',
  'IpAddress',
  'PassportNumber-US',
  'PhoneNumber-US',
  'Ssn-US',
] as const;

/**
 * The log group's data-protection policy: the required audit statement (findings kept by CloudWatch, no extra
 * destination) and the de-identify statement that masks. Events show asterisks; logs:Unmask, which the
 * organization SCP leaves to log readers alone, shows them in clear.
 */
export function invocationLogDataProtectionPolicy(logGroupName: string): Record<string, unknown> {
  const identifiers = INVOCATION_LOG_MASKED_IDENTIFIERS.map((id) => `arn:aws:dataprotection::aws:data-identifier/${id}`);
  return {
    Name: `${logGroupName.split('/').filter(Boolean).join('-')}-masking`,
    Description: 'Masks sensitive identifiers in Bedrock prompts and responses; only log readers may unmask',
    Version: '2021-06-01',
    Statement: [
      { Sid: 'audit', DataIdentifier: identifiers, Operation: { Audit: { FindingsDestination: {} } } },
      { Sid: 'mask', DataIdentifier: identifiers, Operation: { Deidentify: { MaskConfig: {} } } },
    ],
  };
}
