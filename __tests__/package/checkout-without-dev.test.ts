import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, firstRunEnv, run } from '../helpers/run';

/**
 * A checkout installed with `npm ci --omit=dev` has neither tsx nor typescript. The package ships compiled
 * (template.test.ts), but a checkout runs its sources: each entry point then says so in one message instead
 * of "Cannot find module". Simulated by copying the entry points where no node_modules can be found.
 */
describe('a checkout without its dev dependencies', () => {
  const work = mkdtempSync(join(tmpdir(), 'bpp-no-dev-'));
  beforeAll(() => {
    mkdirSync(join(work, 'bin'));
    mkdirSync(join(work, 'scripts'));
    for (const file of ['bin/bedrock-private.js', 'bin/commands.ts', 'scripts/synth.js', 'scripts/compile-cache.js', 'tsconfig.json', 'tsconfig.synth.json', 'main.ts']) {
      cpSync(join(REPO, file), join(work, file));
    }
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('bedrock-private says that the sources need tsx, and how to get a CLI that does not', async () => {
    expect(await run(process.execPath, [join(work, 'bin', 'bedrock-private.js'), '--help'], { cwd: work, env: firstRunEnv() })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'bedrock-private: this is a checkout of the repository, whose CLI runs from its TypeScript sources with tsx, a dev dependency that is not installed.\n' +
        'Run "npm ci" (with dev dependencies) here, or install the package (npm install bedrock-private-platform), which ships the CLI compiled.\n',
    });
  });

  it('synth says that compiling needs typescript and esbuild, and names the fix', async () => {
    expect(await run(process.execPath, [join(work, 'scripts', 'synth.js')], { cwd: work, env: firstRunEnv() })).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'synth: this checkout compiles its TypeScript sources with typescript and esbuild, dev dependencies that are not installed: run npm ci (without --omit=dev). ' +
        'A platform repository installs the package instead, whose bedrock-private synth needs neither (help/getting-started.md).\n',
    });
  });
});
