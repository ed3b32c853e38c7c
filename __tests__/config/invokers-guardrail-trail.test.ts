import { ConfigError } from '../../config/errors';
import { validateEnvironments } from '../../config/load';
import { trailEnabled } from '../../config/trail';
import { MANAGED_POLICY_MAX_CHARS, invokerPolicySizeEstimate } from '../../config/invokers';
import { BASE_ENV, resourceAt, synthEnv, testEnv } from '../helpers/synth';

/** The environment-file keys `invokers`, `guardrail` and `trail`: defaults, and one message per mistake naming the field and the fix. */

function problemsFor(raw: unknown, name = 'dev'): string[] {
  try {
    validateEnvironments([{ name, raw }]);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message.split('\n').slice(1);
  }
  throw new Error('expected the configuration to be rejected');
}

const HAIKU = 'anthropic.claude-3-haiku-20240307-v1:0';
const SONNET = 'anthropic.claude-sonnet-4-5-20250929-v1:0';

describe('invokers, guardrail and trail configuration', () => {
  it('has no invoker policy, no guardrail, and a trail in prod only, by default', () => {
    const [dev] = validateEnvironments([{ name: 'dev', raw: BASE_ENV }]);
    const [prod] = validateEnvironments([{ name: 'prod', raw: BASE_ENV }]);
    expect(dev.invokers).toBeUndefined();
    expect(dev.guardrail).toBeUndefined();
    expect([trailEnabled(dev), trailEnabled(prod)]).toEqual([false, true]);
    expect(prod.trail.retentionDays).toBe(365);
    const [off] = validateEnvironments([{ name: 'prod', raw: { ...BASE_ENV, trail: { enabled: false } } }]);
    expect(trailEnabled(off)).toBe(false);
  });

  it('fills in the baseline guardrail\'s defaults', () => {
    const [env] = validateEnvironments([{ name: 'dev', raw: { ...BASE_ENV, guardrail: {} } }]);
    expect(env.guardrail).toMatchObject({ piiAction: 'BLOCK', groundingThreshold: 0.75, relevanceThreshold: 0.75 });
    expect(env.guardrail?.piiEntities).toContain('AWS_SECRET_KEY');
  });

  it('accepts a global profile only when the environment opts in, in invokers and in batch jobs alike', () => {
    const [env] = validateEnvironments([
      { name: 'dev', raw: { ...BASE_ENV, invokers: { inferenceProfileIds: [`global.${SONNET}`], allowGlobalInferenceProfiles: true }, jobs: { batchInferenceProfileIds: [`global.${SONNET}`] } } },
    ]);
    expect(env.invokers?.inferenceProfileIds).toEqual([`global.${SONNET}`]);
  });

  const bad: Array<[string, Record<string, unknown>, string, RegExp]> = [
    [
      'a global profile without the opt-in',
      { invokers: { inferenceProfileIds: [`global.${SONNET}`] } },
      'invokers.inferenceProfileIds.0',
      /is a global inference profile, which may process prompts in any commercial Region; set invokers.allowGlobalInferenceProfiles to true to accept it, or use a geographic profile \("us\."\)/,
    ],
    ['a global batch profile without the opt-in', { jobs: { batchInferenceProfileIds: [`global.${SONNET}`] } }, 'jobs.batchInferenceProfileIds.0', /set invokers.allowGlobalInferenceProfiles to true/],
    ['a profile of another geography', { invokers: { inferenceProfileIds: [`eu.${HAIKU}`] } }, 'invokers.inferenceProfileIds.0', /is a European Union profile, which cannot be called from us-east-1; use "us\.anthropic/],
    ['an unknown geography', { invokers: { inferenceProfileIds: [`zz.${HAIKU}`] } }, 'invokers.inferenceProfileIds.0', /"zz\." is not an inference profile geography these stacks know; use one of "us\.", .*"global\."/],
    ['a profile id that is not one', { invokers: { inferenceProfileIds: ['claude'] } }, 'invokers.inferenceProfileIds.0', /must be an inference profile id such as "us.amazon.nova-lite-v1:0"/],
    ['invokers with nothing to invoke', { invokers: {} }, 'invokers', /name at least one model in invokers.modelIds or invokers.inferenceProfileIds, or remove invokers/],
    ['invokers without the runtime endpoint', { invokers: { modelIds: [HAIKU] }, endpoints: { services: ['bedrock'] } }, 'invokers', /add "bedrock-runtime" to endpoints.services/],
    ['a model listed twice', { invokers: { modelIds: [HAIKU, HAIKU] } }, 'invokers.modelIds', /list each model id once/],
    ['an unknown PII type', { guardrail: { piiEntities: ['SSN'] } }, 'guardrail.piiEntities.0', /must be a Bedrock PII entity type: ADDRESS, AGE/],
    ['a guardrail filtering no PII', { guardrail: { piiEntities: [] } }, 'guardrail.piiEntities', /name at least one PII entity type/],
    ['a grounding threshold of 1', { guardrail: { groundingThreshold: 1 } }, 'guardrail.groundingThreshold', /0 to 0.99 \(Bedrock rejects 1\)/],
    ['a trail retention of 0 days', { trail: { retentionDays: 0 } }, 'trail.retentionDays', /whole number of days greater than 0/],
    [
      'more profiles than one managed policy holds',
      { invokers: { inferenceProfileIds: Array.from({ length: 8 }, (_, i) => `us.anthropic.claude-sonnet-4-5-2025092${i}-v1:0`) }, guardrail: {} },
      'invokers.inferenceProfileIds',
      /the invoker policy would be about \d+ characters, over IAM's 6144 for a managed policy .*; list fewer models or profiles here/,
    ],
  ];

  it.each(bad)('rejects %s, naming the field and the fix', (_label, override, field, fix) => {
    const lines = problemsFor({ ...BASE_ENV, ...override });
    expect(lines).toHaveLength(1);
    const prefix = `  - environment "dev" (dev.json): ${field}: `;
    expect(lines[0].startsWith(prefix)).toBe(true);
    expect(lines[0].slice(prefix.length)).toMatch(fix);
  });

  const CUSTOM_MODEL = { name: 'support-bot', baseModelIdentifier: 'amazon.titan-text-lite-v1:0:4k', hyperparameters: { epochCount: '2' }, trainingObjectKey: 'train.jsonl' };
  it.each([
    ['one model and a us. profile', { modelIds: [HAIKU], inferenceProfileIds: [`us.${HAIKU}`] }, []],
    ['a global profile', { inferenceProfileIds: [`global.${SONNET}`], allowGlobalInferenceProfiles: true }, []],
    ['six us. profiles', { inferenceProfileIds: Array.from({ length: 6 }, (_, i) => `us.anthropic.claude-sonnet-4-5-2025092${i}-v1:0`) }, []],
    ['one model, in an environment that trains a custom model (its deployments)', { modelIds: [HAIKU] }, [CUSTOM_MODEL]],
  ])('measures the policy the stack builds, as an upper bound within 100 characters: %s', (_label, invokers, customModels) => {
    const env = testEnv({ invokers, guardrail: {}, customModels });
    const built = resourceAt(synthEnv(env), 'aws_iam_policy', 'invokers/invoker-policy').policy as string;
    // Terraform's values, each at a realistic length: vpce-<17 hex>, a 12-character guardrail id, version 3, a key id.
    const resolved = built
      .replace(/\$\{aws_vpc_endpoint\.[^}]+\}/g, 'vpce-0123456789abcdef0')
      .replace(/\$\{aws_bedrock_guardrail\.[^}]+\}/g, `arn:aws:bedrock:${env.region}:${env.accountId}:guardrail/q1w2e3r4t5y6`)
      .replace(/\$\{aws_bedrock_guardrail_version\.[^}]+\}/g, '3')
      .replace(/\$\{aws_kms_key\.[^}]+\}/g, `arn:aws:kms:${env.region}:${env.accountId}:key/1111aaaa-0000-4000-8000-0000000900a4`);
    expect(resolved).not.toContain('${');
    expect(resolved.includes(':custom-model-deployment/*')).toBe(customModels.length > 0);
    const estimate = invokerPolicySizeEstimate({ region: env.region, accountId: env.accountId, invokers: env.invokers!, customModelDeployments: env.customModels.length > 0 });
    expect(estimate).toBeGreaterThanOrEqual(resolved.length);
    expect(estimate - resolved.length).toBeLessThan(100);
    expect(estimate).toBeLessThanOrEqual(MANAGED_POLICY_MAX_CHARS);
  });
});
