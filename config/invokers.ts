import { z } from 'zod';
import { GLOBAL_PROFILE_PREFIX, INFERENCE_PROFILE_GEOGRAPHIES, geographiesOf, profileScope } from '../catalog/inference-profiles';
import { invokerStatements } from '../catalog/invoker-statements';

/** IAM's limit on a customer managed policy, in characters without whitespace (IAM User Guide, "IAM and AWS STS quotas"). */
export const MANAGED_POLICY_MAX_CHARS = 6144;

/**
 * `invokers`: what the environment's model invokers (people.modelInvokers) may call, and so what their
 * generated managed policy allows (help/invokers.md). Absent means no invoker policy. Global inference
 * profiles (`global.` ids) route prompts to any commercial Region, so they are accepted here and in
 * jobs.batchInferenceProfileIds only when `allowGlobalInferenceProfiles` is true (checkInferenceProfiles).
 */

/** "us.anthropic.claude-3-haiku-20240307-v1:0", "global.anthropic.claude-sonnet-4-5-20250929-v1:0". */
const PROFILE_ID = /^(?:[a-z]{2,4}|global)\.[a-z0-9-]+\.[\w.:-]+$/;

export const inferenceProfileId = z
  .string()
  .regex(PROFILE_ID, 'must be an inference profile id such as "us.amazon.nova-lite-v1:0" or "global.anthropic.claude-sonnet-4-5-20250929-v1:0"');

export const foundationModelId = z.string().regex(/^[a-z0-9-]+\.[\w.:-]+$/, 'must be a Bedrock model id such as "amazon.titan-text-lite-v1"');

const distinct = (ids: readonly string[]) => new Set(ids).size === ids.length;

export const InvokersSchema = z.strictObject({
  /** Foundation models invoked in the environment's own Region, e.g. "anthropic.claude-3-haiku-20240307-v1:0". @default none */
  modelIds: z.array(foundationModelId).refine(distinct, { error: 'list each model id once' }).default([]),
  /** Cross-Region inference profiles, e.g. "us.anthropic.claude-3-haiku-20240307-v1:0". @default none */
  inferenceProfileIds: z.array(inferenceProfileId).refine(distinct, { error: 'list each inference profile id once' }).default([]),
  /** Accept `global.` profile ids here and in jobs.batchInferenceProfileIds: prompts may be processed in any commercial Region. @default false */
  allowGlobalInferenceProfiles: z.boolean().default(false),
});

export type InvokersConfig = z.output<typeof InvokersSchema>;

interface ProfileOwner {
  readonly region: string;
  readonly accountId: string;
  readonly guardrail?: unknown;
  readonly endpoints: { readonly services: readonly string[] };
  readonly jobs: { readonly batchInferenceProfileIds: readonly string[] };
  readonly invokers?: InvokersConfig;
  readonly customModels: readonly unknown[];
}

/**
 * Cross-field rules: every profile id (invokers and batch jobs) names a known geography that includes the
 * environment's Region, a `global.` id needs the opt-in, and an invoker policy needs something to invoke
 * and the bedrock-runtime endpoint it is bound to.
 */
