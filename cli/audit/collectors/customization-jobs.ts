import { GetModelCustomizationJobCommand, paginateListModelCustomizationJobs } from '@aws-sdk/client-bedrock';
import { bedrockListThenGet } from './list-then-get';

/**
 * Lists every customization job (all statuses) and gets each one: only GetModelCustomizationJob
 * returns vpcConfig and outputModelKmsKeyArn.
 */
export const collectCustomizationJobs = bedrockListThenGet({
  kind: 'model-customization-job',
  listingLabel: 'model customization jobs',
  paginate: paginateListModelCustomizationJobs,
  summaries: (page) => page.modelCustomizationJobSummaries,
  idOf: (summary) => summary.jobArn ?? summary.jobName,
  get: (client, id) => client.send(new GetModelCustomizationJobCommand({ jobIdentifier: id })),
});
