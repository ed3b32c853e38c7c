/**
 * Benchmark: the audit's wall time on a mixed account of 1,000 resources against a bare SDK loop
 * making the same API calls, measured in the same run, same endpoints, same concurrency,
 * alternating, several repetitions.
 *
 *   npm run bench:audit [-- --reps 5 --concurrency 8]
 *
 * The account: 200 customization jobs and their 200 custom models plus the region's invocation
 * logging in moto; 150 batch inference jobs, 150 model import jobs, 150 imported models, 100 model
 * copy jobs and 50 Bedrock API keys in the wire-format fixture server (kinds moto 5.2.5 lacks),
 * which runs as its own process in front of moto, so one Bedrock endpoint holds the whole account.
 *
 * The single-account part audits the eight kinds the bare loop below reads (KINDS); the kinds of issue
 * 21 are measured by the organization part (bench/organization-audit.ts), which also runs here unless
 * `--part single`.
 *
 * "Audit" = runAudit (the CLI's engine: adaptive-retry clients, collectors, rules, remediation text)
 * plus JSON formatting, in-process. "Bare" = per kind one paginated listing, a Get per resource
 * where the listing lacks the fields (same pool), the logging read and the IAM listing, and nothing
 * else. "CLI" = the shipped CLI as a subprocess (node + tsx start-up included).
 */
import {
  BedrockClient,
  CreateModelCustomizationJobCommand,
  GetCustomModelCommand,
  GetImportedModelCommand,
  GetModelCustomizationJobCommand,
  GetModelImportJobCommand,
  GetModelInvocationLoggingConfigurationCommand,
  PutModelInvocationLoggingConfigurationCommand,
  paginateListCustomModels,
  paginateListImportedModels,
  paginateListModelCopyJobs,
  paginateListModelCustomizationJobs,
  paginateListModelImportJobs,
  paginateListModelInvocationJobs,
} from '@aws-sdk/client-bedrock';
import { IAMClient, ListServiceSpecificCredentialsCommand } from '@aws-sdk/client-iam';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AccountFixture } from '../__tests__/audit/support/account';
import { startEmulator } from '../__tests__/audit/support/moto';
import { apiKey, copyJob, importJob, importedModel, invocationJob } from '../__tests__/audit/support/resources';
import { runAudit } from '../cli/audit/audit';
import { createBedrockClient, createIamClient } from '../cli/audit/client';
import { silenceSdkNodeVersionWarning } from '../cli/shared/sdk-node-warning';
import { runEntryPoint } from '../catalog/errors';
import { formatJson } from '../cli/audit/format/json';
import { createLimiter } from '../cli/audit/pool';
import { PAGE_SIZE } from '../cli/audit/collectors/context';
import { BEDROCK_SERVICE_PRINCIPAL } from '../catalog/bedrock-services';
import type { ResourceKind } from '../cli/audit/model';
import { benchOrganization } from './organization-audit';

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'dummy' };

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '8' },
    part: { type: 'string', default: 'all' },
  },
});
const REPS = Number(values.reps);
const CONCURRENCY = Number(values.concurrency);

/** The mix, by kind; customization jobs create their custom models in moto, one each. */
const MIX = { customizationJobs: 200, batchJobs: 150, importJobs: 150, importedModels: 150, copyJobs: 100, apiKeys: 50 };
const TOTAL = MIX.customizationJobs * 2 + MIX.batchJobs + MIX.importJobs + MIX.importedModels + MIX.copyJobs + MIX.apiKeys;
/** The kinds the single-account bare loop reads. */
const KINDS = [
  'model-customization-job',
  'model-invocation-job',
  'custom-model',
  'model-import-job',
  'imported-model',
  'model-copy-job',
  'invocation-logging',
  'bedrock-api-key',
] as const satisfies readonly ResourceKind[];
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A third of each kind compliant, the rest broken one way or another. */
const FIXTURE: AccountFixture = {
  resources: {
    'model-invocation-job': range(MIX.batchJobs).map((i) => invocationJob(`bench-batch-${i}`, i % 3 === 1 ? { vpcConfig: undefined } : {})),
    'model-import-job': range(MIX.importJobs).map((i) => importJob(`bench-import-${i}`, i % 3 === 1 ? { importedModelKmsKeyArn: undefined } : {})),
    'imported-model': range(MIX.importedModels).map((i) => importedModel(`bench-imported-${i}`, i % 3 === 1 ? { modelKmsKeyArn: undefined } : {})),
    'model-copy-job': range(MIX.copyJobs).map((i) => copyJob(`bench-copy-${i}`, i % 3 === 1 ? { targetModelKmsKeyArn: undefined } : {})),
  },
  apiKeys: range(MIX.apiKeys).map((i) => apiKey(`bench-user-${i}`, `ACCABENCH${String(i).padStart(12, '0')}`)),
};

