import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, run } from '../helpers/run';

/**
 * `npm run zizmor` (scripts/zizmor.sh, in `npm test`): zizmor 1.32, pinned in tools/requirements.txt, over
 * .github and the platform template's examples/platform/.github (the workflows a team copies). It passes both
 * and fails, with one closing line that says what to do, on a copy of either with a single medium or high
 * finding put back.
 */

const SCRIPT = join(REPO, 'scripts', 'zizmor.sh');
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'zizmor-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TEMPLATE_GITHUB = join('examples', 'platform', '.github');

/** A copy of `source` (.github, or the template's) at `<scratch>/<name>/<source>` with one workflow's text rewritten. */
function copyWith(name: string, file: string, rewrite: (text: string) => string, source = '.github'): string {
  const dir = join(scratch, name, source);
  cpSync(join(REPO, source), dir, { recursive: true });
  const path = join(dir, 'workflows', file);
  const before = readFileSync(path, 'utf8');
  const after = rewrite(before);
  if (after === before) throw new Error(`${name}: the rewrite changed nothing in ${file}`);
  writeFileSync(path, after);
  return dir;
}

const FAILED = /^zizmor: medium or high findings in .+ \(listed above\); fix each as its help link says/m;

describe('npm run zizmor', () => {
  it('is part of npm test and pins zizmor 1.32 in the hash-checked Python requirements', () => {
    const scripts = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.zizmor).toBe('bash scripts/zizmor.sh');
    expect(scripts.test.split(' && ')).toContain('npm run zizmor');
    expect(readFileSync(join(REPO, 'tools', 'requirements.in'), 'utf8')).toMatch(/^zizmor==1\.32\.\d+$/m);
    expect(readFileSync(join(REPO, 'tools', 'requirements.txt'), 'utf8')).toMatch(/^zizmor==1\.32\.\d+ \\\n(\s+--hash=sha256:[0-9a-f]{64}( \\)?\n)+/m);
  });

  it('passes the repository\'s and the platform template\'s workflows and Dependabot configs: no medium or high finding', async () => {
    const result = await run('bash', [SCRIPT], { env });
    expect(result.stderr).toContain(`zizmor: no medium or high finding in ${join(REPO, '.github')}\n`);
    expect(result.stderr).toContain(`zizmor: no medium or high finding in ${join(REPO, TEMPLATE_GITHUB)}\n`);
    expect(result.code).toBe(0);
  });

  it('fails by default (as npm test runs it) on a finding in the template\'s workflows alone', async () => {
    // A repository copy holding the script, the venv and both .github directories, the template's with one tag back.
    const repo = join(scratch, 'template-finding');
    copyWith('template-finding', 'deploy-environment.yml', (t) => t.replace(/aws-actions\/configure-aws-credentials@[0-9a-f]{40} # v[\d.]+/, 'aws-actions/configure-aws-credentials@v4'), TEMPLATE_GITHUB);
    cpSync(join(REPO, '.github'), join(repo, '.github'), { recursive: true });
    mkdirSync(join(repo, 'scripts'));
    cpSync(SCRIPT, join(repo, 'scripts', 'zizmor.sh'));
    symlinkSync(join(REPO, '.venv'), join(repo, '.venv'));
    const result = await run('bash', [join(repo, 'scripts', 'zizmor.sh')], { env });
    expect(result.stderr).toContain(`zizmor: no medium or high finding in ${join(repo, '.github')}\n`);
    expect(result.stdout).toContain('[unpinned-uses]');
    expect(result.stdout).toContain('aws-actions/configure-aws-credentials@v4');
    expect(result.stderr.trim().split('\n').pop()).toMatch(FAILED);
    expect(result.stderr.trim().split('\n').pop()).toContain(join(repo, TEMPLATE_GITHUB));
    expect(result.code).toBe(1);
  });

  it.each([
    ['an action back on a tag (unpinned-uses, high)', 'pull-request.yml', (t: string) => t.replace(/actions\/upload-artifact@[0-9a-f]{40} # v[\d.]+/, 'actions/upload-artifact@v4'), 'unpinned-uses'],
    ['id-token: write at workflow level (excessive-permissions, high)', 'deploy.yml', (t: string) => t.replace(/^permissions:\n {2}contents: read\n/m, 'permissions:\n  contents: read\n  id-token: write\n'), 'excessive-permissions'],
    // The synth job's checkout of the base branch: a job that then uploads an artifact, where a kept token could leak.
    ['a checkout that keeps its credentials (artipacked, medium)', 'pull-request.yml', (t: string) => t.replace(/(path: base\n)\s+persist-credentials: false\n/, '$1'), 'artipacked'],
    ['an input expanded inside run: (template-injection, high)', 'deploy-environment.yml', (t: string) => t.replace('"$ENVIRONMENT"', '${{ inputs.environment }}'), 'template-injection'],
  ])('fails on the template with %s, naming the finding, with exit 1', async (_name, file, rewrite, audit) => {
    const dir = copyWith(`template-${audit}`, file, rewrite, TEMPLATE_GITHUB);
    const result = await run('bash', [SCRIPT, dir], { env });
    expect(result.stdout).toContain(`[${audit}]`);
    expect(result.stderr.trim().split('\n').pop()).toMatch(FAILED);
    expect(result.code).toBe(1);
  });

  it.each([
    ['an action back on a tag (unpinned-uses, high)', 'deploy.yml', (t: string) => t.replace(/actions\/checkout@[0-9a-f]{40} # v[\d.]+/, 'actions/checkout@v4'), 'unpinned-uses'],
    ['an input expanded inside run: (template-injection, high)', 'deploy-environment.yml', (t: string) => t.replace('-- "$TARGET"', '-- ${{ inputs.environment }}'), 'template-injection'],
    ['id-token: write at workflow level (excessive-permissions, high)', 'deploy.yml', (t: string) => t.replace('permissions:\n  contents: read\n', 'permissions:\n  contents: read\n  id-token: write\n'), 'excessive-permissions'],
    ['a checkout that keeps its credentials (artipacked, medium)', 'pull-request.yml', (t: string) => t.replace(/(fetch-depth: 0.*\n)\s+persist-credentials: false\n/, '$1'), 'artipacked'],
  ])('fails on %s, naming the finding, with exit 1', async (_name, file, rewrite, audit) => {
    const dir = copyWith(audit, file, rewrite);
    const result = await run('bash', [SCRIPT, dir], { env });
    expect(result.stdout).toContain(`[${audit}]`);
    expect(result.stderr.trim().split('\n').pop()).toMatch(FAILED);
    expect(result.code).toBe(1);
  });

  it('says how to get zizmor when the project venv lacks it', async () => {
    const bare = join(scratch, 'bare');
    cpSync(join(REPO, 'scripts', 'zizmor.sh'), join(bare, 'scripts', 'zizmor.sh'));
    const result = await run('bash', [join(bare, 'scripts', 'zizmor.sh')], { env });
    expect(result.stderr.trim()).toBe(`zizmor: ${join(bare, '.venv', 'bin', 'zizmor')} missing; run npm run python-env`);
    expect(result.code).toBe(1);
  });
});
