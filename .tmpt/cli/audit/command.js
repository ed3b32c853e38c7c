"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const args_1 = require("./args");
const audit_1 = require("./audit");
const client_1 = require("./client");
const json_1 = require("./format/json");
const sarif_1 = require("./format/sarif");
const table_1 = require("./format/table");
const model_1 = require("./model");
const progress_1 = require("./progress");
function toolVersion() {
    const pkg = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(__dirname, '..', '..', 'package.json'), 'utf8'));
    return pkg.version ?? '0.0.0';
}
/** `bedrock-private audit`: parses flags, audits every region, prints the report, returns the exit code. */
async function run(argv) {
    const parsed = (0, args_1.parseAuditArgs)(argv);
    if (parsed.help) {
        process.stdout.write(args_1.AUDIT_USAGE + '\n');
        return 0;
    }
    const o = parsed.options;
    const progress = (0, progress_1.terminalProgress)(process.stderr);
    const report = await (0, audit_1.runAudit)({
        regions: o.regions,
        clientFor: (region) => (0, client_1.createBedrockClient)({ region, profile: o.profile, endpointUrl: o.endpointUrl }),
        expected: o.expected,
        since: o.since,
        concurrency: o.concurrency,
        onProgress: progress.onProgress,
    }).finally(progress.done);
    const text = o.format === 'json' ? (0, json_1.formatJson)(report) : o.format === 'sarif' ? (0, sarif_1.formatSarif)(report, toolVersion()) : (0, table_1.formatTable)(report);
    process.stdout.write(text);
    return (0, model_1.exitCodeOf)(report);
}
