"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatJson = formatJson;
const model_1 = require("../model");
/** Stable machine-readable report; `schemaVersion` changes only on breaking changes. */
function formatJson(report) {
    return JSON.stringify({
        schemaVersion: 1,
        regions: report.regions,
        checked: report.checked,
        exitCode: (0, model_1.exitCodeOf)(report),
        findings: report.findings,
        notChecked: report.notChecked,
    }, null, 2) + '\n';
}
