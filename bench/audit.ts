/**
 * Benchmark: the audit's wall time against a bare SDK loop making the same API calls, both
 * in-process against the same moto emulator, same concurrency, alternating, several repetitions.
 *
 *   npm run bench:audit [-- --jobs 1000 --reps 5 --concurrency 8]
 *
 * "Audit" = runAudit (the CLI's engine: adaptive-retry clients, collectors, rules, remediation text)
 * plus JSON formatting. "Bare" = list + get of customization jobs and custom models and the batch-job
 * listing, with the same pool and nothing else. Both in-process so node/tsx start-up (about 0.4 s
 * for the subprocess CLI) does not blur the ratio. Target: ratio <= 1.2.
 */
import {
  BedrockClient,
  CreateModelCustomizationJobCommand,
  GetCustomModelCommand,
  GetModelCustomizationJobCommand,
  paginateListCustomModels,
  paginateListModelCustomizationJobs,
  paginateListModelInvocationJobs,
} from '@aws-sdk/client-bedrock';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmulator } from '../__tests__/audit/support/moto';
import { runAudit } from '../cli/audit/audit';
import { createBedrockClient } from '../cli/audit/client';
import { silenceSdkNodeVersionWarning } from '../cli/shared/sdk-node-warning';
import { runEntryPoint } from '../catalog/errors';
import { formatJson } from '../cli/audit/format/json';
import { createLimiter } from '../cli/audit/pool';

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'dummy' };

const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '1000' },
    reps: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '8' },
  },
});
const JOBS = Number(values.jobs);
const REPS = Number(values.reps);
const CONCURRENCY = Number(values.concurrency);

async function seed(endpoint: string): Promise<void> {
  const client = new BedrockClient({ region: REGION, endpoint, credentials: CREDENTIALS });
  const limit = createLimiter(16);
  await Promise.all(
    Array.from({ length: JOBS }, (_, i) =>
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
            // A third compliant, the rest split between the two failure modes.
            ...(i % 3 !== 1 && { vpcConfig: { subnetIds: ['subnet-0a'], securityGroupIds: ['sg-0a'] } }),
            ...(i % 3 !== 2 && { customModelKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/bench' }),
          }),
        ),
      ),
    ),
  );
  client.destroy();
}

async function auditOnce(endpoint: string): Promise<number> {
  const clients: BedrockClient[] = [];
  const report = await runAudit({
    regions: [REGION],
    clientFor: (region) => {
      const c = createBedrockClient({ region, endpointUrl: endpoint });
      clients.push(c);
      return c;
    },
    expected: { subnetIds: ['subnet-0a'], securityGroupIds: ['sg-0a'] },
    concurrency: CONCURRENCY,
  });
  formatJson(report);
  clients.forEach((c) => c.destroy());
  if (report.notChecked.length > 0) throw new Error(`audit could not check: ${JSON.stringify(report.notChecked[0])}`);
  return report.checked['model-customization-job'];
}

/** The same calls with nothing around them: default client, same pool, no rules or output. */
async function bareOnce(endpoint: string): Promise<number> {
  const client = new BedrockClient({ region: REGION, endpoint });
  const limit = createLimiter(CONCURRENCY);
  const gets: Promise<unknown>[] = [];
  let jobs = 0;
  const listJobs = (async () => {
    for await (const page of paginateListModelCustomizationJobs({ client, pageSize: 100 }, {})) {
      for (const s of page.modelCustomizationJobSummaries ?? []) {
        jobs += 1;
        gets.push(limit(() => client.send(new GetModelCustomizationJobCommand({ jobIdentifier: s.jobArn }))));
      }
    }
  })();
  const listModels = (async () => {
    for await (const page of paginateListCustomModels({ client, pageSize: 100 }, {})) {
      for (const s of page.modelSummaries ?? []) gets.push(limit(() => client.send(new GetCustomModelCommand({ modelIdentifier: s.modelArn }))));
    }
  })();
  const listBatch = (async () => {
    for await (const page of paginateListModelInvocationJobs({ client, pageSize: 100 }, {})) void page;
  })();
  await Promise.all([listJobs, listModels, listBatch]);
  await Promise.all(gets);
  client.destroy();
  return jobs;
}

const CLI_TIMEOUT_MS = 300_000;

/** The CLI as shipped (node + tsx start-up included), as a child process; async so our event loop keeps running. */
async function cliOnce(endpoint: string): Promise<number> {
  const bin = join(__dirname, '..', 'bin', 'bedrock-private.js');
  const args = [bin, 'audit', '--region', REGION, '--endpoint-url', endpoint, '--format', 'json', '--concurrency', String(CONCURRENCY), '--expect-subnets', 'subnet-0a', '--expect-security-groups', 'sg-0a'];
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: process.env, timeout: CLI_TIMEOUT_MS });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code, signal) => {
      // 1 = findings (expected: two thirds of the seeded jobs are non-compliant).
      if (code === 1) resolve(Buffer.concat(chunks).toString('utf8'));
      else reject(new Error(`audit CLI exited with ${code ?? signal}`));
    });
  });
  return (JSON.parse(stdout) as { checked: Record<string, number> }).checked['model-customization-job'];
}

async function timed(fn: () => Promise<number>): Promise<[number, number]> {
  const start = process.hrtime.bigint();
  const n = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, n];
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  process.env.AWS_ACCESS_KEY_ID = CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = CREDENTIALS.secretAccessKey;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const emulator = await startEmulator();
  try {
    const [seedMs] = await timed(async () => (await seed(emulator.endpoint), JOBS));
    console.log(`seeded ${JOBS} customization jobs (and their ${JOBS} custom models) in ${seedMs.toFixed(0)} ms; concurrency ${CONCURRENCY}`);
    await auditOnce(emulator.endpoint); // warm-up: module loading, connection pool, moto caches
    await bareOnce(emulator.endpoint);
    const audit: number[] = [];
    const bare: number[] = [];
    const cli: number[] = [];
    for (let rep = 1; rep <= REPS; rep += 1) {
      const [a, na] = await timed(() => auditOnce(emulator.endpoint));
      const [b, nb] = await timed(() => bareOnce(emulator.endpoint));
      const [c, nc] = await timed(() => cliOnce(emulator.endpoint));
      if (na !== JOBS || nb !== JOBS || nc !== JOBS) throw new Error(`expected ${JOBS} jobs, audit saw ${na}, bare loop ${nb}, CLI ${nc}`);
      audit.push(a);
      bare.push(b);
      cli.push(c);
      console.log(`rep ${rep}: audit (in-process) ${a.toFixed(0)} ms, bare SDK loop ${b.toFixed(0)} ms, ratio ${(a / b).toFixed(2)}; CLI subprocess ${c.toFixed(0)} ms`);
    }
    const ratio = median(audit) / median(bare);
    console.log(`median: audit ${median(audit).toFixed(0)} ms, bare ${median(bare).toFixed(0)} ms, ratio ${ratio.toFixed(2)} (target <= 1.2)`);
    console.log(`median: CLI subprocess ${median(cli).toFixed(0)} ms, ratio to the bare loop ${(median(cli) / median(bare)).toFixed(2)} (includes node + tsx start-up)`);
  } finally {
    await emulator.stop();
  }
}

silenceSdkNodeVersionWarning();
runEntryPoint({ name: 'bench:audit', exitCode: 1 }, main);
