"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_http_1 = require("node:http");
const client_1 = require("../../cli/audit/client");
const invocation_jobs_1 = require("../../cli/audit/collectors/invocation-jobs");
const pool_1 = require("../../cli/audit/pool");
const REGION = 'us-west-2';
// The real client resolves credentials through the default chain; give it dummy ones.
process.env.AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
process.env.AWS_SECRET_ACCESS_KEY = 'dummy';
// Wire format (JSON), as the service would send it.
const summary = {
    jobArn: `arn:aws:bedrock:${REGION}:123456789012:model-invocation-job/late`,
    jobName: 'late',
    modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
    roleArn: 'arn:aws:iam::123456789012:role/batch',
    submitTime: '2026-11-01T00:00:00Z',
    inputDataConfig: { s3InputDataConfig: { s3Uri: 's3://batch-input/late/' } },
    outputDataConfig: { s3OutputDataConfig: { s3Uri: 's3://batch-output/late/' } },
};
/**
 * aws-sdk-client-mock replaces `send`, so the SDK's retry middleware never runs under it. Throttling
 * is therefore tested through the real client from createBedrockClient against a local HTTP server.
 */
describe('throttling is retried by the SDK (adaptive mode)', () => {
    let server;
    let endpoint;
    let throttleFirst = 0;
    let requests = 0;
    beforeAll(async () => {
        server = (0, node_http_1.createServer)((_req, res) => {
            requests += 1;
            if (requests <= throttleFirst) {
                res.writeHead(429, { 'content-type': 'application/json', 'x-amzn-errortype': 'ThrottlingException' });
                res.end(JSON.stringify({ message: 'Rate exceeded' }));
                return;
            }
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ invocationJobSummaries: [summary] }));
        });
        await new Promise((r) => server.listen(0, '127.0.0.1', r));
        endpoint = `http://127.0.0.1:${server.address().port}`;
    });
    afterAll(() => new Promise((r) => server.close(() => r())));
    const collect = (maxAttempts) => {
        const client = (0, client_1.createBedrockClient)({ region: REGION, endpointUrl: endpoint, maxAttempts });
        return (0, invocation_jobs_1.collectInvocationJobs)({ client, region: REGION, limit: (0, pool_1.createLimiter)(1) });
    };
    it('succeeds after two throttled responses', async () => {
        requests = 0;
        throttleFirst = 2;
        const collected = await collect(4);
        expect(requests).toBe(3);
        expect(collected.notChecked).toEqual([]);
        expect(collected.items.map((j) => j.jobName)).toEqual(['late']);
    });
    it('reports "not checked" once the bounded attempts are used up', async () => {
        requests = 0;
        throttleFirst = 100;
        const collected = await collect(3);
        expect(requests).toBe(3);
        expect(collected.items).toEqual([]);
        expect(collected.notChecked[0].reason).toMatch(/ThrottlingException: Rate exceeded \(after 3 attempts\)/);
    });
});
