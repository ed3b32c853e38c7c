import type { OrganizationPolicies } from '../../stacks/organization-policies';
import { ACCOUNT, IDS, ORG_ID, OTHER_ACCOUNT, PEOPLE, REGION, type SynthesizedPolicies, synthesizePolicies } from './support/synthesized-policies';
import { type Case, type IdentityOf, buildSimulation } from './support/cases';
import { organizationLayers, simulationOrganizationPolicies } from './support/organization';
import { expectOutcome } from './support/simulate';

/**
 * Custom model deployments (catalog/job-kinds.ts customModelDeployment), the whole journey on the
 * synthesized policies with the organization SCP and RCP attached: the submitter deploys a custom model of
 * the environment and manages the deployment through the `bedrock` endpoint, Bedrock uses the custom-model
 * key on the submitter's behalf and on its own to optimize the model, and an invoker invokes the deployment
 * ARN through `bedrock-runtime` with the generated model invoker policy (the environment trains a custom model). Each step's denied neighbours beside it.
 */

const SUBMITTER = PEOPLE.submitter;
const INVOKER = PEOPLE.invoker;
const MODEL = `arn:aws:bedrock:${REGION}:${ACCOUNT}:custom-model/amazon.nova-lite-v1:0:300k/a1b2c3d4e5f6`;
const DEPLOYMENT = `arn:aws:bedrock:${REGION}:${ACCOUNT}:custom-model-deployment/d1e2f3a4b5c6`;
const THROUGH_BEDROCK = { 'kms:ViaService': `bedrock.${REGION}.amazonaws.com`, 'kms:CallerAccount': ACCOUNT };
const KEY_POLICY = { path: 'data/custom-model-key/key' };

/**
 * The simulation environment training a custom model, with invokers and a baseline guardrail: the generated
 * model invoker policy then grants the account's deployments (catalog/invoker-statements.ts).
 */
const TRAINS_CUSTOM_MODELS = {
  invokers: { modelIds: ['anthropic.claude-3-haiku-20240307-v1:0'] },
  guardrail: {},
  customModels: [{ name: 'support-bot', baseModelIdentifier: 'amazon.titan-text-lite-v1:0:4k', hyperparameters: { epochCount: '2' }, trainingObjectKey: 'train.jsonl' }],
};
/** A call through the environment's bedrock-runtime endpoint naming the guardrail's published version, as the invoker policy requires. */
const THROUGH_RUNTIME = {
  'aws:SourceVpc': IDS.vpc,
  'aws:SourceVpce': IDS.runtimeVpce,
  'aws:VpceAccount': ACCOUNT,
  'aws:VpceOrgID': ORG_ID,
  'bedrock:GuardrailIdentifier': `${IDS.guardrailArn}:${IDS.guardrailVersion}`,
};

const identity: IdentityOf = (principal, policies) => {
  if (principal === SUBMITTER) return [{ name: 'submitter', policy: policies.at('jobs/submitter-policy') }];
  if (principal === INVOKER) return [{ name: 'model-invoker', policy: policies.at('invokers/invoker-policy') }];
  return [];
};

const bedrockCall = (name: string, expected: Case['expected'], principal: string, action: string, resource: string, endpoint = 'bedrock', extra: Partial<Case> = {}): Case => ({
  name,
  expected,
  principal,
  action,
  resource,
  endpoint: `bedrock-endpoints/${endpoint}`,
  ...extra,
});

const kms = (name: string, expected: Case['expected'], principal: string, action: string, context: Record<string, string | string[]>): Case => ({
  name,
  expected,
  principal,
  action,
  resource: IDS.customModelKey,
  context,
  resourcePolicy: KEY_POLICY,
});

