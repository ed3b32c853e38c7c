import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BedrockClient, CreateCustomModelDeploymentCommand, GetCustomModelCommand } from '@aws-sdk/client-bedrock';
import { mockClient } from 'aws-sdk-client-mock';
import { run } from '../../cli/job/command';
import { UsageError } from '../../cli/shared/usage-error';
import { capturingClient } from '../helpers/sdk-capture';
import { REPO, firstRunEnv, run as spawn } from '../helpers/run';

/**
 * `bedrock-private job deploy-model`: a custom model deployment (catalog/job-kinds.ts) of a model of the
 * environment's account and region, sent only when the model carries the environment's custom-model key.
 * In-process with a mocked client for each decision, then as a subprocess the way a user runs it: the
 * --dry-run request serialized through the real SDK client, and a real send to a local endpoint.
 */

const ACCOUNT = '444455556666';
const REGION = 'us-west-2';
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/cmk-1`;
const MODEL = `arn:aws:bedrock:${REGION}:${ACCOUNT}:custom-model/amazon.nova-lite-v1:0:300k/a1b2c3d4e5f6`;
const DEPLOYMENT = `arn:aws:bedrock:${REGION}:${ACCOUNT}:custom-model-deployment/d1e2f3a4b5c6`;

const dir = mkdtempSync(join(tmpdir(), 'deploy-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Only the outputs deploy-model reads: a stack without job roles or buckets would still do. */
const outputs = join(dir, 'outputs.json');
writeFileSync(outputs, JSON.stringify({ 'bedrock-qa': { environment: 'qa', account_id: ACCOUNT, region: REGION, custom_model_kms_key_arn: KEY } }));

const DEPLOY = ['deploy-model', '--outputs', outputs, '--deployment-name', 'support-bot-od', '--model-arn', MODEL];
const EXPECTED_REQUEST = { modelDeploymentName: 'support-bot-od', modelArn: MODEL, description: 'On-demand deployment of a custom model of environment qa' };

/** One client for the in-process runs, mocked alone: the subprocess tests' SDK client stays real. */
const mockedClient = new BedrockClient({ region: REGION, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
const bedrock = mockClient(mockedClient);
beforeEach(() => bedrock.reset());

async function runJob(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await run(argv, { createClient: () => mockedClient, out: (t) => (out += t) });
  return { code, out };
}

describe('job deploy-model (in process)', () => {
  it('checks the model\'s key, then sends CreateCustomModelDeployment and prints the deployment ARN', async () => {
    bedrock.on(GetCustomModelCommand).resolves({ modelArn: MODEL, modelKmsKeyArn: KEY });
    bedrock.on(CreateCustomModelDeploymentCommand).resolves({ customModelDeploymentArn: DEPLOYMENT });
    expect(await runJob(DEPLOY)).toEqual({ code: 0, out: `${DEPLOYMENT}\n` });
    expect(bedrock.commandCalls(GetCustomModelCommand)[0].args[0].input).toEqual({ modelIdentifier: MODEL });
    expect(bedrock.commandCalls(CreateCustomModelDeploymentCommand)[0].args[0].input).toEqual(EXPECTED_REQUEST);
  });

  it('refuses a model encrypted with another key, and sends nothing', async () => {
    bedrock.on(GetCustomModelCommand).resolves({ modelArn: MODEL, modelKmsKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/other` });
    await expect(runJob(DEPLOY)).rejects.toThrow(
      new UsageError(
        `refusing to deploy ${MODEL}: it is encrypted with arn:aws:kms:${REGION}:${ACCOUNT}:key/other, not the environment's custom-model key ${KEY}. Deploy a model trained with "bedrock-private job customize" (or one copied into that key).`,
      ),
    );
    expect(bedrock.commandCalls(CreateCustomModelDeploymentCommand)).toHaveLength(0);
  });

  it('refuses a model encrypted with an AWS owned key (no modelKmsKeyArn)', async () => {
    bedrock.on(GetCustomModelCommand).resolves({ modelArn: MODEL });
    await expect(runJob(DEPLOY)).rejects.toThrow(/it is encrypted with an AWS owned key, not the environment's custom-model key/);
    expect(bedrock.commandCalls(CreateCustomModelDeploymentCommand)).toHaveLength(0);
  });

  it.each([
    ['another account', `arn:aws:bedrock:${REGION}:999999999999:custom-model/amazon.nova-lite-v1:0:300k/a1b2c3d4e5f6`],
    ['another region', `arn:aws:bedrock:us-east-1:${ACCOUNT}:custom-model/amazon.nova-lite-v1:0:300k/a1b2c3d4e5f6`],
    ['a foundation model', `arn:aws:bedrock:${REGION}::foundation-model/amazon.nova-lite-v1:0`],
  ])('refuses a model of %s before reading or sending anything', async (_what, arn) => {
    await expect(runJob([...DEPLOY.slice(0, -1), arn, '--dry-run'])).rejects.toThrow(
      new UsageError(
        `--model-arn ${arn} is not a custom model of environment qa (account ${ACCOUNT}, region ${REGION}); pass arn:aws:bedrock:${REGION}:${ACCOUNT}:custom-model/... of a model trained or imported there.`,
      ),
    );
    expect(bedrock.calls()).toHaveLength(0);
  });

  it('prints the request with --dry-run and calls nothing, the key check included', async () => {
    const { code, out } = await runJob([...DEPLOY, '--description', 'Support bot, on demand', '--dry-run']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ operation: 'CreateCustomModelDeployment', region: REGION, request: { ...EXPECTED_REQUEST, description: 'Support bot, on demand' } });
    expect(bedrock.calls()).toHaveLength(0);
  });

  it('names the flag a deployment needs', async () => {
    await expect(runJob(['deploy-model', '--outputs', outputs, '--model-arn', MODEL])).rejects.toThrow(
      new UsageError('deploy-model: --deployment-name is required. Run "bedrock-private job --help" for the options.'),
    );
  });
});

