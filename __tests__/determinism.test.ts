import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadEnvironments } from '../config/load';

const repo = join(__dirname, '..');
const scripts = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const cdktfApp = (JSON.parse(readFileSync(join(repo, 'cdktf.json'), 'utf8')) as { app: string }).app;

/** What `npm run synth` runs, without npm's own start-up. */
function synthInto(): string {
  const outdir = mkdtempSync(join(tmpdir(), 'determinism-'));
  execFileSync(process.execPath, [join(repo, 'scripts', 'synth.js')], {
    cwd: repo,
    env: { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: '1' },
  });
  return outdir;
}

function cdktfSynthInto(): string {
  const outdir = mkdtempSync(join(tmpdir(), 'cdktf-cli-'));
  execFileSync(join(repo, 'node_modules', '.bin', 'cdktf'), ['synth', '--output', outdir], {
    cwd: repo,
    env: { ...process.env, CHECKPOINT_DISABLE: '1', CI: 'true' },
    stdio: 'pipe',
  });
  return outdir;
}

function files(dir: string, root = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path, root) : [relative(root, path)];
    });
}

describe('synthesis', () => {
  it('is deterministic: two synths of every stack are byte-identical', () => {
    const a = synthInto();
    const b = synthInto();
    const listing = files(a);
    expect(listing).toEqual(files(b));
    const stacks = loadEnvironments().map((env) => `stacks/${env.stackName}/cdk.tf.json`);
    expect(listing).toEqual(expect.arrayContaining(['manifest.json', ...stacks]));
    for (const file of listing) {
      expect({ file, bytes: readFileSync(join(b, file)).toString('base64') }).toEqual({ file, bytes: readFileSync(join(a, file)).toString('base64') });
    }
  });

  it('npm run synth and cdktf synth run the same compiled entry point', () => {
    expect(scripts.synth).toBe('node scripts/synth.js');
    expect(cdktfApp).toBe(scripts.synth);
  });

  it('npm run synth writes exactly what `cdktf synth` writes', () => {
    const ours = synthInto();
    const cli = cdktfSynthInto();
    const listing = files(ours);
    expect(files(cli)).toEqual(listing);
    for (const file of listing) expect({ file, text: readFileSync(join(cli, file), 'utf8') }).toEqual({ file, text: readFileSync(join(ours, file), 'utf8') });
  });
});
