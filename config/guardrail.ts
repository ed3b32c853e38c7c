import { z } from 'zod';
import { DEFAULT_GUARDRAIL_PII_ENTITIES, GUARDRAIL_PII_ACTIONS, GUARDRAIL_PII_ENTITY_TYPES } from '../catalog/guardrails';

/**
 * `guardrail`: the environment's baseline Amazon Bedrock guardrail and its published version
 * (help/guardrail.md). Absent means none, and the invoker policy does not require one. Present, the
 * invoker policy allows invocation only with this guardrail's version (bedrock:GuardrailIdentifier).
 * The prompt-attack filter (HIGH) is not configurable: it is the point of the baseline.
 */
const threshold = (what: string) =>
  z.number().min(0, `${what} is 0 to 0.99`).max(0.99, `${what} is 0 to 0.99 (Bedrock rejects 1)`).default(0.75);

export const GuardrailSchema = z.strictObject({
  /** PII entity types the sensitive-information filter acts on, in prompts and in responses. @default credentials, card, bank and social security numbers */
  piiEntities: z
    .array(z.enum(GUARDRAIL_PII_ENTITY_TYPES, { error: `must be a Bedrock PII entity type: ${GUARDRAIL_PII_ENTITY_TYPES.join(', ')}` }))
    .min(1, 'name at least one PII entity type: the baseline must filter sensitive information')
    .refine((t) => new Set(t).size === t.length, { error: 'list each PII entity type once' })
    .default([...DEFAULT_GUARDRAIL_PII_ENTITIES]),
  /** What the filter does on a match, input and output alike. @default "BLOCK" */
  piiAction: z.enum(GUARDRAIL_PII_ACTIONS, { error: `must be ${GUARDRAIL_PII_ACTIONS.map((a) => `"${a}"`).join(' or ')}` }).default('BLOCK'),
  /** Contextual grounding: responses less grounded in the supplied source than this are blocked. @default 0.75 */
  groundingThreshold: threshold('groundingThreshold'),
  /** Contextual grounding: responses less relevant to the query than this are blocked. @default 0.75 */
  relevanceThreshold: threshold('relevanceThreshold'),
  /** What a caller sees when a prompt is blocked. @default a sentence naming the guardrail */
  blockedInputMessaging: z.string().min(1).max(500).default('This request was blocked by the platform guardrail.'),
  /** What a caller sees when a response is blocked. @default a sentence naming the guardrail */
  blockedOutputsMessaging: z.string().min(1).max(500).default('This response was blocked by the platform guardrail.'),
});

export type GuardrailConfig = z.output<typeof GuardrailSchema>;
