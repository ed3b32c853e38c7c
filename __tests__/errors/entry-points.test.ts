import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DEBUG_VARIABLE } from '../../catalog/errors';
import { RESOURCE_KINDS } from '../../cli/audit/model';
import { BASE_ENV } from '../helpers/synth';
import { DENIED_MESSAGE, type DenyServer, startDenyServer } from '../helpers/aws-deny-server';
import { REPO, firstRunEnv, run } from '../helpers/run';

/**
 * Every entry point, run as a subprocess the way a user runs it, with each kind of first-run mistake:
 * a bad config, a missing file, an AWS AccessDenied and a bad flag. A user's mistake prints one clear
 * message and nothing else (no stack, no source, no npm noise beyond its banner); a tool failure
 * prints one line and a hint, and its stack only with BEDROCK_PRIVATE_DEBUG=1.
 */
const HINT = `This is a bug, or a failure of something it calls, not a problem with your input. Rerun with ${DEBUG_VARIABLE}=1 to print the stack trace, and include it when you report it.`;
const STACK_LINE = /^\s+at /m;
const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const npmBanner = (script: string, command: string) => `\n> bedrock-private-platform@${version} ${script}\n> ${command}\n\n`;
const npm = (args: readonly string[], env: Record<string, string> = {}) => run('npm', ['run', ...args], { env: firstRunEnv(env) });
const cli = (args: readonly string[], env: Record<string, string> = {}) => run(process.execPath, [join(REPO, 'bin', 'bedrock-private.js'), ...args], { env: firstRunEnv(env) });

let work: string;
let badEnvDir: string;
/** A valid environment of this suite's own, so the repo's environments (a team's) never reach stderr here. */
let goodEnvDir: string;
/** This suite's own config: goodEnvDir, and no organization file. */
let ownConfig: Record<string, string>;
let outputsFile: string;
let deny: DenyServer;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'entry-points-'));
  badEnvDir = join(work, 'environments');
  mkdirSync(badEnvDir);
  writeFileSync(join(badEnvDir, 'dev.json'), JSON.stringify({ ...BASE_ENV, vpcCidr: '10.0.0.0/8' }));
  goodEnvDir = join(work, 'good-environments');
  mkdirSync(goodEnvDir);
  const role = (name: string) => [`arn:aws:iam::${BASE_ENV.accountId}:role/${name}`];
  const people = {
    deployers: role('bedrock-platform-deployer'),
    planners: role('bedrock-platform-planner'),
    dataStewards: role('bedrock-data-steward'),
    jobSubmitters: role('bedrock-job-submitter'),
    modelInvokers: role('bedrock-model-invoker'),
    logReaders: role('bedrock-log-reader'),
    origins: { sourceIps: ['198.51.100.0/24'] },
  };
  writeFileSync(join(goodEnvDir, 'dev.json'), JSON.stringify({ ...BASE_ENV, people }));
  ownConfig = { BEDROCK_ENV_DIR: goodEnvDir, BEDROCK_ORG_FILE: join(work, 'no-organization.json') };
  outputsFile = join(work, 'outputs.json');
  writeFileSync(
    outputsFile,
    JSON.stringify({
      'bedrock-dev': {
        region: 'us-east-1',
        subnet_ids: ['subnet-0aaa'],
        job_security_group_id: 'sg-0job',
        customization_role_arn: 'arn:aws:iam::123456789012:role/bedrock-dev-customization-job',
        batch_inference_role_arn: 'arn:aws:iam::123456789012:role/bedrock-dev-batch-inference-job',
        custom_model_kms_key_arn: 'arn:aws:kms:us-east-1:123456789012:key/cmk',
        data_kms_key_arn: 'arn:aws:kms:us-east-1:123456789012:key/data',
        bucket_names: { training: 't', validation: 'v', customizationOutput: 'co', batchInput: 'bi', batchOutput: 'bo', accessLogs: 'al' },
      },
    }),
  );
  deny = await startDenyServer();
});
afterAll(async () => {
  await deny.close();
  rmSync(work, { recursive: true, force: true });
});

const BAD_CONFIG = (dir: string) =>
  `Invalid environment configuration (1 problem); nothing was synthesized:\n  - environment "dev" (${join(dir, 'dev.json')}): vpcCidr: /8 is outside what a VPC accepts here; use a block from /16 to /24\n`;

