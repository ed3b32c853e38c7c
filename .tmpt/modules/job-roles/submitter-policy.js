"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jobSubmitterPolicy = jobSubmitterPolicy;
const document_1 = require("../policy/document");
const job_kinds_1 = require("../../catalog/job-kinds");
/**
 * What a person or CI pipeline needs to launch, watch and stop jobs. IAM has no condition key for a
 * job's VPC config or output KMS key (help/run-a-customization-job.md), so this policy cannot force
 * them; the VPC-only buckets make a job without the VPC fail, and the audit CLI finds it.
 */
function jobSubmitterPolicy(props) {
    const arn = (type, account = props.accountId) => `arn:aws:bedrock:${props.region}:${account}:${type}`;
    const customizationJobs = (0, job_kinds_1.jobArnPattern)('customization', props.region, props.accountId);
    const invocationJobs = (0, job_kinds_1.jobArnPattern)('batchInference', props.region, props.accountId);
    const customModels = arn('custom-model/*');
    const foundationModels = arn('foundation-model/*', '');
    const inferenceProfiles = arn('inference-profile/*');
    return (0, document_1.policyDocument)('identity', [
        {
            Sid: 'ManageCustomizationJobs',
            Effect: 'Allow',
            Action: ['bedrock:CreateModelCustomizationJob', 'bedrock:GetModelCustomizationJob', 'bedrock:StopModelCustomizationJob'],
            Resource: [customizationJobs, customModels, foundationModels],
        },
        {
            Sid: 'ManageInvocationJobs',
            Effect: 'Allow',
            Action: ['bedrock:CreateModelInvocationJob', 'bedrock:GetModelInvocationJob', 'bedrock:StopModelInvocationJob'],
            Resource: [invocationJobs, foundationModels, inferenceProfiles, customModels],
        },
        {
            // List actions support no resource-level permissions.
            Sid: 'ListJobs',
            Effect: 'Allow',
            Action: ['bedrock:ListModelCustomizationJobs', 'bedrock:ListModelInvocationJobs'],
            Resource: '*',
        },
        {
            Sid: 'TagJobsAndModels',
            Effect: 'Allow',
            Action: ['bedrock:TagResource', 'bedrock:ListTagsForResource'],
            Resource: [customizationJobs, invocationJobs, customModels],
        },
        {
            Sid: 'PassOnlyTheJobRolesToBedrock',
            Effect: 'Allow',
            Action: 'iam:PassRole',
            Resource: [...props.passableRoleArns],
            Condition: { StringEquals: { 'iam:PassedToService': 'bedrock.amazonaws.com' } },
        },
    ]);
}
