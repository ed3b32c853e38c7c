"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatTable = formatTable;
const catalog_1 = require("../rules/catalog");
function columns(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  '));
}
function summaryLine(report) {
    const c = report.checked;
    return `Checked in ${report.regions.join(', ')}: ${c['model-customization-job']} customization jobs, ${c['model-invocation-job']} batch inference jobs, ${c['custom-model']} custom models.`;
}
/** Findings grouped by resource: one resource breaking several rules gets one remediation. */
function byResource(findings) {
    const groups = new Map();
    for (const f of findings)
        groups.set(f.resourceArn, [...(groups.get(f.resourceArn) ?? []), f]);
    return groups;
}
/** Human-readable report for a terminal or a CI log. */
function formatTable(report) {
    const out = [summaryLine(report), ''];
    if (report.findings.length > 0) {
        const ruleName = (id) => catalog_1.RULE_LIST.find((r) => r.id === id)?.name ?? id;
        out.push(`FINDINGS (${report.findings.length})`);
        out.push(...columns([
            ['RULE', 'REGION', 'TYPE', 'RESOURCE', 'PROBLEM'],
            ...report.findings.map((f) => [f.ruleId, f.region, f.kind, f.resourceName, ruleName(f.ruleId)]),
        ]));
        out.push('', 'REMEDIATION');
        for (const [arn, group] of byResource(report.findings)) {
            out.push('', `# ${arn}`, ...group.map((f) => `# ${f.ruleId}: ${f.message}`), group[0].remediation);
        }
        out.push('');
    }
    if (report.notChecked.length > 0) {
        out.push(`NOT CHECKED (${report.notChecked.length}): these are not known to be compliant`);
        out.push(...columns([
            ['REGION', 'TYPE', 'RESOURCE', 'REASON'],
            ...report.notChecked.map((n) => [n.region, n.kind, n.resource, n.reason]),
        ]));
        out.push('');
    }
    if (report.findings.length === 0 && report.notChecked.length === 0)
        out.push('Compliant: no findings.', '');
    else
        out.push(`Result: ${report.findings.length} finding(s), ${report.notChecked.length} not checked.`, '');
    return out.join('\n');
}
