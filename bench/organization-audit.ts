/**
 * The organization run of bench/audit.ts: `audit --organization` over four accounts (the management
 * account and three members, each with the auditor role) in two regions of one multi-account emulator,
 * against a bare SDK loop that makes the same calls with the same concurrency (accounts at once, calls
 * in flight per account), measured in the same run, alternating.
 *
 * Each account holds, per region, JOBS customization jobs (and so as many custom models) and a
 * guardrail; the other kinds are empty listings. "Audit" = runOrganizationAudit (ListAccounts, AssumeRole
 * per account, every kind, rules) plus JSON formatting, in-process. "Bare" = ListAccounts, AssumeRole,
 * and per account and region every listing the audit makes, the Gets it makes, nothing else.
 */
import {
  BedrockClient,
  GetAccountDataRetentionCommand,
  GetCustomModelCommand,
  GetGuardrailCommand,
  GetModelCustomizationJobCommand,
  GetModelInvocationLoggingConfigurationCommand,
  GetResourcePolicyCommand,
  paginateListCustomModelDeployments,
  paginateListCustomModels,
  paginateListEvaluationJobs,
  paginateListGuardrails,
  paginateListImportedModels,
  paginateListModelCopyJobs,
  paginateListModelCustomizationJobs,
  paginateListModelImportJobs,
  paginateListModelInvocationJobs,
  paginateListProvisionedModelThroughputs,
} from '@aws-sdk/client-bedrock';
import { BedrockAgentCoreControlClient, paginateListAgentRuntimes } from '@aws-sdk/client-bedrock-agentcore-control';
import { IAMClient, ListServiceSpecificCredentialsCommand } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { startEmulator } from '../__tests__/audit/support/moto';
import { AUDITOR_ROLE, EXTERNAL_ID, MANAGEMENT, createAuditorRole, createOrganization, seedGuardrail, seedPublicJob } from '../__tests__/audit/support/organization';
import { createAgentCoreClient, createBedrockClient, createIamClient } from '../cli/audit/client';
import { PAGE_SIZE } from '../cli/audit/collectors/context';
import { formatOrganizationJson } from '../cli/audit/format/organization';
import { listOrganizationAccounts } from '../cli/audit/organization/accounts';
import { runOrganizationAudit } from '../cli/audit/organization/run';
import { createLimiter } from '../cli/audit/pool';
import { BEDROCK_SERVICE_PRINCIPAL } from '../catalog/bedrock-services';

const REGIONS = ['us-east-1', 'eu-west-1'];
const JOBS = 25;
const ACCOUNT_CONCURRENCY = 4;

type Timed = (fn: () => Promise<number>) => Promise<[number, number, number]>;

async function seed(endpoint: string): Promise<string[]> {
  const members = await createOrganization(endpoint, ['dev', 'staging', 'prod']);
  const limit = createLimiter(8);
  const accounts = [MANAGEMENT, ...members];
  for (const account of accounts) await createAuditorRole(endpoint, account);
  await Promise.all(
    accounts.flatMap((account) =>
      REGIONS.flatMap((region) => [
        limit(() => seedGuardrail(endpoint, account, region)),
        ...Array.from({ length: JOBS }, (_, i) => limit(() => seedPublicJob(endpoint, account, region, `bench-${region}-${i}`))),
      ]),
    ),
  );
  return accounts;
}

