import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'framework-seam.ts');
const seam = (args: string[]) => spawnSync(process.execPath, [require.resolve('tsx/cli'), SCRIPT, ...args], { encoding: 'utf8' });

describe('npm run framework:seam', () => {
  const root = mkdtempSync(join(tmpdir(), 'seam-'));
  const files: Record<string, string> = {
    'framework/index.ts': "export * from 'cdktf';\n",
    'main.ts': "import { App } from 'cdktf';\nimport { x } from './modules/a';\n",
    'modules/a/b.ts': "import { Fn, TerraformOutput } from \"cdktf\";\nimport type { IAspect } from 'cdktn';\n",
    'rules/g.ts': "import { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';\nimport { Vpc } from '@cdktf/provider-aws/lib/vpc';\n",
    'node_modules/p/index.ts': "import { App } from 'cdktf';\n",
  };
  beforeAll(() => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const read = (path: string) => readFileSync(join(root, path), 'utf8');

  it('--check lists the files that import the framework directly and exits 1', () => {
    const r = seam(['--check', '--root', root]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('imports the framework directly: main.ts\nimports the framework directly: modules/a/b.ts\nimports the framework directly: rules/g.ts\n3 file(s) import the framework directly\n');
  });

  it('rewrites them to the seam by relative path, leaving the seam, provider imports and node_modules alone; a second run changes nothing', () => {
    expect(seam(['--root', root]).status).toBe(0);
    expect(read('main.ts')).toBe("import { App } from './framework';\nimport { x } from './modules/a';\n");
    expect(read('modules/a/b.ts')).toBe('import { Fn, TerraformOutput } from "../../framework";\nimport type { IAspect } from \'../../framework\';\n');
    expect(read('rules/g.ts')).toBe("import { addCustomSynthesis } from '../framework';\nimport { Vpc } from '@cdktf/provider-aws/lib/vpc';\n");
    expect(read('framework/index.ts')).toBe(files['framework/index.ts']);
    expect(read('node_modules/p/index.ts')).toBe(files['node_modules/p/index.ts']);
    const again = seam(['--root', root]);
    expect([again.status, again.stdout]).toEqual([0, '0 file(s) rewritten\n']);
    expect(seam(['--check', '--root', root]).status).toBe(0);
  });

  it('an unknown argument is one message', () => {
    expect(seam(['--chek'])).toMatchObject({ status: 1, stderr: 'framework:seam: unexpected argument --chek; usage: framework:seam [--check] [--root <dir>]\n' });
  });
});
