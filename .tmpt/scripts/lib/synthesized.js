"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readSynthesizedStacks = readSynthesizedStacks;
exports.resourceAddresses = resourceAddresses;
exports.movedFrom = movedFrom;
exports.synthesizeApp = synthesizeApp;
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const cdktf_1 = require("cdktf");
const app_1 = require("../../stacks/app");
/** Every stack of a cdktf.out directory, by name, read through its manifest. */
function readSynthesizedStacks(outdir) {
    const manifestPath = (0, node_path_1.join)(outdir, 'manifest.json');
    if (!(0, node_fs_1.existsSync)(manifestPath))
        throw new Error(`${outdir} has no manifest.json; run "npm run synth" (or point at a cdktf.out directory)`);
    const manifest = JSON.parse((0, node_fs_1.readFileSync)(manifestPath, 'utf8'));
    const stacks = new Map();
    for (const name of Object.keys(manifest.stacks).sort()) {
        stacks.set(name, JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(outdir, manifest.stacks[name].synthesizedStackPath), 'utf8')));
    }
    return stacks;
}
/** `<type>.<name>` of every managed resource, sorted. Data sources hold no state worth protecting. */
function resourceAddresses(stack) {
    return Object.entries(stack.resource ?? {})
        .flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`))
        .sort();
}
/** Addresses a `moved` block in this stack moves away from. */
function movedFrom(stack) {
    return new Map((stack.moved ?? []).map((m) => [m.from, m.to]));
}
/** Synthesizes the app exactly as main.ts does, into a temporary directory, and reads it back. */
function synthesizeApp(environments) {
    const outdir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'bedrock-synth-'));
    try {
        const app = new cdktf_1.App({ outdir });
        (0, app_1.buildApp)(app, environments);
        app.synth();
        return readSynthesizedStacks(outdir);
    }
    finally {
        (0, node_fs_1.rmSync)(outdir, { recursive: true, force: true });
    }
}
