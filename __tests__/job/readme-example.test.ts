import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, firstRunEnv, run } from '../helpers/run';

/**
 * The README's `job … --dry-run` example, run exactly as written from the repo root: it must work on a
 * fresh clone, so the outputs file it names ships (examples/outputs.json) and nothing calls AWS.
 */
const README = readFileSync(join(REPO, 'README.md'), 'utf8');

/** The commands of the README's "Launch and audit jobs" bash block, continuation lines joined. */
function launchCommands(): string[] {
  const section = README.slice(README.indexOf('## Launch and audit jobs'));
  const block = /```bash\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.replace(/\\\n\s*/g, '').split('\n').filter(Boolean);
}

describe('the README\'s job example', () => {
  it('is in the README, with --dry-run and a shipped outputs file', () => {
    const dryRuns = launchCommands().filter((c) => c.includes('--dry-run'));
    expect(dryRuns).toHaveLength(1);
    expect(dryRuns[0]).toMatch(/^npx bedrock-private job customize --outputs examples\/outputs\.json --env dev /);
  });

  it('prints the request it would send, carrying the VPC config and key of the outputs file, and exits 0', async () => {
    const [command] = launchCommands().filter((c) => c.includes('--dry-run'));
    const r = await run('sh', ['-c', command], { cwd: REPO, env: firstRunEnv() });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const outputs = (JSON.parse(readFileSync(join(REPO, 'examples', 'outputs.json'), 'utf8')) as Record<string, Record<string, unknown>>)['bedrock-dev'];
    const printed = JSON.parse(r.stdout) as { operation: string; region: string; request: Record<string, unknown> };
    expect(printed).toMatchObject({
      operation: 'CreateModelCustomizationJob',
      region: outputs.region,
      request: {
        jobName: 'ft-1',
        customModelName: 'bot-1',
        roleArn: outputs.customization_role_arn,
        vpcConfig: { subnetIds: outputs.subnet_ids, securityGroupIds: [outputs.job_security_group_id] },
        customModelKmsKeyId: outputs.custom_model_kms_key_arn,
        trainingDataConfig: { s3Uri: `s3://${(outputs.bucket_names as Record<string, string>).training}/train.jsonl` },
      },
    });
  });
});
