import { paginateListModelCopyJobs } from '@aws-sdk/client-bedrock';
import { bedrockList } from './list-then-get';

/** Lists copy jobs; the summaries carry targetModelKmsKeyArn, so no Get (and no bedrock:GetModelCopyJob). */
export const collectModelCopyJobs = bedrockList({
  kind: 'model-copy-job',
  listingLabel: 'model copy jobs',
  paginate: paginateListModelCopyJobs,
  summaries: (page) => page.modelCopyJobSummaries,
});
