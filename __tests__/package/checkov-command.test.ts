import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO, firstRunEnv, run } from '../helpers/run';
import { BASE_ENV } from '../helpers/synth';

/**
 * `bedrock-private checkov`: a team's own checkov over its cdktf.out, with the platform's skips and checks
 * and the workaround for checkov 3.3.30's crash on terraform.required_version (bridgecrewio/checkov#7454).
 * Runs the project's checkov (.venv, npm run python-env) as a subprocess on one fixture environment.
 */

const CHECKOV = join(REPO, '.venv', 'bin', 'checkov');
const BIN = join(REPO, 'bin', 'bedrock-private.js');

interface CheckovReport {
  readonly summary: { passed: number; failed: number; parsing_errors: number };
  readonly results: { passed_checks: Array<{ check_id: string; resource: string; file_path: string }>; failed_checks: Array<{ check_id: string; resource: string }> };
}

describe('bedrock-private checkov', () => {
  const work = mkdtempSync(join(tmpdir(), 'bpp-checkov-'));
  const outdir = join(work, 'cdktf.out');
  const stackFile = join(outdir, 'stacks', 'bedrock-qa', 'cdk.tf.json');
  const checkov = (args: readonly string[], env: Record<string, string> = {}) =>
    run(process.execPath, [BIN, 'checkov', ...args], { cwd: work, env: firstRunEnv({ CHECKOV, ...env }), timeoutMs: 180_000 });

  beforeAll(async () => {
    if (!existsSync(CHECKOV)) throw new Error(`${CHECKOV} is missing: run npm run python-env`);
    const envDir = join(work, 'environments');
    mkdirSync(envDir);
    writeFileSync(join(envDir, 'qa.json'), JSON.stringify(BASE_ENV));
    const synth = await run(process.execPath, [join(REPO, 'scripts', 'synth.js')], {
      env: firstRunEnv({ BEDROCK_ENV_DIR: envDir, BEDROCK_ORG_FILE: join(work, 'no-organization.json'), CDKTF_OUTDIR: outdir }),
    });
    if (synth.code !== 0) throw new Error(`synth failed: ${synth.stderr}`);
  }, 180_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is needed: checkov 3.3.30 alone reads the synthesized stack as a parsing error, scans nothing and exits 0', async () => {
    // When this fails, checkov parses required_version again (bridgecrewio/checkov#7467): the workaround can go.
    const r = await run(CHECKOV, ['--framework', 'terraform_json', '--skip-download', '--file', stackFile, '--output', 'json'], { cwd: work, env: firstRunEnv(), timeoutMs: 180_000 });
    const report = JSON.parse(r.stdout) as CheckovReport;
    expect([r.code, report.summary]).toEqual([0, expect.objectContaining({ passed: 0, failed: 0, parsing_errors: 1 })]);
  }, 180_000);

  it('scans every resource with the platform checks, names the user\'s file, and passes the platform\'s stack', async () => {
    const r = await checkov(['cdktf.out', '--', '--output', 'json', '--output-file-path', 'reports']);
    const report = JSON.parse(r.stdout) as CheckovReport;
    // A path given to checkov is the user's, relative to where they ran the command.
    expect(JSON.parse(readFileSync(join(work, 'reports', 'results_json.json'), 'utf8')).summary).toEqual(report.summary);
    expect([r.code, report.summary.failed, report.summary.parsing_errors]).toEqual([0, 0, 0]);
    expect(report.summary.passed).toBeGreaterThan(100);
    const endpointChecks = report.results.passed_checks.filter((c) => c.check_id === 'CKV_BPP_1');
    expect(endpointChecks.length).toBeGreaterThan(0);
    expect(new Set(report.results.passed_checks.map((c) => c.file_path))).toEqual(new Set([`/${relative(work, stackFile)}`]));
  }, 180_000);

  it("fails with checkov's exit code when a stack breaks a platform check (an endpoint policy allowing every action)", async () => {
    const bad = join(work, 'bad');
    const stack = JSON.parse(readFileSync(stackFile, 'utf8'));
    const [name, endpoint] = Object.entries(stack.resource.aws_vpc_endpoint as Record<string, { vpc_endpoint_type?: string; policy?: string }>).find(([, e]) => e.vpc_endpoint_type === 'Interface')!;
    endpoint.policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] });
    mkdirSync(join(bad, 'stacks', 'bedrock-qa'), { recursive: true });
    writeFileSync(join(bad, 'stacks', 'bedrock-qa', 'cdk.tf.json'), JSON.stringify(stack));
    const r = await checkov([bad, '--', '--output', 'json', '--check', 'CKV_BPP_1']);
    const report = JSON.parse(r.stdout) as CheckovReport;
    expect(r.code).toBe(1);
    expect(report.results.failed_checks.map((c) => `${c.check_id} ${c.resource}`)).toEqual([`CKV_BPP_1 resource.${name}`]); // checkov names a custom check's resource "resource.<name>"
  }, 180_000);

  it('says what to do when there is nothing to scan, or no checkov', async () => {
    expect(await checkov(['empty'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bedrock-private checkov: empty/stacks holds no synthesized stack (<stack>/cdk.tf.json): synthesize first (bedrock-private synth), or name the cdktf.out directory\n',
    });
    expect(await checkov([], { CHECKOV: 'no-such-checkov' })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bedrock-private checkov: could not run checkov ("no-such-checkov": spawnSync no-such-checkov ENOENT); install it (pip install checkov) or set CHECKOV to its path\n',
    });
  });
});