describe('npm run synth', () => {
  it('prints a bad config as the message alone, exits 1 and leaves cdktf.out as it was', async () => {
    const outdir = join(work, 'kept.out');
    mkdirSync(outdir);
    writeFileSync(join(outdir, 'sentinel.txt'), 'previous synth');
    const r = await npm(['synth'], { BEDROCK_ENV_DIR: badEnvDir, CDKTF_OUTDIR: outdir });
    expect(r).toEqual({ code: 1, stdout: npmBanner('synth', 'node scripts/synth.js'), stderr: BAD_CONFIG(badEnvDir) });
    expect(readdirSync(outdir)).toEqual(['sentinel.txt']);
  });

  it('says in one line on stdout what it wrote and where, and nothing on stderr', async () => {
    const outdir = join(work, 'good.out');
    const r = await npm(['--silent', 'synth'], { ...ownConfig, CDKTF_OUTDIR: outdir });
    expect(r).toEqual({ code: 0, stdout: `synthesized 1 stack into ${outdir}/stacks: bedrock-dev\n`, stderr: '' });
    expect(readdirSync(join(outdir, 'stacks'))).toEqual(['bedrock-dev']);
  });

  it('names a missing environment directory and the fix', async () => {
    const missing = join(work, 'no-such-dir');
    const r = await npm(['--silent', 'synth'], { BEDROCK_ENV_DIR: missing, CDKTF_OUTDIR: join(work, 'unused.out') });
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `Invalid environment configuration (1 problem); nothing was synthesized:\n  - environment "(none)" (${missing}): (directory): cannot read the environment directory (ENOENT); point BEDROCK_ENV_DIR at a directory of <name>.json files, or unset it\n`,
    });
  });

  it('rejects an argument, since synth takes none', async () => {
    const r = await npm(['--silent', 'synth', '--', '--env', 'dev']);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'synth: unexpected argument "--env": synth takes none. Choose the environment files with BEDROCK_ENV_DIR and the output directory with CDKTF_OUTDIR.\n',
    });
  });

  it('prints a failure that is not the user\'s as one line and a hint, and the stack only in debug mode', async () => {
    writeFileSync(join(work, 'a-file'), '');
    const outdir = join(work, 'a-file', 'cdktf.out');
    const quiet = await npm(['--silent', 'synth'], { ...ownConfig, CDKTF_OUTDIR: outdir });
    expect(quiet).toEqual({ code: 1, stdout: '', stderr: `unexpected failure: ENOTDIR: not a directory, mkdir '${outdir}'\n${HINT}\n` });
    const debug = await npm(['--silent', 'synth'], { ...ownConfig, CDKTF_OUTDIR: outdir, [DEBUG_VARIABLE]: '1' });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(new RegExp(`^unexpected failure: ENOTDIR: not a directory, mkdir '${outdir}'\nError: ENOTDIR`));
    expect(debug.stderr).toMatch(/^ {4}at .*main\.ts:\d+:\d+\)$/m); // mapped to the TypeScript source
  });
});

describe('cdktf synth (the same entry point, under the cdktf CLI)', () => {
  it('shows the config message with no stack and no source dump', async () => {
    const r = await run(join(REPO, 'node_modules', '.bin', 'cdktf'), ['synth', '--output', join(work, 'cli.out')], { env: firstRunEnv({ BEDROCK_ENV_DIR: badEnvDir, CI: 'true' }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Synth command: node scripts/synth.js');
    for (const line of BAD_CONFIG(badEnvDir).trimEnd().split('\n')) expect(r.stderr).toContain(`    ${line}\n`);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).not.toContain('use strict');
  });
});

describe('npm run plan-summary', () => {
  it('names a missing plan file and what to pass instead', async () => {
    const missing = join(work, 'plans', 'bedrock-dev.json');
    const r = await npm(['--silent', 'plan-summary', '--', missing]);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `plan-summary: ${missing}: no such file or directory; pass "terraform show -json" plan files, or a directory of <stack>.json plans (npm run plan:stack writes them to cdktf.out/plans).\n`,
    });
  });

  it('rejects a state file given as a plan', async () => {
    const state = join(work, 'state.json');
    writeFileSync(state, JSON.stringify({ format_version: '1.0', values: {} }));
    const r = await npm(['--silent', 'plan-summary', '--', state]);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `plan-summary: ${state}: this is a state file, not a plan; run "terraform show -json <planfile>"\n` });
  });

  it('rejects an unknown flag and writes no --out file', async () => {
    const out = join(work, 'summary.md');
    const r = await npm(['--silent', 'plan-summary', '--', '--out', out, '--prod', 'x']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'plan-summary: unknown option --prod. Run "npm run plan-summary -- --help" for the options.\n' });
    expect(() => readFileSync(out)).toThrow(/ENOENT/);
  });
});

