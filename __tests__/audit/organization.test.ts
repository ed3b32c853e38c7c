import { z } from 'zod';
import { runCli } from './support/cli';
import { EMULATOR_START_TIMEOUT_MS, startEmulator, type Emulator } from './support/moto';
import { AUDITOR_ROLE, EXTERNAL_ID, MANAGEMENT, createAuditorRole, createOrganization, seedDataRetention, seedGuardrail, seedPublicJob } from './support/organization';

/**
 * `audit --organization` in one multi-account emulator: the management account and three members,
 * two regions. Every account but one has the auditor role (trusted by the management account, with
 * an external id); that one must be reported "not checked" with the reason, the others complete.
 */
const REGIONS = ['us-east-1', 'eu-west-1'];
let emulator: Emulator;
let members: { dev: string; prod: string; sandbox: string };

beforeAll(async () => {
  emulator = await startEmulator({ multiAccount: true });
  const [dev, prod, sandbox] = await createOrganization(emulator.endpoint, ['dev', 'prod', 'sandbox']);
  members = { dev, prod, sandbox };
  // sandbox never got the auditor role.
  for (const account of [MANAGEMENT, dev, prod]) {
    await createAuditorRole(emulator.endpoint, account);
    for (const region of REGIONS) await seedGuardrail(emulator.endpoint, account, region);
  }
  await seedPublicJob(emulator.endpoint, dev, 'us-east-1', 'dev-public');
  await seedPublicJob(emulator.endpoint, prod, 'eu-west-1', 'prod-public');
  await seedDataRetention(emulator.endpoint, prod, 'provider_data_share');
}, EMULATOR_START_TIMEOUT_MS + 90_000);

afterAll(async () => {
  await emulator?.stop();
});

/** Every service (STS, Organizations, Bedrock, IAM, AgentCore) at the emulator, as AWS_ENDPOINT_URL does it. */
const audit = (...args: string[]) =>
  runCli(['audit', '--organization', '--external-id', EXTERNAL_ID, ...REGIONS.flatMap((r) => ['--region', r]), ...args], { AWS_ENDPOINT_URL: emulator.endpoint });

const accountJson = z.discriminatedUnion('status', [
  z.object({
    accountId: z.string(),
    accountName: z.string().optional(),
    status: z.literal('checked'),
    exitCode: z.number(),
    regions: z.array(z.string()),
    checked: z.record(z.string(), z.number()),
    findings: z.array(z.object({ ruleId: z.string(), region: z.string(), resourceName: z.string() })),
    notChecked: z.array(z.unknown()),
  }),
  z.object({ accountId: z.string(), accountName: z.string().optional(), status: z.literal('not-checked'), exitCode: z.literal(2), reason: z.string() }),
]);
const organizationJson = z.object({ schemaVersion: z.literal(1), regions: z.array(z.string()), exitCode: z.number(), accounts: z.array(accountJson) });

