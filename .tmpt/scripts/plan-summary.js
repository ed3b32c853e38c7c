"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const plan_json_1 = require("./lib/plan/plan-json");
const summarize_1 = require("./lib/plan/summarize");
const render_1 = require("./lib/plan/render");
const synth_diff_1 = require("./lib/synth-diff");
const USAGE = `Usage:
  plan-summary [<plans dir | plan.json>...] [--synth-diff <base cdktf.out> <pr cdktf.out>] [--prod-pattern <regex>] [--out <file>]

Plans are "terraform show -json" output, one file per stack named <stack>.json.
--synth-diff compares two synthesized trees without Terraform. Writes markdown to --out or stdout.`;
function fail(message) {
    console.error(`${message}\n\n${USAGE}`);
    process.exit(2);
}
const args = process.argv.slice(2);
const inputs = [];
let out;
let diffDirs;
let prodPattern;
for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
        console.log(USAGE);
        process.exit(0);
    }
    else if (arg === '--out')
        out = args[++i] ?? fail('--out needs a file');
    else if (arg === '--prod-pattern')
        prodPattern = new RegExp(args[++i] ?? fail('--prod-pattern needs a regex'));
    else if (arg === '--synth-diff') {
        const [base, pr] = [args[++i], args[++i]];
        if (!base || !pr)
            fail('--synth-diff needs two cdktf.out directories: base, then PR');
        diffDirs = [base, pr];
    }
    else if (arg.startsWith('--'))
        fail(`unknown option ${arg}`);
    else
        inputs.push(arg);
}
if (!inputs.length && !diffDirs)
    fail('give plan files, a directory of them, or --synth-diff');
const planFiles = inputs.flatMap((p) => (0, node_fs_1.statSync)(p).isDirectory()
    ? (0, node_fs_1.readdirSync)(p)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => (0, node_path_1.join)(p, f))
    : [p]);
const summary = (0, summarize_1.summarizePlans)(planFiles.map((file) => ({ stack: (0, node_path_1.basename)(file, '.json'), plan: (0, plan_json_1.readPlan)(file) })), prodPattern ? { prodPattern } : {});
const markdown = (0, render_1.renderSummary)(summary, diffDirs ? [(0, synth_diff_1.renderSynthDiff)((0, synth_diff_1.synthDiff)(diffDirs[0], diffDirs[1]))] : []);
if (out)
    (0, node_fs_1.writeFileSync)(out, markdown);
else
    process.stdout.write(markdown);