const CASES: Case[] = [
  // The submitter deploys and manages, through the control-plane endpoint.
  bedrockCall('submitter reads the custom model to check its key', 'Allowed', SUBMITTER, 'bedrock:GetCustomModel', MODEL),
  bedrockCall('submitter deploys a custom model of the environment', 'Allowed', SUBMITTER, 'bedrock:CreateCustomModelDeployment', MODEL),
  bedrockCall('submitter follows the deployment', 'Allowed', SUBMITTER, 'bedrock:GetCustomModelDeployment', DEPLOYMENT),
  bedrockCall('submitter lists deployments', 'Allowed', SUBMITTER, 'bedrock:ListCustomModelDeployments', '*'),
  bedrockCall('submitter points the deployment at a newer model', 'Allowed', SUBMITTER, 'bedrock:UpdateCustomModelDeployment', DEPLOYMENT),
  bedrockCall('submitter deletes the deployment', 'Allowed', SUBMITTER, 'bedrock:DeleteCustomModelDeployment', DEPLOYMENT),
  bedrockCall('submitter tags the deployment', 'Allowed', SUBMITTER, 'bedrock:TagResource', DEPLOYMENT),
  bedrockCall('submitter deploys another account\'s custom model', 'Denied', SUBMITTER, 'bedrock:CreateCustomModelDeployment', `arn:aws:bedrock:${REGION}:${OTHER_ACCOUNT}:custom-model/amazon.nova-lite-v1:0:300k/f6e5d4c3b2a1`, 'bedrock', {
    resourceAccount: OTHER_ACCOUNT,
  }),
  bedrockCall('submitter deploys a custom model through the runtime endpoint', 'Denied', SUBMITTER, 'bedrock:CreateCustomModelDeployment', MODEL, 'bedrock-runtime'),
  bedrockCall('submitter deletes the custom model itself (not a deployment)', 'Denied', SUBMITTER, 'bedrock:DeleteCustomModel', MODEL),
  bedrockCall('submitter invokes the deployment (invoking is the invokers\')', 'Denied', SUBMITTER, 'bedrock:InvokeModel', DEPLOYMENT, 'bedrock-runtime', { context: THROUGH_RUNTIME }),

  // The custom-model key: Bedrock as the submitter (seed 003's CloudTrail shape), and Bedrock on its own.
  kms('Bedrock creates the custom-model key grant for the deployment as the submitter', 'Allowed', SUBMITTER, 'kms:CreateGrant', { ...THROUGH_BEDROCK, 'kms:GrantIsForAWSResource': 'true' }),
  kms('Bedrock decrypts the model\'s data key as the submitter', 'Allowed', SUBMITTER, 'kms:Decrypt', THROUGH_BEDROCK),
  kms('the submitter decrypts with the custom-model key directly', 'Denied', SUBMITTER, 'kms:Decrypt', { 'kms:CallerAccount': ACCOUNT }),
  kms('Bedrock decrypts a custom model\'s data key to optimize it for the deployment', 'Allowed', 'bedrock.amazonaws.com', 'kms:Decrypt', { 'kms:EncryptionContextKeys': ['aws:bedrock:custom-model'] }),
  kms('Bedrock generates a data key for the optimized custom model', 'Allowed', 'bedrock.amazonaws.com', 'kms:GenerateDataKey', { 'kms:EncryptionContextKeys': ['aws:bedrock:custom-model'] }),
  kms('Bedrock decrypts anything not bound to a custom model', 'Denied', 'bedrock.amazonaws.com', 'kms:Decrypt', { 'kms:EncryptionContextKeys': ['aws:s3:arn'] }),
  kms('Bedrock creates a grant on the key on its own', 'Denied', 'bedrock.amazonaws.com', 'kms:CreateGrant', { 'kms:EncryptionContextKeys': ['aws:bedrock:custom-model'], 'kms:GrantIsForAWSResource': 'true' }),
  kms('Bedrock re-encrypts under the custom-model key on its own', 'Denied', 'bedrock.amazonaws.com', 'kms:Encrypt', { 'kms:EncryptionContextKeys': ['aws:bedrock:custom-model'] }),

  // The invoker: the deployment ARN through the runtime endpoint, the key through Bedrock.
  bedrockCall('invoker invokes the deployment through the runtime endpoint', 'Allowed', INVOKER, 'bedrock:InvokeModel', DEPLOYMENT, 'bedrock-runtime', { context: THROUGH_RUNTIME }),
  bedrockCall('invoker streams from the deployment through the runtime endpoint', 'Allowed', INVOKER, 'bedrock:InvokeModelWithResponseStream', DEPLOYMENT, 'bedrock-runtime', { context: THROUGH_RUNTIME }),
  bedrockCall('invoker invokes the deployment from the internet', 'Denied', INVOKER, 'bedrock:InvokeModel', DEPLOYMENT, 'bedrock-runtime', { from: 'internet' }),
  kms('Bedrock decrypts the deployed model as the invoker', 'Allowed', INVOKER, 'kms:Decrypt', THROUGH_BEDROCK),
  bedrockCall('invoker invokes another account\'s deployment', 'Denied', INVOKER, 'bedrock:InvokeModel', `arn:aws:bedrock:${REGION}:${OTHER_ACCOUNT}:custom-model-deployment/d1e2f3a4b5c6`, 'bedrock-runtime', {
    resourceAccount: OTHER_ACCOUNT,
    context: THROUGH_RUNTIME,
  }),
  bedrockCall('invoker creates a deployment', 'Denied', INVOKER, 'bedrock:CreateCustomModelDeployment', MODEL),
  bedrockCall('invoker deletes the deployment', 'Denied', INVOKER, 'bedrock:DeleteCustomModelDeployment', DEPLOYMENT),
  kms('invoker generates a data key with the custom-model key (seed 003: decrypt only)', 'Denied', INVOKER, 'kms:GenerateDataKey', THROUGH_BEDROCK),
];

let policies: SynthesizedPolicies;
let organization: OrganizationPolicies;
beforeAll(() => {
  policies = synthesizePolicies(TRAINS_CUSTOM_MODELS);
  organization = simulationOrganizationPolicies();
});

describe('custom model deployments: deploy, key use and invoke (iam-simulate, SCP and RCP attached)', () => {
  it('names every case once and has both outcomes', () => {
    expect(new Set(CASES.map((c) => c.expected))).toEqual(new Set(['Allowed', 'Denied']));
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const simulation = buildSimulation(c, policies, identity);
    const isService = c.principal.endsWith('.amazonaws.com');
    await expectOutcome(isService ? simulation : { ...simulation, ...organizationLayers(organization, ACCOUNT) }, c.expected, c.note);
  });
});
