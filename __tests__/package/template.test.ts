import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, RunResult, firstRunEnv, run } from '../helpers/run';

/**
 * The product as a team gets it: this repository packed (`npm pack`, which builds dist/ through prepack),
 * the tarball installed into a copy of the platform repository template (examples/platform) with
 * `npm ci --omit=dev`, and then the team's commands run there as subprocesses. Slow by nature (pack and
 * install: about a minute on 2 cores, the install from npm's cache or the registry), so it is one suite.
 */

const TEMPLATE = join(REPO, 'examples', 'platform');
const PACKAGE_NAME = 'bedrock-private-platform';
const MINUTES = 60_000;
/** Per test: each runs a few subprocesses (a synth, an npx), which a loaded 2-core machine can stretch past jest's minute. */
const SLOW = 5 * MINUTES;

/** npm as a first run on a clean machine, minus what would make its output or timing depend on the network. */
const npmEnv = (extra: Record<string, string> = {}) =>
  firstRunEnv({ NPM_CONFIG_UPDATE_NOTIFIER: 'false', NPM_CONFIG_FUND: 'false', NPM_CONFIG_AUDIT: 'false', NPM_CONFIG_PREFER_OFFLINE: 'true', ...extra });

function expectOk(what: string, result: RunResult): RunResult {
  if (result.code !== 0) throw new Error(`${what} exited ${result.code}:\n${result.stderr}\n${result.stdout}`);
  return result;
}

