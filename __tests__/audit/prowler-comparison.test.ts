import { z } from 'zod';
import { runCli } from './support/cli';
import { EMULATOR_START_TIMEOUT_MS, startEmulator, type Emulator } from './support/moto';
import { COMPARISON_REGIONS, seedComparisonAccount } from './support/prowler-seed';
import { auditSubject, comparisonTable } from './support/prowler-table';

/**
 * Keeps the audit's half of the Prowler table in help/audit.md true: the account the comparison was
 * run on is seeded in the emulator, the audit runs on it as a subprocess, and every row's "Audit"
 * column must be what the audit reports, and every audit finding must be a row. (Prowler's half is
 * `npm run test:prowler`, which needs Prowler installed: help/audit.md says why it is separate.)
 */
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
  await seedComparisonAccount(emulator.endpoint);
}, EMULATOR_START_TIMEOUT_MS + 60_000);
afterAll(async () => {
  await emulator?.stop();
});

const findings = z.object({ findings: z.array(z.object({ ruleId: z.string(), kind: z.string(), region: z.string(), resourceArn: z.string(), resourceName: z.string() })) });

describe("the Prowler comparison table's audit half (help/audit.md)", () => {
  it('says exactly which findings the audit makes on the seeded account', async () => {
    const r = await runCli(['audit', ...COMPARISON_REGIONS.flatMap((region) => ['--region', region]), '--format', 'json'], { AWS_ENDPOINT_URL: emulator.endpoint });
    expect(r.code).toBe(1);
    const made = findings.parse(JSON.parse(r.stdout)).findings.map((f) => `${f.ruleId} ${f.region === 'global' ? '-' : f.region} ${auditSubject(f)}`).sort();
    const table = comparisonTable();
    expect(table.length).toBeGreaterThan(0);
    const claimed = table.filter((row) => row.audit).map((row) => `${row.rule} ${row.region} ${row.subject}`).sort();
    expect(made).toEqual([...new Set(claimed)]);
    // A row without a rule is one the audit does not make: no rule of the catalogue flags that subject for it.
    for (const row of table.filter((x) => x.rule === undefined)) expect(row.audit).toBe(false);
  });
});
