import { loadEnvironments } from '../../config/load';
import type { EnvironmentConfig } from '../../config/schema';
import { type TfJson, policyOf, ref, resourceAt, resources, synthEnv, synthEnvs, testEnv } from '../helpers/synth';

/** The baseline guardrail as synthesized: filters, key, version, and the invoker policy bound to that version. */

/** The configured environments that declare a guardrail, or a fixture when none does, so the suite always checks one. */
const configured = loadEnvironments().filter((env) => env.guardrail);
const shipped = configured.length ? configured : [testEnv({ guardrail: {}, invokers: { modelIds: ['anthropic.claude-3-haiku-20240307-v1:0'] } }, 'fixture')];
const synthesized = synthEnvs(shipped);

describe.each(shipped.map((env) => [env.name, env] as const))('environment %s', (_name, env: EnvironmentConfig) => {
  const tf: TfJson = synthesized[env.stackName];
  const guardrail = resourceAt(tf, 'aws_bedrock_guardrail', 'guardrail/guardrail');
  const config = env.guardrail!;

  it('filters prompt attacks at HIGH (output NONE, the only strength Bedrock takes there)', () => {
    expect(guardrail.content_policy_config).toEqual([{ filters_config: [{ type: 'PROMPT_ATTACK', input_strength: 'HIGH', output_strength: 'NONE' }] }]);
  });

  it('filters the configured PII entities with the configured action (input and output alike)', () => {
    expect(guardrail.sensitive_information_policy_config).toEqual([{ pii_entities_config: config.piiEntities.map((type) => ({ type, action: config.piiAction })) }]);
  });

  it('checks contextual grounding and relevance', () => {
    expect(guardrail.contextual_grounding_policy_config).toEqual([
      { filters_config: [{ type: 'GROUNDING', threshold: config.groundingThreshold }, { type: 'RELEVANCE', threshold: config.relevanceThreshold }] },
    ]);
  });

  it('is encrypted with its own rotating key, usable only through Bedrock by deployers and invokers', () => {
    expect(guardrail.kms_key_arn).toBe(ref(tf, 'aws_kms_key', 'guardrail/key/key', 'arn'));
    const key = resourceAt(tf, 'aws_kms_key', 'guardrail/key/key');
    expect(key.enable_key_rotation).toBe(true);
    const statements = Object.fromEntries(policyOf(key).Statement.map((s) => [s.Sid, s]));
    const viaBedrock = { StringEquals: { 'kms:ViaService': `bedrock.${env.region}.amazonaws.com` } };
    expect(statements.PermissionsForGuardrailsCreators).toMatchObject({ Principal: { AWS: env.people.deployers }, Condition: viaBedrock });
    expect(statements.PermissionsForGuardrailsUsers).toMatchObject({ Principal: { AWS: env.people.modelInvokers }, Action: 'kms:Decrypt', Condition: viaBedrock });
  });

  (env.invokers ? it : it.skip)('publishes a version, and the invoker policy requires exactly that version', () => {
    const version = resourceAt(tf, 'aws_bedrock_guardrail_version', 'guardrail/version');
    expect(version.guardrail_arn).toBe(ref(tf, 'aws_bedrock_guardrail', 'guardrail/guardrail', 'guardrail_arn'));
    const versionArn = `${ref(tf, 'aws_bedrock_guardrail', 'guardrail/guardrail', 'guardrail_arn')}:${ref(tf, 'aws_bedrock_guardrail_version', 'guardrail/version', 'version')}`;
    const invoker = policyOf(resourceAt(tf, 'aws_iam_policy', 'invokers/invoker-policy'));
    const onTheCall = invoker.Statement.filter((s) => String(s.Sid).endsWith('ThroughEndpoint') && String(s.Sid).startsWith('Invoke'));
    expect(onTheCall.length).toBeGreaterThan(0);
    for (const s of onTheCall) expect((s.Condition as { StringEquals: Record<string, string> }).StringEquals['bedrock:GuardrailIdentifier']).toBe(versionArn);
  });

  it('outputs the id, version and key', () => {
    expect(Object.keys(tf.output)).toEqual(expect.arrayContaining(['guardrail_id', 'guardrail_version', 'guardrail_kms_key_arn']));
  });
});

describe('a changed configuration', () => {
  const description = (env: EnvironmentConfig) => resourceAt(synthEnv(env), 'aws_bedrock_guardrail_version', 'guardrail/version').description;

  it('publishes a new version (the version description carries a digest of the configuration)', () => {
    const base = testEnv({ guardrail: {} });
    expect(description(testEnv({ guardrail: {} }))).toBe(description(base));
    expect(description(testEnv({ guardrail: { piiAction: 'ANONYMIZE' } }))).not.toBe(description(base));
  });

  it('without a guardrail, builds none and the invoker policy names none', () => {
    const tf = synthEnv(testEnv({ invokers: { modelIds: ['anthropic.claude-3-haiku-20240307-v1:0'] } }));
    expect(resources(tf, 'aws_bedrock_guardrail')).toEqual([]);
    expect(JSON.stringify(policyOf(resourceAt(tf, 'aws_iam_policy', 'invokers/invoker-policy')))).not.toContain('GuardrailIdentifier');
  });
});