describe('npm run org:render', () => {
  it('names an organization file that does not cover an environment\'s deployer, the field and the fix, and writes nothing', async () => {
    const orgFile = join(work, 'organization.json');
    const organization = { organizationId: 'o-a1b2c3d4e5', managementAccountId: '555555555555', targetIds: ['ou-ab12-34cd56ef'], submitterRoleArns: ['arn:aws:iam::*:role/bedrock-job-submitter'] };
    writeFileSync(orgFile, JSON.stringify({ ...organization, deployerRoleArns: ['arn:aws:iam::*:role/someone-else'] }));
    const out = join(work, 'org-out');
    const r = await npm(['--silent', 'org:render', '--', '--out-dir', out], { BEDROCK_ORG_FILE: orgFile, BEDROCK_ENV_DIR: goodEnvDir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^org:render: Invalid organization configuration \(\d+ problems?\); nothing was synthesized:\n/);
    expect(r.stderr).toContain(`  - ${relative(REPO, orgFile)}: deployerRoleArns: environment "dev" names the deployer arn:aws:iam::123456789012:role/bedrock-platform-deployer, which no pattern here matches`);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(() => readdirSync(out)).toThrow(/ENOENT/);
  });

  it('names an --out-dir it cannot write and the fix', async () => {
    const blocker = join(work, 'not-a-dir');
    writeFileSync(blocker, '');
    const r = await npm(['--silent', 'org:render', '--', '--out-dir', join(blocker, 'org')]);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `org:render: cannot write the policies into ${join(blocker, 'org')} (ENOTDIR); pass a writable directory with --out-dir\n` });
  });

  it('rejects an unknown argument with the usage', async () => {
    const r = await npm(['--silent', 'org:render', '--', '--out', 'x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^org:render: unknown argument --out\n\nUsage: npm run org:render/);
  });
});

describe('bedrock-private audit', () => {
  it('rejects an unknown flag with exit 2', async () => {
    const r = await cli(['audit', '--regoin', 'us-east-1']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bedrock-private audit: Unknown option \'--regoin\'; did you mean --region?\nRun "bedrock-private audit --help" for the options.\n',
    });
  });

  it('rejects an unknown flag with no close match without guessing', async () => {
    const r = await cli(['audit', '--colour']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'bedrock-private audit: Unknown option \'--colour\'\nRun "bedrock-private audit --help" for the options.\n' });
  });

  describe('without AWS credentials', () => {
    // No credentials anywhere: no keys, no profile, no config files, and no instance metadata to ask.
    const noCredentials = () => {
      const env = firstRunEnv({ AWS_EC2_METADATA_DISABLED: 'true' });
      delete env.AWS_ACCESS_KEY_ID;
      delete env.AWS_SECRET_ACCESS_KEY;
      return env;
    };
    const CAUSE = 'no AWS credentials (CredentialsProviderError: Could not load credentials from any providers); pass --profile, set AWS_PROFILE, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY';

    it('names the one cause once, above the list of what was not checked, exit 2', async () => {
      const r = await run(process.execPath, [join(REPO, 'bin', 'bedrock-private.js'), 'audit', '--region', 'us-east-1', '--kinds', 'model-customization-job,custom-model'], { env: noCredentials() });
      expect(r).toEqual({
        code: 2,
        stderr: '',
        stdout: [
          'Checked in us-east-1: 0 customization jobs, 0 custom models.',
          '',
          'NOT CHECKED (2): these are not known to be compliant',
          `Cause (all 2): ${CAUSE}`,
          'REGION     TYPE                     RESOURCE',
          'us-east-1  custom-model             listing of custom models in us-east-1',
          'us-east-1  model-customization-job  listing of model customization jobs in us-east-1',
          '',
          'Result: 0 finding(s), 2 not checked.',
          '',
        ].join('\n'),
      });
    });

    it('says the cause in --summary too', async () => {
      const r = await run(process.execPath, [join(REPO, 'bin', 'bedrock-private.js'), 'audit', '--region', 'us-east-1', '--summary'], { env: noCredentials() });
      expect(r).toEqual({
        code: 2,
        stderr: '',
        stdout: `bedrock-private audit: INCOMPLETE exit=2 findings=0 not_checked=${RESOURCE_KINDS.length} checked=0 regions=us-east-1 kinds=all rules=-\nnot checked (${RESOURCE_KINDS.length}), one cause: ${CAUSE}\n`,
      });
    });
  });

  it('names a missing outputs file and how to write it', async () => {
    const missing = join(work, 'missing-outputs.json');
    const r = await cli(['audit', '--region', 'us-east-1', '--expect-from', missing]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `bedrock-private audit: --expect-from ${missing}: cannot read the file (ENOENT). Check the path, or write it with "cdktf output --outputs-file ${missing}".\n`,
    });
  });

  it('reports AccessDenied as "not checked" with the policy to grant, exit 2, no stack and no SDK warning', async () => {
    // The three Bedrock kinds of the original audit: the API-key check calls IAM, which this server is not.
    const r = await cli(['audit', '--region', 'us-east-1', '--endpoint-url', deny.endpoint, '--kinds', 'model-customization-job,model-invocation-job,custom-model']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    // One cause for the three listings: said once, above them.
    expect(r.stdout).toContain(`\nCause (all 3): access denied (AccessDeniedException: ${DENIED_MESSAGE}); grant the actions in catalog/auditor-policy.json\nREGION `);
    expect(r.stdout.split('\n').filter((line) => line.includes('access denied'))).toHaveLength(1);
    expect(r.stdout).toContain('Result: 0 finding(s), 3 not checked.');
  });
});

