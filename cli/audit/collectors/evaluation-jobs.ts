import { GetEvaluationJobCommand, paginateListEvaluationJobs } from '@aws-sdk/client-bedrock';
import { bedrockListThenGet } from './list-then-get';

/** Lists evaluation jobs and gets each one: only GetEvaluationJob returns outputDataConfig and customerEncryptionKeyId. */
export const collectEvaluationJobs = bedrockListThenGet({
  kind: 'evaluation-job',
  listingLabel: 'evaluation jobs',
  paginate: paginateListEvaluationJobs,
  summaries: (page) => page.jobSummaries,
  idOf: (summary) => summary.jobArn ?? summary.jobName,
  get: (client, id) => client.send(new GetEvaluationJobCommand({ jobIdentifier: id })),
});
