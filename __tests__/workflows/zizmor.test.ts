import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, run } from '../helpers/run';

/**
 * `npm run zizmor` (scripts/zizmor.sh, in `npm test`): zizmor 1.32, pinned in tools/requirements.txt, over
 * .github. It passes this repository's workflows and fails, with one closing line that says what to do, on a
 * copy of them with a single medium or high finding put back.
 */

const SCRIPT = join(REPO, 'scripts', 'zizmor.sh');
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'zizmor-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of .github with one workflow's text rewritten. */
function copyWith(name: string, file: string, rewrite: (text: string) => string): string {
  const dir = join(scratch, name, '.github');
  cpSync(join(REPO, '.github'), dir, { recursive: true });
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

  it('passes the repository\'s workflows and Dependabot config: no medium or high finding', async () => {
    const result = await run('bash', [SCRIPT], { env });
    expect(result.stderr).toContain('zizmor: no medium or high finding in');
    expect(result.code).toBe(0);
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
