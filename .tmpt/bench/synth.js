"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Benchmark: synthesis cost and how it scales with environments.
 *
 *   npm run bench [-- --reps 5]
 *
 * (a) Full synth of every shipped environment (config/environments) against merely loading the
 *     @cdktf/provider-aws barrel, each in a fresh child process, alternating, medians. Target: ≤ 0.3×.
 * (b) Synth of 1, 3, 10 and 30 generated environments (valid configs built in memory, distinct CIDRs
 *     and accounts): median time and peak RSS, and the marginal cost of one more environment as a
 *     fraction of the 3-environment synth. Target: ≤ 10%.
 * A synth child runs main.ts itself (BEDROCK_ENV_DIR for generated environments, cdktf.out in a temporary
 * directory). Each child times itself from its first line (node and tsx have started, the same for both
 * modes) to the end of its work, and reports process.resourceUsage().maxRSS. Not a test: it prints tables.
 * main.ts turns Node's source-mapped stack traces off (cdktf captures one per token; ~35% of synth).
 */
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const node_module_1 = require("node:module");
const node_util_1 = require("node:util");
const started = performance.now();
/** Plain CommonJS loading, timed inside the child. */
const load = (0, node_module_1.createRequire)(__filename);
/** Valid environment files, one account and one /20 each, so N environments never overlap. */
function generatedEnvironments(count) {
    return Array.from({ length: count }, (_, i) => ({
        name: `gen${String(i + 1).padStart(2, '0')}`,
        raw: {
            accountId: String(100000000000 + i + 1),
            region: 'us-east-1',
            vpcCidr: `10.${100 + Math.floor(i / 16)}.${(i % 16) * 16}.0/20`,
            azIds: ['use1-az1', 'use1-az2', 'use1-az4'],
            tags: { owner: 'bench', costCentre: 'cc-0' },
            jobs: { batchModelIds: ['anthropic.claude-3-haiku-20240307-v1:0'] },
        },
    }));
}
/**
 * Child mode: do one piece of work, print {ms, maxRssMb} as JSON. "synth" runs main.ts itself (cwd is a
 * temporary directory, so its cdktf.out lands there), so the bench measures exactly `npm run synth`.
 */
function child(mode) {
    if (mode === 'barrel') {
        // The barrel on purpose, by a computed name: this is the cost every deep import avoids.
        load(['@cdktf', 'provider-aws'].join('/'));
    }
    else {
        load(MAIN);
    }
    const sample = { ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 };
    process.stdout.write(JSON.stringify(sample));
}
const MAIN = (0, node_path_1.join)(__dirname, '..', 'main.ts');
/** Runs one child in a fresh process and temporary directory; `generated` > 0 writes that many environment files. */
function runChild(mode, generated = 0) {
    const cwd = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'bench-synth-'));
    try {
        const env = { ...process.env };
        if (generated > 0) {
            const dir = (0, node_path_1.join)(cwd, 'environments');
            (0, node_fs_1.mkdirSync)(dir);
            for (const e of generatedEnvironments(generated))
                (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, `${e.name}.json`), JSON.stringify(e.raw));
            env.BEDROCK_ENV_DIR = dir;
        }
        const out = (0, node_child_process_1.execFileSync)(process.execPath, [require.resolve('tsx/cli'), __filename, '--child', mode], { encoding: 'utf8', cwd, env });
        return JSON.parse(out);
    }
    finally {
        (0, node_fs_1.rmSync)(cwd, { recursive: true, force: true });
    }
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function table(headers, rows) {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
    return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
function main() {
    const { values } = (0, node_util_1.parseArgs)({ options: { reps: { type: 'string', default: '5' }, child: { type: 'string' } } });
    if (values.child)
        return child(values.child);
    const reps = Number(values.reps);
    runChild('synth'); // warm tsx's transform cache and the page cache: not measured
    // (a) shipped synth vs barrel, alternating so drift hits both alike.
    const synth = [];
    const barrel = [];
    for (let i = 0; i < reps; i++) {
        synth.push(runChild('synth'));
        barrel.push(runChild('barrel'));
    }
    const synthMs = median(synth.map((s) => s.ms));
    const barrelMs = median(barrel.map((s) => s.ms));
    console.log(`\n(a) Shipped environments: full synth vs loading the @cdktf/provider-aws barrel (${reps} reps, medians)\n`);
    console.log(table(['work', 'time ms', 'peak RSS MB'], [
        ['synth, every shipped environment', synthMs.toFixed(0), median(synth.map((s) => s.maxRssMb)).toFixed(0)],
        ['require barrel', barrelMs.toFixed(0), median(barrel.map((s) => s.maxRssMb)).toFixed(0)],
    ]));
    const ratio = synthMs / barrelMs;
    console.log(`\nratio synth / barrel = ${ratio.toFixed(2)} (target ≤ 0.30: ${ratio <= 0.3 ? 'met' : 'NOT met'})`);
    // (b) scaling with generated environments.
    const counts = [1, 3, 10, 30];
    const results = counts.map((count) => {
        const samples = Array.from({ length: Math.max(3, Math.ceil(reps / 2)) }, () => runChild('synth', count));
        return { count, ms: median(samples.map((s) => s.ms)), rss: median(samples.map((s) => s.maxRssMb)) };
    });
    const three = results.find((r) => r.count === 3);
    const thirty = results.find((r) => r.count === 30);
    console.log(`\n(b) Generated environments (medians of ${Math.max(3, Math.ceil(reps / 2))})\n`);
    console.log(table(['environments', 'time ms', 'ms / env', 'peak RSS MB', 'marginal ms / env (vs previous row)'], results.map((r, i) => [
        String(r.count),
        r.ms.toFixed(0),
        (r.ms / r.count).toFixed(0),
        r.rss.toFixed(0),
        i === 0 ? '-' : ((r.ms - results[i - 1].ms) / (r.count - results[i - 1].count)).toFixed(0),
    ])));
    const marginal = (thirty.ms - three.ms) / (thirty.count - three.count);
    const fraction = marginal / three.ms;
    console.log(`\none more environment costs ${marginal.toFixed(0)} ms = ${(fraction * 100).toFixed(1)}% of the 3-environment synth (slope 3→30; target ≤ 10%: ${fraction <= 0.1 ? 'met' : 'NOT met'})`);
}
main();
