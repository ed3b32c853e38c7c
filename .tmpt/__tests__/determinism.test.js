"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const repo = (0, node_path_1.join)(__dirname, '..');
function synthInto() {
    const outdir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'determinism-'));
    (0, node_child_process_1.execFileSync)((0, node_path_1.join)(repo, 'node_modules', '.bin', 'tsx'), [(0, node_path_1.join)(repo, 'main.ts')], {
        cwd: repo,
        env: { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: '1' },
    });
    return outdir;
}
function cdktfSynthInto() {
    const outdir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'cdktf-cli-'));
    (0, node_child_process_1.execFileSync)((0, node_path_1.join)(repo, 'node_modules', '.bin', 'cdktf'), ['synth', '--output', outdir], {
        cwd: repo,
        env: { ...process.env, CHECKPOINT_DISABLE: '1', CI: 'true' },
        stdio: 'pipe',
    });
    return outdir;
}
function files(dir, root = dir) {
    return (0, node_fs_1.readdirSync)(dir)
        .sort()
        .flatMap((name) => {
        const path = (0, node_path_1.join)(dir, name);
        return (0, node_fs_1.statSync)(path).isDirectory() ? files(path, root) : [(0, node_path_1.relative)(root, path)];
    });
}
describe('synthesis', () => {
    it('is deterministic: two synths of every stack are byte-identical', () => {
        const a = synthInto();
        const b = synthInto();
        const listing = files(a);
        expect(listing).toEqual(files(b));
        expect(listing).toEqual(expect.arrayContaining(['manifest.json', 'stacks/bedrock-dev/cdk.tf.json', 'stacks/bedrock-prod/cdk.tf.json', 'stacks/bedrock-staging/cdk.tf.json']));
        for (const file of listing) {
            expect({ file, bytes: (0, node_fs_1.readFileSync)((0, node_path_1.join)(b, file)).toString('base64') }).toEqual({ file, bytes: (0, node_fs_1.readFileSync)((0, node_path_1.join)(a, file)).toString('base64') });
        }
    });
    it('npm run synth writes exactly what `cdktf synth` writes', () => {
        const ours = synthInto();
        const cli = cdktfSynthInto();
        const listing = files(ours);
        expect(files(cli)).toEqual(listing);
        for (const file of listing)
            expect({ file, text: (0, node_fs_1.readFileSync)((0, node_path_1.join)(cli, file), 'utf8') }).toEqual({ file, text: (0, node_fs_1.readFileSync)((0, node_path_1.join)(ours, file), 'utf8') });
    });
});
