import type { PolicyDocument, PolicyStatement } from '../../catalog/iam-policy';
import { compactConditions, policyDocument } from '../policy/document';
import { BEDROCK_SERVICES, BedrockServiceName, OAUTH_INGRESS_SERVICE_NAMES, bedrockService } from '../../catalog/bedrock-services';
import { S3_READ_ACTIONS, S3_WRITE_ACTIONS, bucketAndObjectArns } from '../policy/s3';

export interface S3GatewayPolicyProps {
  /** Only this account's principals may use the endpoint (aws:PrincipalAccount). */
  readonly accountId: string;
  /** Buckets jobs read: training, validation, batch input. */
  readonly readBuckets: readonly string[];
  /** Buckets jobs write: customization output, batch output. */
  readonly writeBuckets: readonly string[];
  /** Log buckets people may read from inside the VPC (the invocation log bucket). @default none */
  readonly logReadBuckets?: readonly string[];
}

/**
 * The S3 gateway endpoint policy after seed 000 ("RestrictAccessToTrainingBucket"): through this
 * endpoint, only this account's principals, only reads of the input buckets and writes of the output
 * buckets. Any other bucket (including one an attacker owns) is unreachable from the VPC.
 */
export function s3GatewayEndpointPolicy(props: S3GatewayPolicyProps): PolicyDocument {
  const allow = (sid: string, actions: readonly string[], buckets: readonly string[]): PolicyStatement => ({
    Sid: sid,
    Effect: 'Allow',
    Principal: '*',
    Action: [...actions],
    Resource: buckets.flatMap(bucketAndObjectArns),
    Condition: { StringEquals: { 'aws:PrincipalAccount': props.accountId } },
  });
  return policyDocument('resource', [
    allow('RestrictAccessToTrainingBucket', S3_READ_ACTIONS, props.readBuckets),
    allow('RestrictAccessToOutputBuckets', S3_WRITE_ACTIONS, props.writeBuckets),
    // The invocation log bucket admits readers only from the VPC, so it must be readable through it.
    ...(props.logReadBuckets?.length ? [allow('AllowReadingLogBuckets', S3_READ_ACTIONS, props.logReadBuckets)] : []),
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
  /**
   * Resources OAuth callers (no IAM principal) may invoke through the endpoint: adds a separate
   * `Principal: "*"` statement for the service's one invoke action on exactly these ARNs. Only for
   * services with `oauthIngress` in catalog/bedrock-services.ts. @default none: SigV4 callers only
   */
  readonly oauthResourceArns?: readonly string[];
}

/** The actions an endpoint allows: the service's defaults, narrowed then extended by config, sorted. */
function endpointActions(service: BedrockServiceName, extra: readonly string[] = [], remove: readonly string[] = []): string[] {
  const removed = new Set(remove);
  const actions = new Set([...BEDROCK_SERVICES[service].defaultActions.filter((a) => !removed.has(a)), ...extra]);
  // Config refuses this with the field to fix (config/endpoints-schema.ts); here it guards direct use of the module.
  if (actions.size === 0) throw new Error(`the ${service} endpoint policy would allow no action; remove fewer actions or disable the service`);
  return [...actions].sort();
}

/**
 * A Bedrock interface endpoint policy after seed 004's example, narrowed from "all principals" to
 * this account's principals (and optionally its organization and named principals).
 */
export function bedrockEndpointPolicy(props: BedrockEndpointPolicyProps): PolicyDocument {
  const oauth = props.oauthResourceArns?.length ? [oauthCallersStatement(props.service, props.oauthResourceArns)] : [];
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
    ...oauth,
  ]);
}

/**
 * AgentCore's documented exception: "For OAuth-based requests to succeed through the VPC endpoint, the
 * principal must be set to * in the endpoint policy." No principal condition can narrow it (OAuth
 * callers have no IAM principal), so the statement is narrowed by action and resource instead, and
 * the guardrail rule BPP-VPCE-4 reports it with the environment's justification.
 */
function oauthCallersStatement(service: BedrockServiceName, resources: readonly string[]): PolicyStatement {
  const ingress = bedrockService(service).oauthIngress;
  if (!ingress) throw new Error(`the ${service} endpoint cannot admit OAuth callers; only ${OAUTH_INGRESS_SERVICE_NAMES.join(', ')} can`);
  if (resources.some((r) => r === '*')) throw new Error(`the ${service} OAuth statement must name runtimes or gateways, never "*"`);
  return { Sid: 'AllowOAuthCallersToNamedResources', Effect: 'Allow', Principal: '*', Action: [ingress.action], Resource: [...resources] };
}
