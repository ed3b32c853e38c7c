import type { PolicyStatement } from './iam-policy';
import { INFERENCE_PROFILE_GEOGRAPHIES, profileScope } from './inference-profiles';
import { jobArnPattern } from './job-kinds';

/** The runtime actions an invoker needs: InvokeModel also authorizes Converse, the streaming action ConverseStream. */
export const INVOKE_ACTIONS = ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'] as const;

/** The guardrail an invoker must name on every call, and the key it is encrypted with. */
export interface InvokerGuardrail {
  /** `arn:aws:bedrock:<region>:<account>:guardrail/<id>`: what bedrock:ApplyGuardrail authorizes on. */
  readonly arn: string;
  /** `<arn>:<version>`: the value of bedrock:GuardrailIdentifier when a call names the published version. */
  readonly versionArn: string;
  /** The guardrail's KMS key: Bedrock decrypts the guardrail as the caller. */
  readonly keyArn: string;
}

export interface InvokerPolicyProps {
  /** The environment's Region: the source Region of every call. */
  readonly region: string;
  /** The account that owns the inference profiles (system-defined profiles carry the caller's account). */
  readonly accountId: string;
  /** Foundation models invoked in `region`. */
  readonly modelIds: readonly string[];
  /** Geographic and global cross-Region inference profile ids (validated by config/invokers.ts). */
  readonly inferenceProfileIds: readonly string[];
  /** The environment's bedrock-runtime interface endpoint: every call must arrive through it (aws:SourceVpce). */
  readonly runtimeEndpointId: string;
  /** Require this guardrail's version on every call. @default no guardrail condition */
  readonly guardrail?: InvokerGuardrail;
  /**
   * Allow invoking the account's custom model deployments in `region` (the environment trains custom
   * models, config `customModels`): a deployment is invoked by its ARN, under the same conditions.
   * @default false
   */
  readonly customModelDeployments?: boolean;
}

const foundationModelArn = (region: string, modelId: string) => `arn:aws:bedrock:${region}::foundation-model/${modelId}`;

/**
 * The statements of the model invokers' managed policy (modules/invokers builds the document; config/invokers.ts
 * measures it before anything is built, so both read the same statements). The caller's own request is allowed only on the configured models
 * and profiles, only through the environment's bedrock-runtime endpoint and, when the environment has a
 * guardrail, only naming its published version. A cross-Region profile's model is then allowed where
 * AWS authorizes it (the source Region, each destination Region, and for a global profile the
 * Region-less model ARN), but only for a call through that profile (bedrock:InferenceProfileArn): the
 * profile statement already held the endpoint and guardrail conditions for the same request, and the
 * authorization Bedrock makes in a destination Region is not one this caller's network can satisfy.
 * An environment that trains custom models also lets its invokers call the account's custom model
 * deployments in its Region, with the same endpoint and guardrail conditions.
 */
export function invokerStatements(props: InvokerPolicyProps): PolicyStatement[] {
  const onTheCall: Record<string, string> = {
    'aws:SourceVpce': props.runtimeEndpointId,
    ...(props.guardrail ? { 'bedrock:GuardrailIdentifier': props.guardrail.versionArn } : {}),
  };
  const statements: PolicyStatement[] = [];
  if (props.modelIds.length) {
    statements.push({
      Sid: 'InvokeConfiguredModelsThroughEndpoint',
      Effect: 'Allow',
      Action: [...INVOKE_ACTIONS],
      Resource: props.modelIds.map((id) => foundationModelArn(props.region, id)),
      Condition: { StringEquals: onTheCall },
    });
  }
  const profileArn = (id: string) => `arn:aws:bedrock:${props.region}:${props.accountId}:inference-profile/${id}`;
  if (props.inferenceProfileIds.length) {
    statements.push({
      Sid: 'InvokeConfiguredProfilesThroughEndpoint',
      Effect: 'Allow',
      Action: [...INVOKE_ACTIONS],
      Resource: props.inferenceProfileIds.map(profileArn),
      Condition: { StringEquals: onTheCall },
    });
  }
  if (props.customModelDeployments) {
    // The deployment ARN is the modelId of the call (`custom-model-deployment` in the Service
    // Authorization Reference, a resource type of both invoke actions); any deployment of this account
    // and Region, since deployments are created after the stack (job deploy-model).
    statements.push({
      Sid: 'InvokeCustomModelDeploymentsThroughEndpoint',
      Effect: 'Allow',
      Action: [...INVOKE_ACTIONS],
      Resource: jobArnPattern('customModelDeployment', props.region, props.accountId),
      Condition: { StringEquals: onTheCall },
    });
  }
  props.inferenceProfileIds.forEach((id, i) => statements.push(...profileModelStatements(id, i + 1, props.region, profileArn(id))));
  if (props.guardrail) {
    statements.push(
      {
        // Bedrock applies the guardrail named in the call as the caller (Bedrock User Guide, "Set up permissions to use guardrails").
        Sid: 'ApplyTheGuardrailThroughEndpoint',
        Effect: 'Allow',
        Action: 'bedrock:ApplyGuardrail',
        Resource: props.guardrail.arn,
        Condition: { StringEquals: { 'aws:SourceVpce': props.runtimeEndpointId } },
      },
      {
        Sid: 'DecryptTheGuardrailThroughBedrock',
        Effect: 'Allow',
        Action: 'kms:Decrypt',
        Resource: props.guardrail.keyArn,
        Condition: { StringEquals: { 'kms:ViaService': `bedrock.${props.region}.amazonaws.com` } },
      },
    );
  }
  return statements;
}

/** The model behind profile `id`, where AWS authorizes it for a call through the profile. */
function profileModelStatements(id: string, n: number, region: string, arn: string): PolicyStatement[] {
  const scope = profileScope(id);
  const throughProfile = { 'bedrock:InferenceProfileArn': arn };
  if (scope.kind === 'geographic') {
    const regions = [...new Set([region, ...INFERENCE_PROFILE_GEOGRAPHIES[scope.geography].destinationRegions])];
    return [
      {
        Sid: `InvokeProfile${n}ModelInItsRegions`,
        Effect: 'Allow',
        Action: [...INVOKE_ACTIONS],
        Resource: regions.map((r) => foundationModelArn(r, scope.modelId)),
        Condition: { StringEquals: throughProfile },
      },
    ];
  }
  if (scope.kind === 'global') {
    // AWS's documented shape for global profiles: the model in the source Region, and the Region-less
    // model ARN with aws:RequestedRegion "unspecified".
    return [
      {
        Sid: `InvokeProfile${n}ModelInSourceRegion`,
        Effect: 'Allow',
        Action: [...INVOKE_ACTIONS],
        Resource: foundationModelArn(region, scope.modelId),
        Condition: { StringEquals: throughProfile },
      },
      {
        Sid: `InvokeProfile${n}ModelGlobally`,
        Effect: 'Allow',
        Action: [...INVOKE_ACTIONS],
        Resource: foundationModelArn('', scope.modelId),
        Condition: { StringEquals: { ...throughProfile, 'aws:RequestedRegion': 'unspecified' } },
      },
    ];
  }
  throw new Error(`inference profile "${id}" has no known geography (config/invokers.ts validates this first)`);
}