/** Every file under dir, by relative path, with its exact bytes. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const path of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const full = join(dir, path);
    if (statSync(full).isFile()) files.set(path, readFileSync(full).toString('base64'));
  }
  return files;
}

describe('the platform repository template (examples/platform) on the packed package', () => {
  const work = mkdtempSync(join(tmpdir(), 'bpp-template-'));
  const project = join(work, 'platform');
  let tarball = '';

  beforeAll(async () => {
    expectOk('npm pack', await run('npm', ['pack', '--pack-destination', work], { env: npmEnv(), timeoutMs: 5 * MINUTES }));
    tarball = join(work, readdirSync(work).find((f) => f.startsWith(`${PACKAGE_NAME}-`) && f.endsWith('.tgz')) ?? 'no-tarball');
    cpSync(TEMPLATE, project, { recursive: true, filter: (src) => !/[\\/](node_modules|cdktf\.out)$/.test(src) });
    // The template depends on the released version; here, on the tarball just packed.
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
    manifest.dependencies[PACKAGE_NAME] = `file:${tarball}`;
    writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, undefined, 2)}\n`);
    expectOk('npm install --package-lock-only', await run('npm', ['install', '--package-lock-only'], { cwd: project, env: npmEnv(), timeoutMs: 5 * MINUTES }));
    expectOk('npm ci --omit=dev', await run('npm', ['ci', '--omit=dev'], { cwd: project, env: npmEnv(), timeoutMs: 5 * MINUTES }));
  }, 12 * MINUTES);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('ships compiled JavaScript with declarations and no TypeScript sources, and installs without tsx or typescript', () => {
    const installed = join(project, 'node_modules', PACKAGE_NAME);
    const files = readdirSync(installed, { recursive: true }).map(String);
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'bin/bedrock-private.js', 'schema/environment.schema.json', 'LICENSE', 'CHANGELOG.md']));
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(['tsx', 'typescript', 'esbuild'].filter((dev) => existsSync(join(project, 'node_modules', dev)))).toEqual([]);
  }, SLOW);

  it('runs `npx bedrock-private --help` after npm ci --omit=dev', async () => {
    const help = expectOk('bedrock-private --help', await run('npx', ['bedrock-private', '--help'], { cwd: project, env: npmEnv() }));
    expect(help.stdout).toMatch(/^Usage: bedrock-private <command> \[options\]\n/);
    expect(help.stdout).toMatch(/^ {2}synth +synthesize/m);
    expect(help.stderr).toBe('');
  }, SLOW);

  it('synthesizes with `bedrock-private synth` byte-identically to this repository synthesizing the same config', async () => {
    const config = join(project, 'config');
    const inRepo = join(work, 'out-repo');
    const fromPackage = join(work, 'out-package');
    expectOk(
      'in-repo synth',
      await run(process.execPath, [join(REPO, 'scripts', 'synth.js')], {
        env: firstRunEnv({ BEDROCK_ENV_DIR: join(config, 'environments'), BEDROCK_ORG_FILE: join(config, 'organization.json'), CDKTF_OUTDIR: inRepo }),
        timeoutMs: SLOW,
      }),
    );
    expectOk('bedrock-private synth', await run('npx', ['bedrock-private', 'synth'], { cwd: project, env: npmEnv({ CDKTF_OUTDIR: fromPackage }), timeoutMs: SLOW }));
    const expected = tree(inRepo);
    expect(expected.size).toBeGreaterThan(0);
    expect([...expected.keys()].filter((f) => f.endsWith('cdk.tf.json')).length).toBe(readdirSync(join(config, 'environments')).length + 2); // + organization, state bootstrap
    expect(tree(fromPackage)).toEqual(expected);
    // The template's committed address lists hold for what it synthesizes.
    const addresses = expectOk('bedrock-private addresses', await run('npx', ['bedrock-private', 'addresses'], { cwd: project, env: npmEnv({ CDKTF_OUTDIR: fromPackage }) }));
    expect(addresses.stdout).toMatch(/^addresses: every committed address of \d+ stacks is kept\n$/);
    // Plan review from the package: the synth diff of the two trees finds nothing.
    const review = expectOk('bedrock-private plan-summary --synth-diff', await run('npx', ['bedrock-private', 'plan-summary', '--synth-diff', inRepo, fromPackage], { cwd: project, env: npmEnv() }));
    expect(review.stdout).toContain('No resource added, removed or changed; no provider, backend, required_providers, required_version, output or data source changed.');
  }, SLOW);

  it('prints a job request with `bedrock-private job customize --dry-run` from the outputs of its first environment', async () => {
    const [first] = readdirSync(join(project, 'config', 'environments')).filter((f) => f.endsWith('.json')).sort();
    const name = first.slice(0, -'.json'.length);
    const env = JSON.parse(readFileSync(join(project, 'config', 'environments', first), 'utf8'));
    const roleArn = `arn:aws:iam::${env.accountId}:role/bedrock-${name}-customization-job`;
    const keyArn = `arn:aws:kms:${env.region}:${env.accountId}:key/example`;
    const outputs = {
      [`bedrock-${name}`]: {
        environment: name,
        account_id: env.accountId,
        region: env.region,
        subnet_ids: ['subnet-0aaa', 'subnet-0bbb'],
        job_security_group_id: 'sg-0job',
        customization_role_arn: roleArn,
        batch_inference_role_arn: `arn:aws:iam::${env.accountId}:role/bedrock-${name}-batch-inference-job`,
        custom_model_kms_key_arn: keyArn,
        data_kms_key_arn: keyArn,
        bucket_names: { training: 't-bucket', validation: 'v-bucket', customizationOutput: 'o-bucket', batchInput: 'bi-bucket', batchOutput: 'bo-bucket', accessLogs: 'l-bucket' },
      },
    };
    writeFileSync(join(project, 'outputs.json'), JSON.stringify(outputs));
    const args = ['bedrock-private', 'job', 'customize', '--outputs', 'outputs.json', '--env', name, '--job-name', 'ft-1', '--custom-model-name', 'bot-1', '--base-model', 'amazon.titan-text-lite-v1:0:4k', '--training-key', 'train.jsonl', '--dry-run'];
    const result = expectOk('bedrock-private job customize --dry-run', await run('npx', args, { cwd: project, env: npmEnv() }));
    const printed = JSON.parse(result.stdout);
    expect(printed.operation).toBe('CreateModelCustomizationJob');
    expect(printed.request).toMatchObject({
      roleArn,
      trainingDataConfig: { s3Uri: 's3://t-bucket/train.jsonl' },
      vpcConfig: { subnetIds: ['subnet-0aaa', 'subnet-0bbb'], securityGroupIds: ['sg-0job'] },
      customModelKmsKeyId: keyArn,
    });
  }, SLOW);

  it("synthesizes the same through the template's own main.ts (npm run synth, with its dev dependencies)", async () => {
    expectOk('npm install', await run('npm', ['install'], { cwd: project, env: npmEnv(), timeoutMs: 5 * MINUTES }));
    const viaMain = join(work, 'out-main');
    expectOk('npm run synth', await run('npm', ['run', 'synth'], { cwd: project, env: npmEnv({ CDKTF_OUTDIR: viaMain }), timeoutMs: SLOW }));
    expect(tree(viaMain)).toEqual(tree(join(work, 'out-package')));
  }, SLOW);
});