/** A local Bedrock that answers GetCustomModel and CreateCustomModelDeployment and records what it was sent. */
interface FakeBedrock {
  readonly endpoint: string;
  readonly requests: Array<{ method: string; path: string; body: string }>;
  readonly close: () => Promise<void>;
}

async function startFakeBedrock(modelKmsKeyArn: string): Promise<FakeBedrock> {
  const requests: FakeBedrock['requests'] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', path: decodeURIComponent(req.url ?? ''), body });
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-requestid': `req-${requests.length}` });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'GET' && req.url?.startsWith('/custom-models/')) return json(200, { modelArn: MODEL, modelName: 'support-bot', modelKmsKeyArn });
      if (req.method === 'POST' && req.url === '/model-customization/custom-model-deployments') return json(202, { customModelDeploymentArn: DEPLOYMENT });
      return json(404, { message: `no route ${req.method} ${req.url}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const cli = (args: readonly string[]) => spawn(process.execPath, [join(REPO, 'bin', 'bedrock-private.js'), 'job', ...args], { env: firstRunEnv() });

describe('bedrock-private job deploy-model (subprocess)', () => {
  it('--dry-run prints a request that the real SDK client serializes with every field intact', async () => {
    const r = await cli([...DEPLOY, '--dry-run']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { operation: string; region: string; request: Record<string, string> };
    expect(printed).toEqual({ operation: 'CreateCustomModelDeployment', region: REGION, request: EXPECTED_REQUEST });
    const { client, bodies } = capturingClient({ customModelDeploymentArn: DEPLOYMENT });
    const sent = { ...printed.request, clientRequestToken: 'token-1' };
    await client.send(new CreateCustomModelDeploymentCommand(sent as never));
    expect(bodies[0]).toEqual(sent);
  });

  it('sends GetCustomModel then CreateCustomModelDeployment to --endpoint-url, and prints the deployment ARN', async () => {
    const bedrockApi = await startFakeBedrock(KEY);
    try {
      const r = await cli([...DEPLOY, '--endpoint-url', bedrockApi.endpoint]);
      expect(r).toEqual({ code: 0, stdout: `${DEPLOYMENT}\n`, stderr: '' });
      expect(bedrockApi.requests.map((q) => `${q.method} ${q.path}`)).toEqual([`GET /custom-models/${MODEL}`, 'POST /model-customization/custom-model-deployments']);
      const body = JSON.parse(bedrockApi.requests[1].body) as Record<string, unknown>;
      // The SDK adds an idempotency token; everything else is the request --dry-run prints.
      expect(body).toEqual({ ...EXPECTED_REQUEST, clientRequestToken: expect.any(String) });
    } finally {
      await bedrockApi.close();
    }
  });

  it('refuses, exit 2 with one line, a model the environment\'s key does not encrypt: nothing is deployed', async () => {
    const bedrockApi = await startFakeBedrock(`arn:aws:kms:${REGION}:${ACCOUNT}:key/someone-elses`);
    try {
      const r = await cli([...DEPLOY, '--endpoint-url', bedrockApi.endpoint]);
      expect(r).toEqual({
        code: 2,
        stdout: '',
        stderr: `bedrock-private job: refusing to deploy ${MODEL}: it is encrypted with arn:aws:kms:${REGION}:${ACCOUNT}:key/someone-elses, not the environment's custom-model key ${KEY}. Deploy a model trained with "bedrock-private job customize" (or one copied into that key).\n`,
      });
      expect(bedrockApi.requests.map((q) => q.method)).toEqual(['GET']);
    } finally {
      await bedrockApi.close();
    }
  });
});