async function seedMoto(endpoint: string): Promise<void> {
  const client = new BedrockClient({ region: REGION, endpoint, credentials: CREDENTIALS });
  const limit = createLimiter(16);
  await Promise.all(
    range(MIX.customizationJobs).map((i) =>
      limit(() =>
        client.send(
          new CreateModelCustomizationJobCommand({
            jobName: `bench-job-${i}`,
            customModelName: `bench-model-${i}`,
            roleArn: 'arn:aws:iam::123456789012:role/bench',
            baseModelIdentifier: 'amazon.titan-text-lite-v1:0:4k',
            trainingDataConfig: { s3Uri: `s3://bench-train/${i}.jsonl` },
            outputDataConfig: { s3Uri: 's3://bench-out/' },
            hyperParameters: { epochCount: '1' },
            ...(i % 3 !== 1 && { vpcConfig: { subnetIds: ['subnet-0a'], securityGroupIds: ['sg-0a'] } }),
            ...(i % 3 !== 2 && { customModelKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/bench' }),
          }),
        ),
      ),
    ),
  );
  await client.send(new PutModelInvocationLoggingConfigurationCommand({ loggingConfig: { s3Config: { bucketName: 'bench-logs' }, textDataDeliveryEnabled: true } }));
  client.destroy();
}

/** The fixture server as its own process (tsx), fronting moto; resolves with its endpoint. */
async function startFixtureProcess(fixtureFile: string, upstream: string): Promise<{ endpoint: string; child: ChildProcess }> {
  const script = join(__dirname, '..', '__tests__', 'audit', 'support', 'fixture-server.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, fixtureFile, upstream], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`fixture server exited with ${code}`)));
  });
  return { endpoint: `http://127.0.0.1:${port}`, child };
}

async function auditOnce(endpoint: string): Promise<number> {
  const clients: { destroy: () => void }[] = [];
  const report = await runAudit({
    regions: [REGION],
    kinds: KINDS,
    clientFor: (region) => {
      const c = createBedrockClient({ region, endpointUrl: endpoint });
      clients.push(c);
      return c;
    },
    iamClientFor: (region) => {
      const c = createIamClient({ region });
      clients.push(c);
      return c;
    },
    expected: { subnetIds: ['subnet-0a'], securityGroupIds: ['sg-0a'] },
    concurrency: CONCURRENCY,
  });
  formatJson(report);
  clients.forEach((c) => c.destroy());
  if (report.notChecked.length > 0) throw new Error(`audit could not check: ${JSON.stringify(report.notChecked[0])}`);
  return Object.values(report.checked).reduce((a: number, n) => a + (n ?? 0), 0);
}

/** The same calls with nothing around them: default clients, same pool, no rules or output. */
async function bareOnce(endpoint: string): Promise<number> {
  const client = new BedrockClient({ region: REGION, endpoint });
  const iam = new IAMClient({ region: REGION });
  const limit = createLimiter(CONCURRENCY);
  const gets: Promise<unknown>[] = [];
  let seen = 0;
  const each = async <P>(pages: AsyncIterable<P>, items: (p: P) => readonly unknown[] | undefined, get?: (item: never) => Promise<unknown>) => {
    for await (const page of pages) {
      for (const item of items(page) ?? []) {
        seen += 1;
        if (get) gets.push(limit(() => get(item as never)));
      }
    }
  };
  const pg = { client, pageSize: PAGE_SIZE };
  await Promise.all([
    each(paginateListModelCustomizationJobs(pg, {}), (p) => p.modelCustomizationJobSummaries, (s: { jobArn: string }) => client.send(new GetModelCustomizationJobCommand({ jobIdentifier: s.jobArn }))),
    each(paginateListCustomModels(pg, {}), (p) => p.modelSummaries, (s: { modelArn: string }) => client.send(new GetCustomModelCommand({ modelIdentifier: s.modelArn }))),
    each(paginateListModelImportJobs(pg, {}), (p) => p.modelImportJobSummaries, (s: { jobArn: string }) => client.send(new GetModelImportJobCommand({ jobIdentifier: s.jobArn }))),
    each(paginateListImportedModels(pg, {}), (p) => p.modelSummaries, (s: { modelArn: string }) => client.send(new GetImportedModelCommand({ modelIdentifier: s.modelArn }))),
    each(paginateListModelInvocationJobs(pg, {}), (p) => p.invocationJobSummaries),
    each(paginateListModelCopyJobs(pg, {}), (p) => p.modelCopyJobSummaries),
    (async () => {
      await limit(() => client.send(new GetModelInvocationLoggingConfigurationCommand({})));
      seen += 1;
    })(),
    (async () => {
      let marker: string | undefined;
      do {
        const page = await iam.send(new ListServiceSpecificCredentialsCommand({ ServiceName: BEDROCK_SERVICE_PRINCIPAL, AllUsers: true, MaxItems: PAGE_SIZE, Marker: marker }));
        seen += page.ServiceSpecificCredentials?.length ?? 0;
        marker = page.IsTruncated ? page.Marker : undefined;
      } while (marker);
    })(),
  ]);
  await Promise.all(gets);
  client.destroy();
  iam.destroy();
  return seen;
}

const CLI_TIMEOUT_MS = 300_000;

/** The CLI as shipped (node + tsx start-up included), as a child process; async so our event loop keeps running. */
async function cliOnce(endpoint: string): Promise<number> {
  const bin = join(__dirname, '..', 'bin', 'bedrock-private.js');
  const args = [bin, 'audit', '--region', REGION, '--endpoint-url', endpoint, '--format', 'json', '--kinds', KINDS.join(','), '--concurrency', String(CONCURRENCY), '--expect-subnets', 'subnet-0a', '--expect-security-groups', 'sg-0a'];
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: process.env, timeout: CLI_TIMEOUT_MS });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code, signal) => {
      // 1 = findings (expected: two thirds of the resources are non-compliant).
      if (code === 1) resolve(Buffer.concat(chunks).toString('utf8'));
      else reject(new Error(`audit CLI exited with ${code ?? signal}`));
    });
  });
  return Object.values((JSON.parse(stdout) as { checked: Record<string, number> }).checked).reduce((a, n) => a + n, 0);
}

