/**
 * The four Bedrock PrivateLink services (seed 004) as data: service → what its endpoint policy allows
 * by default. Adding a service is one entry here, not new code.
 *
 * Converse and ConverseStream have no IAM actions of their own: they authorize against
 * bedrock:InvokeModel and bedrock:InvokeModelWithResponseStream, so the runtime entry covers them.
 */
export interface BedrockServiceSpec {
  /** What the endpoint serves, for descriptions and docs. */
  readonly purpose: string;
  /** Least-privilege actions the endpoint policy allows unless the environment narrows or extends them. */
  readonly defaultActions: readonly string[];
}

export const BEDROCK_SERVICES = {
  bedrock: {
    purpose: 'control plane: model customization, batch inference jobs and custom models',
    defaultActions: [
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
      'bedrock:GetFoundationModel',
      'bedrock:ListFoundationModels',
      'bedrock:GetInferenceProfile',
      'bedrock:ListInferenceProfiles',
      'bedrock:ListTagsForResource',
      'bedrock:TagResource',
    ],
  },
  'bedrock-runtime': {
    purpose: 'model invocation (InvokeModel, Converse and their streaming forms)',
    // Seed 004's example endpoint policy, exactly these two actions.
    defaultActions: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
  },
  'bedrock-agent': {
    purpose: 'Agents and Knowledge Bases build-time API (read, and ingestion into knowledge bases)',
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
  },
  'bedrock-agent-runtime': {
    purpose: 'Agents and Knowledge Bases runtime API',
    defaultActions: ['bedrock:InvokeAgent', 'bedrock:Retrieve', 'bedrock:RetrieveAndGenerate'],
  },
} as const satisfies Record<string, BedrockServiceSpec>;

export type BedrockServiceName = keyof typeof BEDROCK_SERVICES;

export const BEDROCK_SERVICE_NAMES = Object.keys(BEDROCK_SERVICES) as [BedrockServiceName, ...BedrockServiceName[]];

/** `com.amazonaws.<region>.<service>`: the region is filled in here and nowhere else. */
export function endpointServiceName(region: string, service: string): string {
  return `com.amazonaws.${region}.${service}`;
}
