"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BEDROCK_SERVICE_NAMES = exports.BEDROCK_SERVICES = void 0;
exports.endpointServiceName = endpointServiceName;
exports.BEDROCK_SERVICES = {
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
};
exports.BEDROCK_SERVICE_NAMES = Object.keys(exports.BEDROCK_SERVICES);
/** `com.amazonaws.<region>.<service>`: the region is filled in here and nowhere else. */
function endpointServiceName(region, service) {
    return `com.amazonaws.${region}.${service}`;
}
