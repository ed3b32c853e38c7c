import { parseAuditArgs } from '../../cli/audit/args';
import { STACK_REGION_NAMES } from '../../catalog/bedrock-regions';
import { runCli } from './support/cli';

const ENV = {} as NodeJS.ProcessEnv;
const options = (...argv: string[]) => {
  const parsed = parseAuditArgs(argv, ENV);
  if (parsed.help) throw new Error('help');
  return parsed.options;
};
const rejects = (argv: string[], message: string) => expect(() => parseAuditArgs(argv, ENV)).toThrow(message);

describe('audit flags for a run over several accounts and regions', () => {
  it('--organization: every active account, the default role, 4 accounts at once', () => {
    expect(options('--organization', '--region', 'us-east-1').organization).toEqual({ accounts: 'organization', roleName: 'bedrock-private-auditor', accountConcurrency: 4 });
  });

  it('--accounts: ids, comma-separated or repeated, once each; --role-name, --external-id, --account-concurrency', () => {
    const o = options('--accounts', '111122223333,444455556666', '--accounts', '111122223333', '--role-name', 'audit-ro', '--external-id', 'ext-1', '--account-concurrency', '2', '--region', 'eu-west-1');
    expect(o.organization).toEqual({ accounts: ['111122223333', '444455556666'], roleName: 'audit-ro', externalId: 'ext-1', accountConcurrency: 2 });
  });

  it('--all-regions: every commercial Bedrock region; --region-concurrency bounds each region', () => {
    const o = options('--all-regions', '--region-concurrency', '3', '--organization');
    expect(o.regions).toEqual(STACK_REGION_NAMES);
    expect(o.regions.every((r) => !r.startsWith('us-gov-'))).toBe(true);
    expect(o.regionConcurrency).toBe(3);
  });

  it('refuses what cannot be meant, naming the flag and the fix', () => {
    rejects(['--all-regions', '--region', 'us-east-1'], '--all-regions and --region both choose regions: pass one.');
    rejects(['--organization', '--accounts', '111122223333', '--region', 'us-east-1'], '--accounts and --organization both choose the accounts');
    rejects(['--accounts', '1111', '--region', 'us-east-1'], '--accounts "1111": expected comma-separated 12-digit account ids like 111122223333.');
    rejects(['--role-name', 'x', '--region', 'us-east-1'], '--role-name applies to a run over several accounts: pass --accounts <ids> or --organization too.');
    rejects(['--organization', '--role-name', 'bad name', '--region', 'us-east-1'], '--role-name "bad name": not an IAM role name');
    rejects(['--organization', '--external-id', 'x', '--region', 'us-east-1'], '--external-id "x": use 2 to 1224');
    rejects(['--organization', '--account-concurrency', '0', '--region', 'us-east-1'], '--account-concurrency "0": use a whole number from 1 to 32.');
    rejects(['--organization', '--region', 'us-east-1', '--expect-from', 'outputs.json'], '--expect-from describes one environment');
  });

  it('as a subprocess: one message, exit 2, nothing on stdout, no AWS call', async () => {
    const r = await runCli(['audit', '--organization', '--accounts', '12', '--region', 'us-east-1', '--endpoint-url', 'http://127.0.0.1:9']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--accounts and --organization both choose the accounts');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
