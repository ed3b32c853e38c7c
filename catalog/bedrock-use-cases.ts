import type { BedrockServiceName } from './bedrock-services';

/**
 * What a private workload actually calls through each endpoint, written down per service: the
 * reason each default action exists. __tests__/endpoints/services-catalog.test.ts checks both ways:
 * every use case is covered by its service's default set, and every default action serves a use case
 * (so an action cannot creep in without one). help/endpoints.md prints the same table.
 */
export interface UseCase {
  /** Short id, stable, for docs and test names (R1, C6, ...). */
  readonly id: string;
  /** What the workload does. */
  readonly does: string;
  /** Every IAM action the calls need (API operations without an action of their own are noted in `does`). */
  readonly actions: readonly string[];
}

const RUNTIME_USE_CASES: readonly UseCase[] = [
  { id: 'R1', does: 'synchronous InvokeModel', actions: ['bedrock:InvokeModel'] },
  { id: 'R2', does: 'streaming InvokeModelWithResponseStream', actions: ['bedrock:InvokeModelWithResponseStream'] },
  { id: 'R3', does: 'Converse (authorizes as InvokeModel)', actions: ['bedrock:InvokeModel'] },
  { id: 'R4', does: 'ConverseStream (authorizes as InvokeModelWithResponseStream)', actions: ['bedrock:InvokeModelWithResponseStream'] },
  { id: 'R5', does: 'Converse or InvokeModel with a guardrailConfig', actions: ['bedrock:InvokeModel', 'bedrock:ApplyGuardrail'] },
  { id: 'R6', does: 'standalone ApplyGuardrail on input or output text', actions: ['bedrock:ApplyGuardrail'] },
  { id: 'R7', does: 'CountTokens before a call', actions: ['bedrock:CountTokens'] },
  { id: 'R8', does: 'StartAsyncInvoke (authorizes as InvokeModel), then poll and list async invocations', actions: ['bedrock:InvokeModel', 'bedrock:GetAsyncInvoke', 'bedrock:ListAsyncInvokes'] },
  { id: 'R9', does: 'invoke a provisioned, imported or custom model or an inference profile (resource types, Resource "*")', actions: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'] },
];

const CONTROL_PLANE_USE_CASES: readonly UseCase[] = [
  {
    id: 'C1',
    does: 'submit, watch and stop customization jobs',
    actions: ['bedrock:CreateModelCustomizationJob', 'bedrock:GetModelCustomizationJob', 'bedrock:ListModelCustomizationJobs', 'bedrock:StopModelCustomizationJob'],
  },
  {
    id: 'C2',
    does: 'submit, watch and stop batch inference jobs',
    actions: ['bedrock:CreateModelInvocationJob', 'bedrock:GetModelInvocationJob', 'bedrock:ListModelInvocationJobs', 'bedrock:StopModelInvocationJob'],
  },
  { id: 'C3', does: 'read custom models', actions: ['bedrock:GetCustomModel', 'bedrock:ListCustomModels'] },
  {
    id: 'C4',
    does: 'import a model (CreateModelImportJob; the import role is passed with iam:PassRole, an IAM call), follow import jobs and read imported models',
    actions: ['bedrock:CreateModelImportJob', 'bedrock:GetModelImportJob', 'bedrock:ListModelImportJobs', 'bedrock:GetImportedModel', 'bedrock:ListImportedModels'],
  },
  {
    id: 'C5',
    does:
      'copy a model into seed 003\'s copied-model key and follow copy jobs. The organization SCP denies CreateModelCopyJob to all but the deployers; the endpoint admitting it does not widen that, since a request must pass the SCP and the endpoint policy both',
    actions: ['bedrock:CreateModelCopyJob', 'bedrock:GetModelCopyJob', 'bedrock:ListModelCopyJobs'],
  },
  {
    id: 'C6',
    does: 'serve a custom model: create, read, resize and delete its provisioned throughput',
    actions: [
      'bedrock:CreateProvisionedModelThroughput',
      'bedrock:GetProvisionedModelThroughput',
      'bedrock:ListProvisionedModelThroughputs',
      'bedrock:UpdateProvisionedModelThroughput',
      'bedrock:DeleteProvisionedModelThroughput',
    ],
  },
  { id: 'C7', does: 'read foundation models and inference profiles', actions: ['bedrock:GetFoundationModel', 'bedrock:ListFoundationModels', 'bedrock:GetInferenceProfile', 'bedrock:ListInferenceProfiles'] },
  { id: 'C8', does: 'resolve guardrail ids and versions for runtime calls', actions: ['bedrock:GetGuardrail', 'bedrock:ListGuardrails'] },
  { id: 'C9', does: 'tag jobs and models at creation and read their tags', actions: ['bedrock:TagResource', 'bedrock:ListTagsForResource'] },
  {
    id: 'C10',
    does: 'deploy a custom model for on-demand inference (bedrock-private job deploy-model), follow, update and delete its deployments; invocation then goes to bedrock-runtime with the deployment ARN',
    actions: [
      'bedrock:CreateCustomModelDeployment',
      'bedrock:GetCustomModelDeployment',
      'bedrock:ListCustomModelDeployments',
      'bedrock:UpdateCustomModelDeployment',
      'bedrock:DeleteCustomModelDeployment',
    ],
  },
  { id: 'C11', does: 'run, follow and stop model evaluation jobs', actions: ['bedrock:CreateEvaluationJob', 'bedrock:GetEvaluationJob', 'bedrock:ListEvaluationJobs', 'bedrock:StopEvaluationJob'] },
  {
    id: 'C12',
    does:
      'share a custom model with another account and read or remove the share (custom-model resource policies). The organization SCP denies PutResourcePolicy on custom models to all but the deployers; both layers must allow',
    actions: ['bedrock:GetResourcePolicy', 'bedrock:PutResourcePolicy', 'bedrock:DeleteResourcePolicy'],
  },
  {
    id: 'C13',
    does: 'bedrock-private audit --endpoint-url <this endpoint>: the account settings it reads (invocation logging, data retention); its job and model reads are C1-C5, C10-C12',
    actions: ['bedrock:GetModelInvocationLoggingConfiguration', 'bedrock:GetAccountDataRetention'],
  },
];

export const BEDROCK_USE_CASES: Readonly<Record<BedrockServiceName, readonly UseCase[]>> = {
  bedrock: CONTROL_PLANE_USE_CASES,
  'bedrock-runtime': RUNTIME_USE_CASES,
  'bedrock-agent': [
    { id: 'K1', does: 'read agents and their aliases', actions: ['bedrock:GetAgent', 'bedrock:ListAgents', 'bedrock:GetAgentAlias', 'bedrock:ListAgentAliases'] },
    { id: 'K2', does: 'read knowledge bases and data sources', actions: ['bedrock:GetKnowledgeBase', 'bedrock:ListKnowledgeBases', 'bedrock:GetDataSource', 'bedrock:ListDataSources'] },
    { id: 'K3', does: 'start and follow knowledge base ingestion', actions: ['bedrock:StartIngestionJob', 'bedrock:GetIngestionJob', 'bedrock:ListIngestionJobs'] },
  ],
  'bedrock-agent-runtime': [
    { id: 'KR1', does: 'invoke an agent', actions: ['bedrock:InvokeAgent'] },
    {
      id: 'KR2',
      does: 'retrieve from a knowledge base, with or without generation (RetrieveAndGenerate also authorizes the caller for InvokeModel on the generating model)',
      actions: ['bedrock:Retrieve', 'bedrock:RetrieveAndGenerate', 'bedrock:InvokeModel'],
    },
    { id: 'KR3', does: 'invoke a flow through its alias', actions: ['bedrock:InvokeFlow'] },
    { id: 'KR4', does: 'invoke an inline agent, configured in the request, with the caller\'s own InvokeModel on its model', actions: ['bedrock:InvokeInlineAgent', 'bedrock:InvokeModel'] },
    {
      id: 'KR5',
      does: 'rerank documents, alone or inside Retrieve and RetrieveAndGenerate (Rerank authorizes the caller for InvokeModel on the reranker model too)',
      actions: ['bedrock:Rerank', 'bedrock:InvokeModel'],
    },
    {
      id: 'KR6',
      does: 'keep conversation state in sessions: create, read, update, end, delete and list them; record invocations and their steps',
      actions: [
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
      ],
    },
    { id: 'KR7', does: 'tag sessions, read and remove their tags (the agent runtime\'s own TagResource, UntagResource, ListTagsForResource)', actions: ['bedrock:TagResource', 'bedrock:UntagResource', 'bedrock:ListTagsForResource'] },
  ],
  'bedrock-mantle': [
    { id: 'M1', does: 'Responses, Chat Completions or Messages inference in a project (SigV4)', actions: ['bedrock-mantle:CreateInference'] },
    { id: 'M2', does: 'background responses: poll and cancel', actions: ['bedrock-mantle:GetInference', 'bedrock-mantle:CancelInference'] },
    { id: 'M3', does: 'count tokens (some Claude models count only on Mantle)', actions: ['bedrock-mantle:CountTokens'] },
    { id: 'M4', does: 'discover models and resolve projects', actions: ['bedrock-mantle:ListModels', 'bedrock-mantle:GetModel', 'bedrock-mantle:GetProject', 'bedrock-mantle:ListProjects'] },
  ],
  'bedrock-fips': CONTROL_PLANE_USE_CASES,
  'bedrock-runtime-fips': RUNTIME_USE_CASES,
  'bedrock-agentcore': [
    { id: 'A1', does: 'invoke an agent runtime and end its session', actions: ['bedrock-agentcore:InvokeAgentRuntime', 'bedrock-agentcore:StopRuntimeSession'] },
    { id: 'A2', does: 'write and read short-term memory events', actions: ['bedrock-agentcore:CreateEvent', 'bedrock-agentcore:GetEvent', 'bedrock-agentcore:ListEvents', 'bedrock-agentcore:ListSessions', 'bedrock-agentcore:ListActors'] },
    { id: 'A3', does: 'retrieve long-term memory records', actions: ['bedrock-agentcore:RetrieveMemoryRecords', 'bedrock-agentcore:ListMemoryRecords', 'bedrock-agentcore:GetMemoryRecord'] },
  ],
  'bedrock-agentcore-control': [
    {
      id: 'AC1',
      does: 'read runtimes, their endpoints and versions',
      actions: ['bedrock-agentcore:GetAgentRuntime', 'bedrock-agentcore:ListAgentRuntimes', 'bedrock-agentcore:GetAgentRuntimeEndpoint', 'bedrock-agentcore:ListAgentRuntimeEndpoints', 'bedrock-agentcore:ListAgentRuntimeVersions'],
    },
    { id: 'AC2', does: 'read memories', actions: ['bedrock-agentcore:GetMemory', 'bedrock-agentcore:ListMemories'] },
    { id: 'AC3', does: 'read gateways and their targets', actions: ['bedrock-agentcore:GetGateway', 'bedrock-agentcore:ListGateways', 'bedrock-agentcore:GetGatewayTarget', 'bedrock-agentcore:ListGatewayTargets'] },
  ],
  'bedrock-agentcore.gateway': [{ id: 'G1', does: 'call MCP tools behind a gateway', actions: ['bedrock-agentcore:InvokeGateway'] }],
  'bedrock-data-automation': [
    { id: 'B2', does: 'resolve projects and blueprints', actions: ['bedrock:GetDataAutomationProject', 'bedrock:ListDataAutomationProjects', 'bedrock:GetBlueprint', 'bedrock:ListBlueprints'] },
  ],
  'bedrock-data-automation-runtime': [
    { id: 'B1', does: 'start an asynchronous BDA job and poll it', actions: ['bedrock:InvokeDataAutomationAsync', 'bedrock:GetDataAutomationStatus'] },
  ],
};
