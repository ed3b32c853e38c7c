import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'audit-input-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every case fails before any AWS call: the endpoint points at a closed port to prove it.
const audit = (...args: string[]) => runCli(['audit', '--endpoint-url', 'http://127.0.0.1:9', ...args]);

describe('bad input exits 2 with a message naming the flag or field and the fix', () => {
  it('rejects a region where Bedrock is not offered', async () => {
    const r = await audit('--region', 'us-east-1', '--region', 'mars-north-1');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--region "mars-north-1": Amazon Bedrock is not offered there');
    expect(r.stderr).toContain('us-west-2');
    expect(r.stdout).toBe('');
  });

  it('rejects an unreadable outputs file', async () => {
    const r = await audit('--region', 'us-east-1', '--expect-from', join(dir, 'missing.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--expect-from \S+missing\.json: cannot read the file \(ENOENT\)/);
    expect(r.stderr).toContain('cdktf output --outputs-file');
  });

  it('rejects a --since that is not an ISO date', async () => {
    const r = await audit('--region', 'us-east-1', '--since', '22/11/2026');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--since "22/11/2026": not an ISO 8601 date; use e.g. 2026-11-01');
  });

  it('names the output missing from the stack outputs file', async () => {
    const file = join(dir, 'partial.json');
    writeFileSync(file, JSON.stringify({ 'bedrock-dev': { region: 'us-east-1', subnet_ids: ['subnet-0a'], custom_model_kms_key_arn: 'k' } }));
    const r = await audit('--expect-from', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(stack "bedrock-dev"): missing output "job_security_group_id" (string)');
  });

  it('asks for --env when the outputs file holds several stacks', async () => {
    const file = join(dir, 'two.json');
    writeFileSync(file, JSON.stringify({ 'bedrock-dev': {}, 'bedrock-prod': {} }));
    const r = await audit('--region', 'us-east-1', '--expect-from', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holds 2 stacks (bedrock-dev, bedrock-prod); pass --env <name> to choose the stack bedrock-<name>.');
  });

  it('rejects an unknown flag and an unknown format', async () => {
    const flag = await audit('--region', 'us-east-1', '--regoin', 'us-east-2');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--regoin'");
    const format = await audit('--region', 'us-east-1', '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format "xml": use one of table, json, sarif');
  });

  it('rejects an unknown --kinds name, suggesting the kind it most likely meant and listing all of them', async () => {
    for (const [typo, meant] of [['import-job', 'model-import-job'], ['custom-models', 'custom-model'], ['api-key', 'bedrock-api-key'], ['invocation-loging', 'invocation-logging']]) {
      const r = await audit('--region', 'us-east-1', '--kinds', `custom-model,${typo}`);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--kinds "${typo}": not a resource kind; did you mean "${meant}"? Use a comma-separated list of: model-customization-job, model-invocation-job, custom-model,`);
    }
    const far = await audit('--region', 'us-east-1', '--kinds', 'vpc');
    expect(far.stderr).toContain('--kinds "vpc": not a resource kind. Use a comma-separated list of:');
    const empty = await audit('--region', 'us-east-1', '--kinds', ',');
    expect(empty.stderr).toContain('--kinds: name at least one kind, comma-separated, from: model-customization-job');
  });

  it('rejects a log bucket or log group name AWS would not accept', async () => {
    const bucket = await audit('--region', 'us-east-1', '--expect-log-bucket', 'Logs_Bucket');
    expect(bucket.code).toBe(2);
    expect(bucket.stderr).toContain('--expect-log-bucket "Logs_Bucket": not a valid name; use e.g. bedrock-dev-invocation-logs-123456789012-us-east-1.');
    const group = await audit('--region', 'us-east-1', '--expect-log-group', 'logs group');
    expect(group.stderr).toContain('--expect-log-group "logs group": not a valid name; use e.g. /aws/bedrock/invocations.');
  });

  it('prints usage for --help and exits 0', async () => {
    const r = await runCli(['audit', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: bedrock-private audit [options]');
    expect(r.stdout).toContain('--expect-from <file>');
    expect(r.stdout).toContain('--kinds <kinds>');
    expect(r.stdout).toContain('--summary');
  });
});
