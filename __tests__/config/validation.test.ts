import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../config/errors';
import { loadEnvironments, validateEnvironments } from '../../config/load';
import { planSubnets } from '../../config/schema';
import { parseCidr, cidrContains, cidrsOverlap } from '../../config/cidr';
import { BASE_ENV } from '../helpers/synth';
import { shippedEnvironmentNames } from '../helpers/environments';

function problemsFor(raw: unknown, name = 'dev'): string {
  try {
    validateEnvironments([{ name, raw }]);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('environment configuration', () => {
  it('accepts every environment in config/environments, one bedrock-<name> stack each, in name order', () => {
    const names = shippedEnvironmentNames();
    expect(names.length).toBeGreaterThan(0);
    const envs = loadEnvironments();
    expect(envs.map((e) => e.name)).toEqual(names);
    expect(envs.map((e) => e.stackName)).toEqual(names.map((n) => `bedrock-${n}`));
  });

  it('defaults all four endpoint services, local state, and prevent_destroy only for prod', () => {
    const [dev] = validateEnvironments([{ name: 'dev', raw: BASE_ENV }]);
    const [prod] = validateEnvironments([{ name: 'prod', raw: BASE_ENV }]);
    expect(dev.endpoints.services).toEqual(['bedrock', 'bedrock-runtime', 'bedrock-agent', 'bedrock-agent-runtime']);
    expect(dev.state).toEqual({ type: 'local' });
    expect(dev.protection.preventDestroy).toBe(false);
    expect(prod.protection.preventDestroy).toBe(true);
    expect(dev.keys.deletionWindowDays).toBe(30);
  });

  it('derives one subnet per AZ, inside the VPC and pairwise disjoint', () => {
    const subnets = planSubnets('10.1.0.0/16', 3, ['use1-az1', 'use1-az2', 'use1-az4', 'use1-az6']);
    expect(subnets).toEqual([
      { azId: 'use1-az1', cidr: '10.1.0.0/19' },
      { azId: 'use1-az2', cidr: '10.1.32.0/19' },
      { azId: 'use1-az4', cidr: '10.1.64.0/19' },
      { azId: 'use1-az6', cidr: '10.1.96.0/19' },
    ]);
    const vpc = parseCidr('10.1.0.0/16')!;
    const parsed = subnets.map((s) => parseCidr(s.cidr)!);
    parsed.forEach((a, i) => {
      expect(cidrContains(vpc, a)).toBe(true);
      parsed.slice(i + 1).forEach((b) => expect(cidrsOverlap(a, b)).toBe(false));
    });
  });

  // Each bad configuration must name the environment, the field and what to do.
  const bad: Array<[string, Record<string, unknown>, string, RegExp, string?]> = [
    ['a bad account id', { accountId: '12345' }, 'accountId', /12-digit AWS account id/],
    ['an unsupported region', { region: 'mars-north-1' }, 'region', /"mars-north-1" is not a region these stacks deploy Bedrock to .*; use one of .*us-east-1/],
    ['a mistyped region', { region: 'us-eats-1' }, 'region', /^"us-eats-1" is not a region these stacks deploy Bedrock to; did you mean "us-east-1"\? \(accepted: .*\bus-east-1\b.*\)$/],
    ['a GovCloud region (other ARN partition)', { region: 'us-gov-west-1', azIds: ['usgw1-az1', 'usgw1-az2'] }, 'region', /aws partition\); use one of (?!.*us-gov)/],
    ['an AZ ID of another region', { azIds: ['use1-az1', 'usw2-az2'] }, 'azIds.1', /"usw2-az2" is not in us-east-1; its AZ IDs start with "use1-"/],
    ['one AZ only', { azIds: ['use1-az1'] }, 'azIds', /at least 2 AZ IDs/],
    ['a duplicate AZ', { azIds: ['use1-az1', 'use1-az1'] }, 'azIds.1', /duplicate AZ ID "use1-az1": list each once/],
    ['an AZ ID that is no AZ ID', { azIds: ['use1-az1', 'zone-2'] }, 'azIds.1', /^"zone-2" is not an AZ ID; AZ IDs look like "use1-az1"$/],
    ['a CIDR with host bits set', { vpcCidr: '10.0.1.0/20' }, 'vpcCidr', /^"10\.0\.1\.0\/20" has host bits set: a \/20 block starts at 10\.0\.0\.0; did you mean "10\.0\.0\.0\/20"\?$/],
    ['a VPC block that is no CIDR', { vpcCidr: '10.0.0/20' }, 'vpcCidr', /^"10\.0\.0\/20" is not an IPv4 CIDR block; write it like "10\.20\.0\.0\/20"$/],
    ['a VPC block too small for its subnets', { vpcCidr: '10.0.0.0/24', subnetNewBits: 5 }, 'vpcCidr', /subnets would be \/29, smaller than AWS's minimum \/28; use a larger VPC block or fewer subnetNewBits/],
    ['a VPC block that is too large', { vpcCidr: '10.0.0.0/8' }, 'vpcCidr', /use a block from \/16 to \/24/],
    ['more AZs than subnet slots (overlapping subnets)', { azIds: ['use1-az1', 'use1-az2', 'use1-az3'], subnetNewBits: 1 }, 'subnetNewBits', /3 AZs need 3 subnets but 1 bits give 2; raise subnetNewBits/],
    ['a mistyped key', { vpcCdir: '10.0.0.0/16' }, '(file)', /^unknown key "vpcCdir": did you mean "vpcCidr"\? \(help\/adding-an-environment\.md lists every key\)$/],
    ['a mistyped nested key', { state: { type: 's3', bucket: 'tfstate-bucket', buckt: 'x' } }, 'state', /^unknown key "buckt": did you mean "bucket"\?/],
    ['an unknown key', { flavour: 'x' }, '(file)', /^unknown key "flavour": remove it or fix the spelling \(see help\/adding-an-environment\.md for the keys\)$/],
    ['an unknown endpoint service', { endpoints: { services: ['bedrock', 'sagemaker'] } }, 'endpoints.services.1', /must be one of bedrock, bedrock-runtime, bedrock-agent, bedrock-agent-runtime/],
    ['missing tags', { tags: undefined }, 'tags', /set tags to an object/],
    ['a key administrator that is not an IAM ARN', { keys: { administratorArns: ['admin@example.com'] } }, 'keys.administratorArns.0', /must be an IAM role, user or account-root ARN/],
    ['a lifecycle age of zero', { buckets: { noncurrentVersionExpirationDays: 0 } }, 'buckets.noncurrentVersionExpirationDays', /greater than 0/],
    [
      'an exempt principal from another account without opting in',
      { buckets: { exemptPrincipalArns: ['arn:aws:iam::999999999999:role/Steward'] } },
      'buckets.exemptPrincipalArns.0',
      /in account 999999999999, not 123456789012; set buckets.allowCrossAccountExemptPrincipals to true/,
    ],
    ['a deletion window outside 7-30 days', { keys: { deletionWindowDays: 3 } }, 'keys.deletionWindowDays', /KMS allows 7 to 30 days/],
    ['an S3 state backend without a bucket', { state: { type: 's3' } }, 'state.bucket', /set state.bucket to a string/],
    ['an unknown state backend', { state: { type: 'consul' } }, 'state.type', /state.type must be "local", "s3" or "hcp"/],
    ['a bad flow-log retention', { flowLogs: { retentionDays: 10 } }, 'flowLogs.retentionDays', /must be a CloudWatch Logs retention value/],
    ['a bucket name over 63 characters', { namePrefix: 'averyverylongpfx' }, 'namePrefix', /over S3's 63; shorten namePrefix or the environment name/, 'staging-eu-west'],
    [
      'a person from another account',
      { people: { dataStewards: ['arn:aws:iam::999999999999:role/Steward'] } },
      'people.dataStewards.0',
      /arn:aws:iam::999999999999:role\/Steward is in account 999999999999, not 123456789012; name a role in this account \(people from other accounts assume it\)/,
    ],
    [
      'a deployer that is also a data steward',
      { people: { deployers: ['arn:aws:iam::123456789012:role/Ops'], dataStewards: ['arn:aws:iam::123456789012:role/Ops'] } },
      'people.dataStewards.0',
      /is also in people.deployers; deployers are denied all object data, so give the steward its own role/,
    ],
    ['a person listed twice', { people: { jobSubmitters: ['arn:aws:iam::123456789012:role/A', 'arn:aws:iam::123456789012:role/A'] } }, 'people.jobSubmitters.1', /duplicate job submitter/],
    ['model invokers under their old key', { keys: { modelInvokerArns: ['arn:aws:iam::123456789012:role/App'] } }, 'keys.modelInvokerArns', /moved to people.modelInvokers: move the list there/],
    ['model builders under their old key', { keys: { modelBuilderArns: ['arn:aws:iam::123456789012:role/B'] } }, 'keys.modelBuilderArns', /moved to people.jobSubmitters: move the list there/],
    [
      'force-destroyed buckets in a protected environment',
      { buckets: { forceDestroy: true }, protection: { preventDestroy: true } },
      'buckets.forceDestroy',
      /contradicts protection.preventDestroy \(true\): an environment is either torn down or protected/,
    ],
    ['force-destroyed buckets in prod (protected by default)', { buckets: { forceDestroy: true } }, 'buckets.forceDestroy', /contradicts protection.preventDestroy \(true by default for "prod"\)/, 'prod'],
  ];

  it.each(bad)('rejects %s, naming the environment, the field and the fix', (_label, override, field, fix, name = 'dev') => {
    const message = problemsFor({ ...BASE_ENV, ...override }, name);
    const [headline, ...lines] = message.split('\n');
    expect(headline).toBe('Invalid environment configuration (1 problem); nothing was synthesized:');
    expect(lines).toHaveLength(1);
    const prefix = `  - environment "${name}" (${name}.json): ${field}: `;
    expect(lines[0].startsWith(prefix)).toBe(true);
    expect(lines[0].slice(prefix.length)).toMatch(fix);
  });

  it('says once that AZ names are not AZ IDs, and how to find the IDs', () => {
    expect(problemsFor({ ...BASE_ENV, region: 'eu-west-1', azIds: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'] })).toBe(
      [
        'Invalid environment configuration (1 problem); nothing was synthesized:',
        `  - environment "dev" (dev.json): azIds: "eu-west-1a", "eu-west-1b", "eu-west-1c" are Availability Zone names, not IDs: a name means a different zone in each account, an ID the same zone everywhere. ` +
          `List the AZ IDs instead (in eu-west-1 they look like "euw1-az1"); aws ec2 describe-availability-zones --region eu-west-1 --query 'AvailabilityZones[].[ZoneName,ZoneId]' prints the ID of each name`,
      ].join('\n'),
    );
  });

  it('rejects overlapping VPC blocks of environments in one account and region, naming both files and a free block', () => {
    const shared = { ...BASE_ENV, vpcCidr: '10.0.0.0/20' };
    try {
      validateEnvironments([
        { name: 'dev', raw: shared, file: 'config/environments/dev.json' },
        { name: 'qa', raw: { ...shared, vpcCidr: '10.0.8.0/21' }, file: 'config/environments/qa.json' },
        { name: 'other-account', raw: { ...shared, accountId: '210987654321' }, file: 'config/environments/other-account.json' },
        { name: 'other-region', raw: { ...shared, region: 'us-west-2', azIds: ['usw2-az1', 'usw2-az2'] }, file: 'config/environments/other-region.json' },
      ]);
      throw new Error('expected rejection');
    } catch (e) {
      expect((e as ConfigError).message).toBe(
        [
          'Invalid environment configuration (1 problem); nothing was synthesized:',
          '  - environment "qa" (config/environments/qa.json): vpcCidr: 10.0.8.0/21 overlaps 10.0.0.0/20 of environment "dev" (config/environments/dev.json), in the same account 123456789012 and region us-east-1; use a block that overlaps no other, e.g. "10.0.16.0/21"',
        ].join('\n'),
      );
    }
  });

  it('rejects two state buckets in one account in the same format, naming both files', () => {
    const s3 = (bucket: string) => ({ ...BASE_ENV, state: { type: 's3', bucket } });
    expect(() =>
      validateEnvironments([
        { name: 'dev', raw: s3('tfstate-one'), file: 'config/environments/dev.json' },
        { name: 'qa', raw: { ...s3('tfstate-two'), vpcCidr: '10.9.0.0/20' }, file: 'config/environments/qa.json' },
      ]),
    ).toThrow(
      new ConfigError([
        {
          environment: 'qa',
          file: 'config/environments/qa.json',
          field: 'state.bucket',
          message: 'tfstate-two in us-east-1, but environment "dev" (config/environments/dev.json) in the same account 123456789012 uses tfstate-one in us-east-1; use one state bucket per account (help/state.md)',
        },
      ]).message,
    );
  });

  it('rejects a bad environment name', () => {
    const message = problemsFor(BASE_ENV, 'Prod_EU');
    expect(message).toContain('environment "Prod_EU"');
    expect(message).toMatch(/\(name\): environment names are 2-16 characters .* rename the file/);
  });

  it('accepts a cross-account exempt principal once opted in', () => {
    const [env] = validateEnvironments([
      { name: 'dev', raw: { ...BASE_ENV, buckets: { exemptPrincipalArns: ['arn:aws:iam::999999999999:role/Steward'], allowCrossAccountExemptPrincipals: true } } },
    ]);
    expect(env.buckets.exemptPrincipalArns).toEqual(['arn:aws:iam::999999999999:role/Steward']);
  });

  describe('rough edges, each with its exact message', () => {
    const REGIONS = 'ap-east-2, ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-south-2, ap-southeast-1, ap-southeast-2, ap-southeast-3, ap-southeast-4, ap-southeast-5, ap-southeast-7, ca-central-1, ca-west-1, eu-central-1, eu-central-2, eu-north-1, eu-south-1, eu-south-2, eu-west-1, eu-west-2, eu-west-3, il-central-1, me-central-1, me-south-1, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2';

    it('suggests no region of another continent for a real region Bedrock is not in (af-south-1 is not a typo of ap-south-1), and lists the regions', () => {
      expect(problemsFor({ ...BASE_ENV, region: 'af-south-1' })).toBe(
        'Invalid environment configuration (1 problem); nothing was synthesized:\n' +
          `  - environment "dev" (dev.json): region: "af-south-1" is not a region these stacks deploy Bedrock to (Bedrock regions of the aws partition); use one of ${REGIONS}`,
      );
    });

    it('suggests a region of the same geography, or any when the geography itself is mistyped, and lists the regions either way', () => {
      expect(problemsFor({ ...BASE_ENV, region: 'eu-wset-1' })).toContain(`region: "eu-wset-1" is not a region these stacks deploy Bedrock to; did you mean "eu-west-1"? (accepted: ${REGIONS})`);
      expect(problemsFor({ ...BASE_ENV, region: 'ue-west-1' })).toContain('did you mean "eu-west-1"?');
    });

    it('reports an 11-digit account id once, on accountId, not as a mismatch of every person in the file', () => {
      const account = '12345678901';
      const role = (name: string) => [`arn:aws:iam::123456789012:role/${name}`];
      const people = { deployers: role('deployer'), dataStewards: role('steward'), jobSubmitters: role('submitter'), modelInvokers: role('invoker') };
      expect(problemsFor({ ...BASE_ENV, accountId: account, people, buckets: { exemptPrincipalArns: role('break-glass') } })).toBe(
        'Invalid environment configuration (1 problem); nothing was synthesized:\n' +
          '  - environment "dev" (dev.json): accountId: must be the 12-digit AWS account id as a quoted string, e.g. "123456789012"',
      );
    });

    it('says "an array", not "a array"', () => {
      expect(problemsFor({ ...BASE_ENV, azIds: 'use1-az1' })).toBe(
        'Invalid environment configuration (1 problem); nothing was synthesized:\n' +
          '  - environment "dev" (dev.json): azIds: Invalid input: expected array, received string: set azIds to an array',
      );
    });

    it.each([
      ['a missing comma', '{\n  "accountId": "123456789012"\n  "region": "us-east-1"\n}\n', 'line 3, column 3: Expected \',\' or \'}\' after property value'],
      ['a trailing comma', '{\n  "accountId": "123456789012",\n}\n', 'line 3, column 1: Expected double-quoted property name'],
      ['a file cut short', '{\n  "azIds": ["use1-az1",\n', 'line 2, column 24: the file ends inside a value; close every "{", "[" and string'],
    ])('locates a JSON syntax error (%s) by line and column', (_label, text, where) => {
      const dir = mkdtempSync(join(tmpdir(), 'json-syntax-'));
      writeFileSync(join(dir, 'qa.json'), text);
      expect(() => loadEnvironments(dir)).toThrow(
        `Invalid environment configuration (1 problem); nothing was synthesized:\n  - environment "qa" (${join(dir, 'qa.json')}): (file): not valid JSON (${where}); fix the syntax`,
      );
    });
  });

  it('reports every problem of every file at once', () => {
    try {
      validateEnvironments([
        { name: 'dev', raw: { ...BASE_ENV, accountId: 'x', region: 'nowhere' } },
        { name: 'qa', raw: { ...BASE_ENV, azIds: ['use1-az1'] } },
      ]);
      throw new Error('expected rejection');
    } catch (e) {
      const problems = (e as ConfigError).problems;
      expect(problems.map((p) => `${p.environment}:${p.field}`)).toEqual(['dev:accountId', 'dev:region', 'qa:azIds']);
    }
  });
});

describe('synth with a bad configuration', () => {
  const repo = join(__dirname, '..', '..');
  const synth = join(repo, 'scripts', 'synth.js');

  it('fails before writing anything and leaves an existing cdktf.out untouched', () => {
    const work = mkdtempSync(join(tmpdir(), 'bad-config-'));
    const envDir = join(work, 'environments');
    mkdirSync(envDir);
    writeFileSync(join(envDir, 'dev.json'), JSON.stringify({ ...BASE_ENV, vpcCidr: '10.0.0.0/8' }));
    const outdir = join(work, 'cdktf.out');
    mkdirSync(outdir);
    writeFileSync(join(outdir, 'sentinel.txt'), 'previous synth');

    const result = spawnSync(process.execPath, [synth], {
      cwd: work,
      env: { ...process.env, BEDROCK_ENV_DIR: envDir, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: '1' },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('environment "dev"');
    expect(result.stderr).toContain('vpcCidr: /8 is outside what a VPC accepts here; use a block from /16 to /24');
    expect(readdirSync(outdir)).toEqual(['sentinel.txt']);
    expect(readFileSync(join(outdir, 'sentinel.txt'), 'utf8')).toBe('previous synth');
  });

  it('writes the stacks when the configuration is valid (same harness)', () => {
    const work = mkdtempSync(join(tmpdir(), 'good-config-'));
    const envDir = join(work, 'environments');
    mkdirSync(envDir);
    writeFileSync(join(envDir, 'dev.json'), JSON.stringify(BASE_ENV));
    const outdir = join(work, 'cdktf.out');
    // stderr is kept (not inherited), so the warnings about unnamed people stay out of the test log.
    execFileSync(process.execPath, [synth], { cwd: work, env: { ...process.env, BEDROCK_ENV_DIR: envDir, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: '1' }, stdio: 'pipe' });
    expect(existsSync(join(outdir, 'stacks', 'bedrock-dev', 'cdk.tf.json'))).toBe(true);
  });
});