async function auditOnce(concurrency: number): Promise<number> {
  const region = REGIONS[0];
  const organizations = new OrganizationsClient({ region: 'us-east-1' });
  const sts = new STSClient({ region, retryMode: 'adaptive', maxAttempts: 6 });
  const clients: { destroy: () => void }[] = [];
  const keep = <C extends { destroy: () => void }>(c: C): C => (clients.push(c), c);
  const accounts = await listOrganizationAccounts(organizations);
  const report = await runOrganizationAudit({
    accounts,
    role: { roleName: AUDITOR_ROLE, externalId: EXTERNAL_ID, partition: 'aws' },
    sts,
    accountConcurrency: ACCOUNT_CONCURRENCY,
    clientsFor: (credentials) => ({
      bedrock: (r) => keep(createBedrockClient({ region: r, credentials })),
      iam: (r) => keep(createIamClient({ region: r, credentials })),
      agentCore: (r) => keep(createAgentCoreClient({ region: r, credentials })),
    }),
    regions: REGIONS,
    expected: {},
    concurrency,
  });
  formatOrganizationJson(report);
  organizations.destroy();
  sts.destroy();
  clients.forEach((c) => c.destroy());
  let checked = 0;
  for (const a of report.accounts) {
    if (!('report' in a)) throw new Error(`account ${a.account.id} not checked: ${a.notChecked}`);
    if (a.report.notChecked.length > 0) throw new Error(`audit could not check: ${JSON.stringify(a.report.notChecked[0])}`);
    checked += Object.values(a.report.checked).reduce((s: number, n) => s + (n ?? 0), 0);
  }
  return checked;
}

