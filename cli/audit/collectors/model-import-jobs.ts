import { GetModelImportJobCommand, paginateListModelImportJobs } from '@aws-sdk/client-bedrock';
import { bedrockListThenGet } from './list-then-get';

/** Lists import jobs and gets each one: the summaries carry neither vpcConfig nor importedModelKmsKeyArn. */
export const collectModelImportJobs = bedrockListThenGet({
  kind: 'model-import-job',
  listingLabel: 'model import jobs',
  paginate: paginateListModelImportJobs,
  summaries: (page) => page.modelImportJobSummaries,
  idOf: (summary) => summary.jobArn ?? summary.jobName,
  get: (client, id) => client.send(new GetModelImportJobCommand({ jobIdentifier: id })),
});
