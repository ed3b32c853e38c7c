import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnvironments } from '../../config/load';
import { peopleWarnings } from '../../config/people';
import { BASE_ENV, testEnv } from '../helpers/synth';

const REPO = join(__dirname, '..', '..');

describe('people', () => {
  it('named in every role, give no warning', () => {
    const role = (name: string) => [`arn:aws:iam::${BASE_ENV.accountId}:role/${name}`];
    const people = { deployers: role('deployer'), dataStewards: role('steward'), jobSubmitters: role('submitter'), modelInvokers: role('invoker') };
    expect(peopleWarnings(testEnv({ people }, 'qa'))).toEqual([]);
  });

  it('are warned about only for the roles each configured environment leaves empty', () => {
    // Whatever a team configures (the README's example names nobody): one warning per empty role, no more.
    for (const env of loadEnvironments()) {
      const empty = Object.entries(env.people).filter(([, arns]) => arns.length === 0).map(([role]) => role);
      expect(peopleWarnings(env).map((w) => /people\.(\w+) is empty/.exec(w)?.[1])).toEqual(empty);
    }
  });

  it('left unnamed, each gets one line saying what will not work', () => {
    expect(peopleWarnings(testEnv({}, 'qa'))).toEqual([
      'environment "qa": people.deployers is empty: after the first apply, every plan from outside the VPC fails with 403 on the data buckets (the AWS provider reads a bucket with HeadBucket, which needs s3:ListBucket, and only deployers may list from outside); name the role Terraform and CI run as (help/operating.md)',
      'environment "qa": people.dataStewards is empty: nobody can stage training, validation or batch input, or collect job output: the buckets admit only the VPC, which holds no compute; name the role that moves data (help/operating.md)',
      'environment "qa": people.jobSubmitters is empty: nobody can launch a job with the custom-model key: Bedrock creates the key grant as the submitter, and the key policy names no one; name the roles that run "bedrock-private job" (help/operating.md)',
      'environment "qa": people.modelInvokers is empty: only the batch inference role can invoke custom models; name the roles that serve them (help/operating.md)',
    ]);
    expect(peopleWarnings(testEnv({ people: { deployers: ['arn:aws:iam::123456789012:role/Deployer'] } }, 'qa'))).toHaveLength(3);
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
