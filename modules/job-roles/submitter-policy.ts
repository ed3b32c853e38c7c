import type { PolicyDocument } from '../../catalog/iam-policy';
import { policyDocument } from '../policy/document';
import { jobArnPattern } from '../../catalog/job-kinds';
import { BEDROCK_SERVICE_PRINCIPAL } from '../../catalog/bedrock-services';

export interface JobSubmitterPolicyProps {
  /** Region of the jobs and models the submitter manages. */
  readonly region: string;
  /** Account of the jobs, custom models and inference profiles. */
  readonly accountId: string;
  /** The only roles the submitter may pass, and only to Bedrock. */
  readonly passableRoleArns: readonly string[];
}

/**
 * What a person or CI pipeline needs to launch, watch and stop jobs, and to deploy this account's custom
 * models for on-demand inference (and update and delete those deployments). IAM has no condition key for a
 * job's VPC config or output KMS key (help/run-a-customization-job.md), so this policy cannot force
 * them; the VPC-only buckets make a job without the VPC fail, and the audit CLI finds it.
 */
export function jobSubmitterPolicy(props: JobSubmitterPolicyProps): PolicyDocument {
  const arn = (type: string, account = props.accountId) => `arn:aws:bedrock:${props.region}:${account}:${type}`;
  const customizationJobs = jobArnPattern('customization', props.region, props.accountId);
  const invocationJobs = jobArnPattern('batchInference', props.region, props.accountId);
  const deployments = jobArnPattern('customModelDeployment', props.region, props.accountId);
  const customModels = arn('custom-model/*');
  const foundationModels = arn('foundation-model/*', '');
  const inferenceProfiles = arn('inference-profile/*');
  return policyDocument('identity', [
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
      // IAM authorizes CreateCustomModelDeployment on the custom model it deploys; `job deploy-model` first
      // reads the model (GetCustomModel) to refuse one not encrypted with the environment's key.
      Sid: 'DeployCustomModels',
      Effect: 'Allow',
      Action: ['bedrock:CreateCustomModelDeployment', 'bedrock:GetCustomModel'],
      Resource: [customModels],
    },
    {
      // UpdateCustomModelDeployment points a deployment at another custom model: both ARNs are authorized.
      Sid: 'ManageCustomModelDeployments',
      Effect: 'Allow',
      Action: ['bedrock:GetCustomModelDeployment', 'bedrock:UpdateCustomModelDeployment', 'bedrock:DeleteCustomModelDeployment'],
      Resource: [deployments, customModels],
    },
    {
      // List actions support no resource-level permissions.
      Sid: 'ListJobs',
      Effect: 'Allow',
      Action: ['bedrock:ListModelCustomizationJobs', 'bedrock:ListModelInvocationJobs', 'bedrock:ListCustomModelDeployments'],
      Resource: '*',
    },
    {
      Sid: 'TagJobsAndModels',
      Effect: 'Allow',
      Action: ['bedrock:TagResource', 'bedrock:ListTagsForResource'],
      Resource: [customizationJobs, invocationJobs, customModels, deployments],
    },
    {
      Sid: 'PassOnlyTheJobRolesToBedrock',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: [...props.passableRoleArns],
      Condition: { StringEquals: { 'iam:PassedToService': BEDROCK_SERVICE_PRINCIPAL } },
    },
  ]);
}
