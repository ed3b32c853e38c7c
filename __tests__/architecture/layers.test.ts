import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ARCHITECTURE_DOC, REPO_ROOT, loadLayers, renderLayers, withLayers } from '../../scripts/lib/layers';

const layers = loadLayers();
const DEPCRUISE = join(REPO_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

describe('the layer rule', () => {
  it('is what help/architecture.md draws (run npm run docs:architecture after changing a layer)', () => {
    const doc = readFileSync(ARCHITECTURE_DOC, 'utf8');
    expect(doc).toContain(renderLayers(layers));
    expect(withLayers(doc, layers)).toBe(doc);
  });

  it('covers every top-level folder that holds source, so a new folder cannot escape it', () => {
    // dist: the build output (git-ignored); examples: consumers of the package, which import it by name only.
    const unruled = new Set(['__tests__', 'node_modules', 'cdktf.out', 'coverage', 'help', 'tools', 'config/environments', 'dist', 'examples']);
    const covered = new Set(layers.flatMap((l) => l.paths));
    const folders = readdirSync(REPO_ROOT, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !unruled.has(e.name))
      .filter((e) => readdirSync(join(REPO_ROOT, e.name), { recursive: true }).some((f) => /\.(ts|js|cjs|mjs)$/.test(String(f))))
      .map((e) => e.name);
    expect(folders.filter((f) => !covered.has(f))).toEqual([]);
  });

  it('allows the permitted imports and names the rule and edge for each forbidden one', () => {
    // A scratch project with the real rule and tsconfig: one file per layer, one import per edge.
    const dir = mkdtempSync(join(tmpdir(), 'layers-'));
    try {
      copyFileSync(join(REPO_ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
      copyFileSync(join(REPO_ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
      symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'));
      const fileOf = (path: string) => (path.endsWith('.ts') ? path : `${path}/x.ts`);
      const imports = new Map<string, string[]>(layers.flatMap((l) => l.paths.map((p) => [fileOf(p), []] as [string, string[]])));
      const relative = (from: string, to: string) => `${'../'.repeat(from.split('/').length - 1) || './'}${to.replace(/\.ts$/, '')}`;
      const expected: string[] = [];
      for (const layer of layers) {
        const from = fileOf(layer.paths[0]);
        for (const other of layers.filter((l) => l !== layer)) {
          const to = fileOf(other.paths[0]);
          imports.get(from)!.push(relative(from, to));
          if (!layer.uses.includes(other.name)) expected.push(`layer-${layer.name.replace(/\s+/g, '-')}: ${from} → ${to}`);
        }
        for (const pkg of layer.noPackages) {
          imports.get(from)!.push(pkg);
          expected.push(`packages-${layer.name.replace(/\s+/g, '-')}: ${from} → node_modules/${pkg}/`);
        }
      }
      for (const [file, specs] of imports) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), `${specs.map((spec, i) => `import * as m${i} from '${spec}';\nvoid m${i};`).join('\n')}\nexport const here = 1;\n`);
      }
      const run = spawnSync(process.execPath, [DEPCRUISE, '--config', '.dependency-cruiser.cjs', '--no-progress', '.'], { cwd: dir, encoding: 'utf8' });
      const errors = run.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.startsWith('error '))
        .map((l) => l.slice('error '.length));
      expect(run.status).not.toBe(0);
      expect(expected.filter((want) => !errors.some((e) => e.startsWith(want)))).toEqual([]);
      // Only forbidden edges are reported: cycles aside (every layer imports every other here), nothing else.
      expect(errors.filter((e) => !e.startsWith('no-circular') && !expected.some((want) => e.startsWith(want)))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
