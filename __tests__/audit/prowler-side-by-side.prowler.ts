import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DUMMY_AWS_ENV, EMULATOR_START_TIMEOUT_MS, REPO, startEmulator, type Emulator } from './support/moto';
import { COMPARISON_REGIONS, seedComparisonAccount } from './support/prowler-seed';
import { type OcsfFinding, comparisonTable, prowlerSubject } from './support/prowler-table';

/**
 * Prowler's half of the table in help/audit.md: Prowler 5.46 (from .venv-prowler) runs its Bedrock
 * checks on the seeded emulator account, and its findings must be exactly the table's rows with a
 * Prowler status. Never `prowler --version`: it asks the internet for the latest release.
 */
const PROWLER = join(REPO, '.venv-prowler', 'bin', 'prowler');
let emulator: Emulator;
let out: string;

beforeAll(async () => {
  if (!existsSync(PROWLER)) throw new Error(`${PROWLER} is missing: run "bash scripts/prowler-env.sh" (npm run test:prowler does).`);
  emulator = await startEmulator();
  await seedComparisonAccount(emulator.endpoint);
  out = mkdtempSync(join(tmpdir(), 'prowler-'));
}, EMULATOR_START_TIMEOUT_MS + 60_000);
afterAll(async () => {
  await emulator?.stop();
  if (out) rmSync(out, { recursive: true, force: true });
});

function prowler(): Promise<{ code: number; log: string }> {
  const port = new URL(emulator.endpoint).port;
  const args = ['aws', '--service', 'bedrock', '--region', ...COMPARISON_REGIONS, '-M', 'json-ocsf', '-o', out, '--no-banner', '--ignore-exit-code-3'];
  return new Promise((resolve) => {
    execFile(
      PROWLER,
      args,
      {
        timeout: 540_000,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: out,
          ...DUMMY_AWS_ENV,
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_CONFIG_FILE: '/dev/null',
          AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
          AWS_ENDPOINT_URL: emulator.endpoint,
          // S3 Control's endpoint is account-prefixed by botocore; [::1] keeps the emulator reachable.
          AWS_ENDPOINT_URL_S3_CONTROL: `http://[::1]:${port}`,
        },
      },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, log: stdout + stderr }),
    );
  });
}

describe("the Prowler comparison table's Prowler half (help/audit.md)", () => {
  it('lists exactly the Bedrock findings Prowler 5.46 makes on the seeded account', async () => {
    const { code, log } = await prowler();
    expect({ code, log: code === 0 ? '' : log }).toEqual({ code: 0, log: '' });
    const file = readdirSync(out).find((f) => f.endsWith('.ocsf.json'));
    const findings = JSON.parse(readFileSync(join(out, file ?? 'missing'), 'utf8')) as OcsfFinding[];
    const made = findings.map((f) => `${f.metadata.event_code} ${f.resources[0].region} ${prowlerSubject(f)} ${f.status_code}`).sort();
    const claimed = comparisonTable()
      .filter((row) => row.prowler !== undefined)
      .map((row) => `${row.check} ${row.region} ${row.subject} ${row.prowler}`)
      .sort();
    expect(made).toEqual(claimed);
  });
});
