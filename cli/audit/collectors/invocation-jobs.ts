import { paginateListModelInvocationJobs } from '@aws-sdk/client-bedrock';
import { bedrockList } from './list-then-get';

/**
 * Lists every batch inference job. The list summaries already carry vpcConfig, role and both data
 * configs (s3EncryptionKeyId included), so no per-job Get (and no bedrock:GetModelInvocationJob).
 */
export const collectInvocationJobs = bedrockList({
  kind: 'model-invocation-job',
  listingLabel: 'batch inference jobs',
  paginate: paginateListModelInvocationJobs,
  summaries: (page) => page.invocationJobSummaries,
  // Batch jobs have a submit time, not a creation time.
  since: (date) => ({ submitTimeAfter: date }),
});