/** Same calls, default clients, the same bounds (accounts at once; calls in flight per account), nothing else. */
async function bareOnce(concurrency: number): Promise<number> {
  const organizations = new OrganizationsClient({ region: 'us-east-1' });
  const sts = new STSClient({ region: REGIONS[0] });
  const accounts = await listOrganizationAccounts(organizations);
  const limitAccounts = createLimiter(ACCOUNT_CONCURRENCY);
  let seen = 0;
  const one = async (id: string): Promise<void> => {
    const { Credentials: c } = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${id}:role/${AUDITOR_ROLE}`, RoleSessionName: 'bench', ExternalId: EXTERNAL_ID }));
    const credentials = { accessKeyId: c?.AccessKeyId ?? '', secretAccessKey: c?.SecretAccessKey ?? '', sessionToken: c?.SessionToken };
    const limit = createLimiter(concurrency);
    const gets: Promise<unknown>[] = [];
    const each = async <P>(pages: AsyncIterable<P>, items: (p: P) => readonly unknown[] | undefined, get?: (item: never) => Promise<unknown>) => {
      for await (const page of pages) {
        for (const item of items(page) ?? []) {
          if (get) gets.push(limit(() => get(item as never)));
          else seen += 1;
        }
      }
    };
    const counted = (p: Promise<unknown>) => p.then(() => void (seen += 1));
    const closers: { destroy: () => void }[] = [];
    const inRegion = async (region: string) => {
      const client = new BedrockClient({ region, credentials });
      const agentCore = new BedrockAgentCoreControlClient({ region, credentials });
      closers.push(client, agentCore);
      const pg = { client, pageSize: PAGE_SIZE };
      await Promise.all([
        each(paginateListModelCustomizationJobs(pg, {}), (p) => p.modelCustomizationJobSummaries, (s: { jobArn: string }) => counted(client.send(new GetModelCustomizationJobCommand({ jobIdentifier: s.jobArn })))),
        each(paginateListCustomModels(pg, {}), (p) => p.modelSummaries, (s: { modelArn: string }) => counted(client.send(new GetCustomModelCommand({ modelIdentifier: s.modelArn })))),
        // Resource policies: the models are listed again and each policy read (none here: ResourceNotFound).
        each(paginateListCustomModels(pg, {}), (p) => p.modelSummaries, (s: { modelArn: string }) => client.send(new GetResourcePolicyCommand({ resourceArn: s.modelArn })).catch(() => undefined)),
        each(paginateListModelImportJobs(pg, {}), (p) => p.modelImportJobSummaries),
        each(paginateListImportedModels(pg, {}), (p) => p.modelSummaries),
        each(paginateListModelInvocationJobs(pg, {}), (p) => p.invocationJobSummaries),
        each(paginateListModelCopyJobs(pg, {}), (p) => p.modelCopyJobSummaries),
        each(paginateListCustomModelDeployments(pg, {}), (p) => p.modelDeploymentSummaries),
        each(paginateListProvisionedModelThroughputs(pg, {}), (p) => p.provisionedModelSummaries),
        each(paginateListEvaluationJobs(pg, {}), (p) => p.jobSummaries),
        each(paginateListGuardrails(pg, {}), (p) => p.guardrails, (s: { arn: string }) => client.send(new GetGuardrailCommand({ guardrailIdentifier: s.arn }))).then(() => void (seen += 1)),
        each(paginateListAgentRuntimes({ client: agentCore, pageSize: PAGE_SIZE }, {}), (p) => p.agentRuntimes),
        counted(limit(() => client.send(new GetModelInvocationLoggingConfigurationCommand({})))),
      ]);
    };
    const iam = new IAMClient({ region: REGIONS[0], credentials });
    const retention = new BedrockClient({ region: REGIONS[0], credentials });
    closers.push(iam, retention);
    await Promise.all([
      ...REGIONS.map(inRegion),
      iam.send(new ListServiceSpecificCredentialsCommand({ ServiceName: BEDROCK_SERVICE_PRINCIPAL, AllUsers: true, MaxItems: PAGE_SIZE })).then((p) => void (seen += p.ServiceSpecificCredentials?.length ?? 0)),
      counted(limit(() => retention.send(new GetAccountDataRetentionCommand({})))),
    ]);
    await Promise.all(gets);
    closers.forEach((c) => c.destroy());
  };
  await Promise.all(accounts.map((a) => limitAccounts(() => one(a.id))));
  organizations.destroy();
  sts.destroy();
  return seen;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs the organization benchmark and prints each repetition and the medians. */
export async function benchOrganization(reps: number, concurrency: number, timed: Timed): Promise<void> {
  const emulator = await startEmulator({ multiAccount: true });
  const saved = process.env.AWS_ENDPOINT_URL;
  try {
    const [seedMs, accounts] = await timed(async () => (await seed(emulator.endpoint)).length);
    // Every service (Organizations, STS, Bedrock, IAM, AgentCore) at the emulator.
    process.env.AWS_ENDPOINT_URL = emulator.endpoint;
    console.log(
      `organization: ${accounts} accounts x ${REGIONS.length} regions, each ${JOBS} customization jobs + ${JOBS} custom models + 1 guardrail per region; seeded in ${seedMs.toFixed(0)} ms; ${ACCOUNT_CONCURRENCY} accounts at once, concurrency ${concurrency} per account`,
    );
    await auditOnce(concurrency); // warm-up
    await bareOnce(concurrency);
    const audit: number[] = [];
    const bare: number[] = [];
    const auditCpu: number[] = [];
    const bareCpu: number[] = [];
    for (let rep = 1; rep <= reps; rep += 1) {
      const [a, na, ac] = await timed(() => auditOnce(concurrency));
      const [b, nb, bc] = await timed(() => bareOnce(concurrency));
      auditCpu.push(ac);
      bareCpu.push(bc);
      if (na !== nb) throw new Error(`the audit checked ${na} resources, the bare loop saw ${nb}`);
      audit.push(a);
      bare.push(b);
      console.log(`organization rep ${rep}: audit ${a.toFixed(0)} ms (cpu ${ac.toFixed(0)}), bare SDK loop ${b.toFixed(0)} ms (cpu ${bc.toFixed(0)}), ratio ${(a / b).toFixed(2)} (${na} resources)`);
    }
    console.log(`organization median: audit ${median(audit).toFixed(0)} ms, bare ${median(bare).toFixed(0)} ms, ratio ${(median(audit) / median(bare)).toFixed(2)} (target <= 1.2)`);
    console.log(`organization median CPU of this process: audit ${median(auditCpu).toFixed(0)} ms, bare ${median(bareCpu).toFixed(0)} ms, ratio ${(median(auditCpu) / median(bareCpu)).toFixed(2)}`);
  } finally {
    if (saved === undefined) delete process.env.AWS_ENDPOINT_URL;
    else process.env.AWS_ENDPOINT_URL = saved;
    await emulator.stop();
  }
}