export function checkInferenceProfiles(env: ProfileOwner, ctx: z.RefinementCtx): void {
  const allowGlobal = env.invokers?.allowGlobalInferenceProfiles ?? false;
  const lists = [
    { path: ['jobs', 'batchInferenceProfileIds'], ids: env.jobs.batchInferenceProfileIds },
    { path: ['invokers', 'inferenceProfileIds'], ids: env.invokers?.inferenceProfileIds ?? [] },
  ];
  const here = geographiesOf(env.region);
  let badIds = false;
  for (const { path, ids } of lists) {
    ids.forEach((id, i) => {
      // An id of the wrong shape already has its one message (inferenceProfileId).
      if (!PROFILE_ID.test(id)) {
        badIds = true;
        return;
      }
      const scope = profileScope(id);
      badIds ||= scope.kind === 'unknown' || (scope.kind === 'global' && !allowGlobal) || (scope.kind === 'geographic' && !here.includes(scope.geography));
      if (scope.kind === 'global' && !allowGlobal) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, i],
          message: `"${id}" is a global inference profile, which may process prompts in any commercial Region; set invokers.allowGlobalInferenceProfiles to true to accept it, or use a geographic profile (${here.map((g) => `"${g}."`).join(', ') || 'none serves this Region'})`,
        });
      } else if (scope.kind === 'unknown') {
        const known = [...Object.keys(INFERENCE_PROFILE_GEOGRAPHIES), GLOBAL_PROFILE_PREFIX].map((p) => `"${p}."`).join(', ');
        ctx.addIssue({ code: 'custom', path: [...path, i], message: `"${scope.prefix}." is not an inference profile geography these stacks know; use one of ${known} (catalog/inference-profiles.ts)` });
      } else if (scope.kind === 'geographic' && !here.includes(scope.geography)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, i],
          message: `"${id}" is a ${INFERENCE_PROFILE_GEOGRAPHIES[scope.geography].label} profile, which cannot be called from ${env.region}; use ${here.map((g) => `"${g}.${scope.modelId}"`).join(' or ') || 'a model id in invokers.modelIds'}`,
        });
      }
    });
  }
  const inv = env.invokers;
  if (!inv) return;
  // Only ids that passed the checks above can be built into statements.
  if (badIds) return;
  const size = invokerPolicySizeEstimate({ region: env.region, accountId: env.accountId, invokers: inv, customModelDeployments: env.customModels.length > 0 }, env.guardrail !== undefined);
  if (size > MANAGED_POLICY_MAX_CHARS) {
    ctx.addIssue({
      code: 'custom',
      path: ['invokers', 'inferenceProfileIds'],
      message: `the invoker policy would be about ${size} characters, over IAM's ${MANAGED_POLICY_MAX_CHARS} for a managed policy (each geographic profile lists its model in every destination Region); list fewer models or profiles here`,
    });
  }
  if (inv.modelIds.length === 0 && inv.inferenceProfileIds.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['invokers'], message: 'name at least one model in invokers.modelIds or invokers.inferenceProfileIds, or remove invokers (no invoker policy)' });
  }
  if (!env.endpoints.services.includes('bedrock-runtime')) {
    ctx.addIssue({ code: 'custom', path: ['invokers'], message: 'the invoker policy allows calls only through the bedrock-runtime endpoint; add "bedrock-runtime" to endpoints.services' });
  }
}

/**
 * The invoker policy's length once Terraform has filled in its references, measured on the statements
 * the stack builds (catalog/invoker-statements.ts) with each reference at its longest form: an endpoint
 * id, a guardrail ARN with an 8-digit version, a key ARN. An oversized policy is then a config error, not a
 * failed apply (IAM counts characters without whitespace; JSON.stringify writes none).
 */
export function invokerPolicySizeEstimate(
  env: { readonly region: string; readonly accountId: string; readonly invokers: Pick<InvokersConfig, 'modelIds' | 'inferenceProfileIds'>; readonly customModelDeployments?: boolean },
  withGuardrail = true,
): number {
  const guardrailArn = `arn:aws:bedrock:${env.region}:${env.accountId}:guardrail/${'x'.repeat(12)}`;
  const statements = invokerStatements({
    region: env.region,
    accountId: env.accountId,
    modelIds: env.invokers.modelIds,
    inferenceProfileIds: env.invokers.inferenceProfileIds,
    runtimeEndpointId: `vpce-${'0'.repeat(17)}`,
    customModelDeployments: env.customModelDeployments,
    guardrail: withGuardrail ? { arn: guardrailArn, versionArn: `${guardrailArn}:${'9'.repeat(8)}`, keyArn: `arn:aws:kms:${env.region}:${env.accountId}:key/${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}` } : undefined,
  });
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }).length;
}
