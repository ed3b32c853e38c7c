import type { PolicyDocument } from '../../catalog/iam-policy';
import { compactConditions, policyDocument } from '../policy/document';
import { BEDROCK_SERVICES, BedrockServiceName } from '../../catalog/bedrock-services';
import { S3_READ_ACTIONS, S3_WRITE_ACTIONS, bucketAndObjectArns } from '../policy/s3';

export interface S3GatewayPolicyProps {
  /** Only this account's principals may use the endpoint (aws:PrincipalAccount). */
  readonly accountId: string;
  /** Buckets jobs read: training, validation, batch input. */
  readonly readBuckets: readonly string[];
  /** Buckets jobs write: customization output, batch output. */
  readonly writeBuckets: readonly string[];
}

/**
 * The S3 gateway endpoint policy after seed 000 ("RestrictAccessToTrainingBucket"): through this
 * endpoint, only this account's principals, only reads of the input buckets and writes of the output
 * buckets. Any other bucket (including one an attacker owns) is unreachable from the VPC.
 */
export function s3GatewayEndpointPolicy(props: S3GatewayPolicyProps): PolicyDocument {
  const principalAccount = { StringEquals: { 'aws:PrincipalAccount': props.accountId } };
  return policyDocument('resource', [
    {
      Sid: 'RestrictAccessToTrainingBucket',
      Effect: 'Allow',
      Principal: '*',
      Action: [...S3_READ_ACTIONS],
      Resource: props.readBuckets.flatMap(bucketAndObjectArns),
      Condition: principalAccount,
    },
    {
      Sid: 'RestrictAccessToOutputBuckets',
      Effect: 'Allow',
      Principal: '*',
      Action: [...S3_WRITE_ACTIONS],
      Resource: props.writeBuckets.flatMap(bucketAndObjectArns),
      Condition: principalAccount,
    },
  ]);
}

export interface BedrockEndpointPolicyProps {
  /** The endpoint's service: its default actions come from catalog/bedrock-services.ts. */
  readonly service: BedrockServiceName;
  /** Only this account's principals may call through the endpoint (aws:PrincipalAccount). */
  readonly accountId: string;
  /** Also require this organization (aws:PrincipalOrgID). @default no organization condition */
  readonly principalOrgId?: string;
  /** Narrow callers to these principals (aws:PrincipalArn). @default any principal of the account */
  readonly allowedPrincipalArns?: readonly string[];
  /** Actions to allow besides the service's defaults. @default none */
  readonly extraActions?: readonly string[];
  /** Default actions to drop. @default none */
  readonly removeActions?: readonly string[];
}

/** The actions an endpoint allows: the service's defaults, narrowed then extended by config, sorted. */
function endpointActions(service: BedrockServiceName, extra: readonly string[] = [], remove: readonly string[] = []): string[] {
  const removed = new Set(remove);
  const actions = new Set([...BEDROCK_SERVICES[service].defaultActions.filter((a) => !removed.has(a)), ...extra]);
  if (actions.size === 0) throw new Error(`the ${service} endpoint policy would allow no action; remove fewer actions or disable the service`);
  return [...actions].sort();
}

/**
 * A Bedrock interface endpoint policy after seed 004's example, narrowed from "all principals" to
 * this account's principals (and optionally its organization and named principals).
 */
export function bedrockEndpointPolicy(props: BedrockEndpointPolicyProps): PolicyDocument {
  return policyDocument('resource', [
    {
      Sid: 'AllowThisAccountOnly',
      Effect: 'Allow',
      Principal: '*',
      Action: endpointActions(props.service, props.extraActions, props.removeActions),
      Resource: '*',
      Condition: compactConditions({
        StringEquals: { 'aws:PrincipalAccount': props.accountId, 'aws:PrincipalOrgID': props.principalOrgId },
        ArnLike: { 'aws:PrincipalArn': props.allowedPrincipalArns ? [...props.allowedPrincipalArns] : undefined },
      }),
    },
  ]);
}
