import { z } from 'zod';
import { GLOBAL_PROFILE_PREFIX, INFERENCE_PROFILE_GEOGRAPHIES, geographiesOf, profileScope } from '../catalog/inference-profiles';

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
  readonly endpoints: { readonly services: readonly string[] };
  readonly jobs: { readonly batchInferenceProfileIds: readonly string[] };
  readonly invokers?: InvokersConfig;
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
  for (const { path, ids } of lists) {
    ids.forEach((id, i) => {
      // An id of the wrong shape already has its one message (inferenceProfileId).
      if (!PROFILE_ID.test(id)) return;
      const scope = profileScope(id);
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
  if (inv.modelIds.length === 0 && inv.inferenceProfileIds.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['invokers'], message: 'name at least one model in invokers.modelIds or invokers.inferenceProfileIds, or remove invokers (no invoker policy)' });
  }
  if (!env.endpoints.services.includes('bedrock-runtime')) {
    ctx.addIssue({ code: 'custom', path: ['invokers'], message: 'the invoker policy allows calls only through the bedrock-runtime endpoint; add "bedrock-runtime" to endpoints.services' });
  }
}
