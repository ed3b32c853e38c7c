import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnvironments } from '../../config/load';
import { peopleWarnings } from '../../config/people';
import { PERSON_KINDS } from '../../config/people-schema';
import { BASE_ENV, testEnv } from '../helpers/synth';

const REPO = join(__dirname, '..', '..');

describe('people', () => {
  it('named in every role, give no warning', () => {
    const role = (name: string) => [`arn:aws:iam::${BASE_ENV.accountId}:role/${name}`];
    const people = {
      deployers: role('deployer'),
      planners: role('planner'),
      dataStewards: role('steward'),
      jobSubmitters: role('submitter'),
      modelInvokers: role('invoker'),
      logReaders: role('log-reader'),
      origins: { sourceIps: ['198.51.100.0/24'] },
    };
    expect(peopleWarnings(testEnv({ people }, 'qa'))).toEqual([]);
  });

  it('are warned about only for the roles each configured environment leaves empty', () => {
    // Whatever a team configures (the README's example names nobody): one warning per empty role, no more.
    for (const env of loadEnvironments()) {
      const empty = PERSON_KINDS.filter((kind) => env.people[kind].length === 0);
      expect(peopleWarnings(env).flatMap((w) => /people\.(\w+) is empty/.exec(w)?.[1] ?? [])).toEqual(empty);
    }
  });

  it('left unnamed, each gets one line saying what will not work', () => {
    expect(peopleWarnings(testEnv({}, 'qa'))).toEqual([
      'environment "qa": people.deployers is empty: after the first apply, every apply from outside the VPC fails with 403 on the data buckets (the AWS provider reads a bucket with HeadBucket, which needs s3:ListBucket, and only deployers and planners may list from outside), and nobody may change a bucket\'s configuration; name the role Terraform applies as (help/operating.md)',
      'environment "qa": people.planners is empty: after the first apply, a plan run by any role but a deployer fails with 403 on the data buckets (its refresh lists them); name the read-only role CI plans pull requests with (help/operating.md)',
      'environment "qa": people.dataStewards is empty: nobody can stage training, validation or batch input, or collect job output: the buckets admit only the VPC, which holds no compute; name the role that moves data (help/operating.md)',
      'environment "qa": people.jobSubmitters is empty: nobody can launch a job with the custom-model key: Bedrock creates the key grant as the submitter, and the key policy names no one; name the roles that run "bedrock-private job" (help/operating.md)',
      'environment "qa": people.modelInvokers is empty: only the batch inference role can invoke custom models; name the roles that serve them (help/operating.md)',
      'environment "qa": people.logReaders is empty: nobody can read, query or unmask the invocation logs (the organization SCP and the log bucket policy admit only log readers); name the role that reviews them (help/operating.md)',
    ]);
    expect(peopleWarnings(testEnv({ people: { deployers: ['arn:aws:iam::123456789012:role/Deployer'] } }, 'qa'))).toHaveLength(5);
  });

  it('warns that stewards without a declared origin have no exemption, and stops once one is declared', () => {
    const steward = { dataStewards: ['arn:aws:iam::123456789012:role/Steward'] };
    expect(peopleWarnings(testEnv({ people: steward }, 'qa')).filter((w) => w.includes('people.origins'))).toEqual([
      'environment "qa": people.origins declares no network origin, so people.dataStewards have no exemption from the VPC-only buckets and cannot stage or collect data; list your corporate egress CIDRs in people.origins.sourceIps or a transfer network\'s S3 endpoint in people.origins.vpcEndpointIds (help/operating.md)',
    ]);
    for (const origins of [{ sourceIps: ['198.51.100.0/24'] }, { vpcEndpointIds: ['vpce-0a7a7a7a7a7a7a7a7'] }]) {
      expect(peopleWarnings(testEnv({ people: { ...steward, origins } }, 'qa')).filter((w) => w.includes('people.origins'))).toEqual([]);
    }
  });

  it('are warned about on stderr by a synth that still succeeds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'people-'));
    try {
      writeFileSync(join(dir, 'qa.json'), JSON.stringify(BASE_ENV));
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'main.ts')], {
        cwd: REPO,
        env: { ...process.env, BEDROCK_ENV_DIR: dir, CDKTF_OUTDIR: join(dir, 'out'), CHECKPOINT_DISABLE: '1' },
        encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      const warnings = run.stderr.split('\n').filter((l) => l.startsWith('warning: '));
      expect(warnings).toEqual(peopleWarnings(testEnv({}, 'qa')).map((w) => `warning: ${w}`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
