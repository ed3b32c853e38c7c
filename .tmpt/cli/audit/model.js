"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.exitCodeOf = exitCodeOf;
/** 0 compliant, 1 findings, 2 could not complete (any "not checked" wins over findings). */
function exitCodeOf(report) {
    if (report.notChecked.length > 0)
        return 2;
    return report.findings.length > 0 ? 1 : 0;
}