describe('bedrock-private audit --organization against the multi-account emulator', () => {
  it('audits every active account in both regions; the account without the auditor role is not checked (exit 2), the others complete', async () => {
    const r = await audit('--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(2);
    const report = organizationJson.parse(JSON.parse(r.stdout));
    expect(report.exitCode).toBe(2);
    expect(report.regions).toEqual(REGIONS);
    expect(report.accounts.map((a) => a.accountId)).toEqual([MANAGEMENT, members.dev, members.prod, members.sandbox].sort());

    const byId = new Map(report.accounts.map((a) => [a.accountId, a]));
    const sandbox = byId.get(members.sandbox);
    expect(sandbox).toMatchObject({ status: 'not-checked', accountName: 'sandbox' });
    expect(sandbox?.status === 'not-checked' && sandbox.reason).toMatch(
      new RegExp(`^cannot assume arn:aws:iam::${members.sandbox}:role/${AUDITOR_ROLE}: access denied \\(AccessDenied: .*sts:AssumeRole`),
    );

    const findings = (id: string) => {
      const a = byId.get(id);
      if (a?.status !== 'checked') throw new Error(`${id} was not checked`);
      expect(a.notChecked).toEqual([]);
      expect(a.regions).toEqual(REGIONS);
      expect(a.checked.guardrail).toBe(2);
      return a.findings.map((f) => `${f.ruleId} ${f.region} ${f.resourceName}`).sort();
    };
    expect(findings(MANAGEMENT)).toEqual([
      'BRP016 eu-west-1 invocation logging (eu-west-1)',
      'BRP016 us-east-1 invocation logging (us-east-1)',
    ]);
    expect(findings(members.dev)).toEqual([
      'BRP001 us-east-1 dev-public',
      'BRP003 us-east-1 dev-public',
      'BRP006 us-east-1 dev-public-model',
      'BRP016 eu-west-1 invocation logging (eu-west-1)',
      'BRP016 us-east-1 invocation logging (us-east-1)',
    ]);
    expect(findings(members.prod)).toEqual([
      'BRP001 eu-west-1 prod-public',
      'BRP003 eu-west-1 prod-public',
      'BRP006 eu-west-1 prod-public-model',
      'BRP016 eu-west-1 invocation logging (eu-west-1)',
      'BRP016 us-east-1 invocation logging (us-east-1)',
      'BRP024 global data retention (aws)',
    ]);
  });

  it('writes one SARIF run per account, the unchecked one a failed invocation with the reason', async () => {
    const r = await audit('--format', 'sarif');
    expect(r.code).toBe(2);
    const sarif = JSON.parse(r.stdout) as { runs: { automationDetails: { id: string }; invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[]; results: unknown[] }[] };
    expect(sarif.runs.map((run) => run.automationDetails.id)).toEqual([MANAGEMENT, members.dev, members.prod, members.sandbox].sort().map((id) => `bedrock-private-audit/${id}/`));
    const failed = sarif.runs.filter((run) => !run.invocations[0].executionSuccessful);
    expect(failed).toHaveLength(1);
    expect(failed[0].automationDetails.id).toBe(`bedrock-private-audit/${members.sandbox}/`);
    expect(failed[0].invocations[0].toolExecutionNotifications[0].message.text).toContain(`Not checked: account ${members.sandbox}: cannot assume`);
    expect(sarif.runs.map((run) => run.results.length)).toEqual(
      [MANAGEMENT, members.dev, members.prod, members.sandbox].sort().map((id) => ({ [MANAGEMENT]: 2, [members.dev]: 5, [members.prod]: 6, [members.sandbox]: 0 })[id]),
    );
  });

  it('prints the table grouped by account and an organization line; --summary one line per account', async () => {
    const r = await audit();
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`=== Account ${members.sandbox} (sandbox) ===\nNOT CHECKED: cannot assume arn:aws:iam::${members.sandbox}:role/${AUDITOR_ROLE}`);
    expect(r.stdout).toContain(`=== Account ${members.prod} (prod) ===\nChecked in us-east-1, eu-west-1:`);
    expect(r.stdout).toMatch(/Organization: 4 account\(s\) in us-east-1, eu-west-1: 3 with findings, 1 not checked \(role arn:aws:iam::<account>:role\/bedrock-private-auditor\)\.\n$/);
    const s = await audit('--summary');
    expect(s.stdout.trim().split('\n')).toHaveLength(5);
    expect(s.stdout).toMatch(/^bedrock-private audit: INCOMPLETE exit=2 accounts=4 accounts_not_checked=1 findings=13 regions=us-east-1,eu-west-1$/m);
  });

  it('without the external id the role trusts, no account can be assumed: every one is not checked', async () => {
    const r = await runCli(['audit', '--accounts', `${members.dev},${members.prod}`, '--region', 'us-east-1', '--format', 'json'], { AWS_ENDPOINT_URL: emulator.endpoint });
    expect(r.code).toBe(2);
    const report = organizationJson.parse(JSON.parse(r.stdout));
    expect(report.accounts.map((a) => [a.accountId, a.status])).toEqual([members.dev, members.prod].sort().map((id) => [id, 'not-checked']));
  });
});
