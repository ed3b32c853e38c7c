"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const layers_1 = require("../../scripts/lib/layers");
const layers = (0, layers_1.loadLayers)();
const DEPCRUISE = (0, node_path_1.join)(layers_1.REPO_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
describe('the layer rule', () => {
    it('is what help/architecture.md draws (run npm run docs:architecture after changing a layer)', () => {
        const doc = (0, node_fs_1.readFileSync)(layers_1.ARCHITECTURE_DOC, 'utf8');
        expect(doc).toContain((0, layers_1.renderLayers)(layers));
        expect((0, layers_1.withLayers)(doc, layers)).toBe(doc);
    });
    it('covers every top-level folder that holds source, so a new folder cannot escape it', () => {
        const unruled = new Set(['__tests__', 'node_modules', 'cdktf.out', 'coverage', 'help', 'tools', 'config/environments']);
        const covered = new Set(layers.flatMap((l) => l.paths));
        const folders = (0, node_fs_1.readdirSync)(layers_1.REPO_ROOT, { withFileTypes: true })
            .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !unruled.has(e.name))
            .filter((e) => (0, node_fs_1.readdirSync)((0, node_path_1.join)(layers_1.REPO_ROOT, e.name), { recursive: true }).some((f) => /\.(ts|js|cjs|mjs)$/.test(String(f))))
            .map((e) => e.name);
        expect(folders.filter((f) => !covered.has(f))).toEqual([]);
    });
    it('allows the permitted imports and names the rule and edge for each forbidden one', () => {
        // A scratch project with the real rule and tsconfig: one file per layer, one import per edge.
        const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'layers-'));
        try {
            (0, node_fs_1.copyFileSync)((0, node_path_1.join)(layers_1.REPO_ROOT, '.dependency-cruiser.cjs'), (0, node_path_1.join)(dir, '.dependency-cruiser.cjs'));
            (0, node_fs_1.copyFileSync)((0, node_path_1.join)(layers_1.REPO_ROOT, 'tsconfig.json'), (0, node_path_1.join)(dir, 'tsconfig.json'));
            (0, node_fs_1.symlinkSync)((0, node_path_1.join)(layers_1.REPO_ROOT, 'node_modules'), (0, node_path_1.join)(dir, 'node_modules'));
            const fileOf = (path) => (path.endsWith('.ts') ? path : `${path}/x.ts`);
            const imports = new Map(layers.flatMap((l) => l.paths.map((p) => [fileOf(p), []])));
            const relative = (from, to) => `${'../'.repeat(from.split('/').length - 1) || './'}${to.replace(/\.ts$/, '')}`;
            const expected = [];
            for (const layer of layers) {
                const from = fileOf(layer.paths[0]);
                for (const other of layers.filter((l) => l !== layer)) {
                    const to = fileOf(other.paths[0]);
                    imports.get(from).push(relative(from, to));
                    if (!layer.uses.includes(other.name))
                        expected.push(`layer-${layer.name.replace(/\s+/g, '-')}: ${from} → ${to}`);
                }
                for (const pkg of layer.noPackages) {
                    imports.get(from).push(pkg);
                    expected.push(`packages-${layer.name.replace(/\s+/g, '-')}: ${from} → node_modules/${pkg}/`);
                }
            }
            for (const [file, specs] of imports) {
                (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)((0, node_path_1.join)(dir, file)), { recursive: true });
                (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, file), `${specs.map((spec, i) => `import * as m${i} from '${spec}';\nvoid m${i};`).join('\n')}\nexport const here = 1;\n`);
            }
            const run = (0, node_child_process_1.spawnSync)(process.execPath, [DEPCRUISE, '--config', '.dependency-cruiser.cjs', '--no-progress', '.'], { cwd: dir, encoding: 'utf8' });
            const errors = run.stdout
                .split('\n')
                .map((l) => l.trim())
                .filter((l) => l.startsWith('error '))
                .map((l) => l.slice('error '.length));
            expect(run.status).not.toBe(0);
            expect(expected.filter((want) => !errors.some((e) => e.startsWith(want)))).toEqual([]);
            // Only forbidden edges are reported: cycles aside (every layer imports every other here), nothing else.
            expect(errors.filter((e) => !e.startsWith('no-circular') && !expected.some((want) => e.startsWith(want)))).toEqual([]);
        }
        finally {
            (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
        }
    });
});