/** Wall ms, the result, and this process's CPU ms (user + system): CPU does not grow with other load on the machine. */
async function timed(fn: () => Promise<number>): Promise<[number, number, number]> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const n = await fn();
  const used = process.cpuUsage(cpu);
  return [Number(process.hrtime.bigint() - start) / 1e6, n, (used.user + used.system) / 1000];
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  process.env.AWS_ACCESS_KEY_ID = CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = CREDENTIALS.secretAccessKey;
  if (values.part !== 'organization') await benchSingleAccount();
  if (values.part !== 'single') await benchOrganization(REPS, CONCURRENCY, timed);
}

async function benchSingleAccount(): Promise<void> {
  const emulator = await startEmulator();
  const dir = mkdtempSync(join(tmpdir(), 'bench-audit-'));
  let fixture: ChildProcess | undefined;
  try {
    const [seedMs] = await timed(async () => (await seedMoto(emulator.endpoint), 0));
    const file = join(dir, 'fixture.json');
    writeFileSync(file, JSON.stringify(FIXTURE));
    const front = await startFixtureProcess(file, emulator.endpoint);
    fixture = front.child;
    // IAM (Bedrock API keys) has its own endpoint setting; the fixture server answers it too.
    process.env.AWS_ENDPOINT_URL_IAM = front.endpoint;
    const expected = TOTAL + 1; // + the region's invocation logging configuration
    console.log(`mixed account: ${TOTAL} resources (${JSON.stringify(MIX)}; custom models = customization jobs) + 1 logging configuration; seeded moto in ${seedMs.toFixed(0)} ms; concurrency ${CONCURRENCY}`);
    await auditOnce(front.endpoint); // warm-up: module loading, connection pools, moto caches
    await bareOnce(front.endpoint);
    const audit: number[] = [];
    const bare: number[] = [];
    const cli: number[] = [];
    const auditCpu: number[] = [];
    const bareCpu: number[] = [];
    for (let rep = 1; rep <= REPS; rep += 1) {
      const [a, na, ac] = await timed(() => auditOnce(front.endpoint));
      const [b, nb, bc] = await timed(() => bareOnce(front.endpoint));
      const [c, nc] = await timed(() => cliOnce(front.endpoint));
      if (na !== expected || nb !== expected || nc !== expected) throw new Error(`expected ${expected} checked, audit saw ${na}, bare loop ${nb}, CLI ${nc}`);
      audit.push(a);
      bare.push(b);
      cli.push(c);
      auditCpu.push(ac);
      bareCpu.push(bc);
      console.log(
        `rep ${rep}: audit (in-process) ${a.toFixed(0)} ms (cpu ${ac.toFixed(0)}), bare SDK loop ${b.toFixed(0)} ms (cpu ${bc.toFixed(0)}), ratio ${(a / b).toFixed(2)}; CLI subprocess ${c.toFixed(0)} ms, ratio ${(c / b).toFixed(2)}`,
      );
    }
    const ratio = median(audit) / median(bare);
    console.log(`median: audit ${median(audit).toFixed(0)} ms, bare ${median(bare).toFixed(0)} ms, ratio ${ratio.toFixed(2)} (target <= 1.2)`);
    console.log(`median CPU of this process: audit ${median(auditCpu).toFixed(0)} ms, bare ${median(bareCpu).toFixed(0)} ms, ratio ${(median(auditCpu) / median(bareCpu)).toFixed(2)} (insensitive to other load on the machine)`);
    console.log(`median: CLI subprocess ${median(cli).toFixed(0)} ms, ratio to the bare loop ${(median(cli) / median(bare)).toFixed(2)} (includes node + tsx start-up)`);
  } finally {
    delete process.env.AWS_ENDPOINT_URL_IAM; // it named the fixture server, which stops here
    fixture?.kill('SIGTERM');
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

silenceSdkNodeVersionWarning();
runEntryPoint({ name: 'bench:audit', exitCode: 1 }, main);