describe('bedrock-private job', () => {
  const batch = ['job', 'batch', '--job-name', 'b-1', '--model-id', 'anthropic.claude-3-haiku-20240307-v1:0', '--input-key', 'in.jsonl'];

  it('rejects an unknown flag with exit 2', async () => {
    const r = await cli([...batch, '--outputs', outputsFile, '--environment', 'dev']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'bedrock-private job: Unknown option \'--environment\'\nRun "bedrock-private job --help" for the options.\n' });
  });

  it('suggests the option a mistyped flag was meant to be', async () => {
    const r = await cli([...batch, '--outptus', outputsFile]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'bedrock-private job: Unknown option \'--outptus\'; did you mean --outputs?\nRun "bedrock-private job --help" for the options.\n' });
  });

  it('rejects a bad --customization-type, naming every accepted value', async () => {
    const r = await cli(['job', 'customize', '--outputs', outputsFile, '--customization-type', 'LORA']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'bedrock-private job: --customization-type must be one of FINE_TUNING, CONTINUED_PRE_TRAINING, DISTILLATION (got "LORA").\n' });
  });

  it('names a missing outputs file and how to write it', async () => {
    const missing = join(work, 'nope.json');
    const r = await cli([...batch, '--outputs', missing]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `bedrock-private job: --outputs ${missing}: cannot read the file (ENOENT). Check the path, or write it with "cdktf output --outputs-file ${missing}".\n`,
    });
  });

  it('reports AccessDenied in one line: the operation, the AWS error and what to grant', async () => {
    const r = await cli([...batch, '--outputs', outputsFile, '--env', 'dev', '--endpoint-url', deny.endpoint]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `bedrock-private job: CreateModelInvocationJob was denied (AccessDeniedException: ${DENIED_MESSAGE}). Grant the caller bedrock:CreateModelInvocationJob and iam:PassRole on arn:aws:iam::123456789012:role/bedrock-dev-batch-inference-job: attach the managed policy of the stack output job_submitter_policy_arn.\n`,
    });
  });
});
