"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildReport = buildReport;
exports.reportMarkdown = reportMarkdown;
/** The report object. No timestamps or host data: synth output must be byte-identical run to run. */
function buildReport(evaluation, rules) {
    const f = evaluation.findings;
    const failed = f.filter((x) => x.status === 'fail');
    return {
        stack: evaluation.stack,
        summary: {
            pass: f.filter((x) => x.status === 'pass').length,
            fail: failed.length,
            suppressed: f.filter((x) => x.status === 'suppressed').length,
            errors: failed.filter((x) => x.severity === 'error').length + evaluation.invalidSuppressions.length,
            warnings: failed.filter((x) => x.severity === 'warning').length,
        },
        rules: [...rules].sort((a, b) => a.id.localeCompare(b.id)).map(({ id, description, severity, fix }) => ({ id, description, severity, fix })),
        invalidSuppressions: evaluation.invalidSuppressions,
        findings: f,
    };
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function reportMarkdown(report) {
    const s = report.summary;
    const lines = [
        `# Guardrails report: ${report.stack}`,
        '',
        `${s.pass} pass, ${s.fail} fail (${s.errors} errors, ${s.warnings} warnings), ${s.suppressed} suppressed.`,
        '',
    ];
    if (report.invalidSuppressions.length) {
        lines.push('## Invalid suppressions', '', ...report.invalidSuppressions.map((p) => `- ${cell(p)}`), '');
    }
    lines.push('## Findings', '', '| Rule | Severity | Resource | Construct path | Result | Detail |', '| --- | --- | --- | --- | --- | --- |');
    for (const x of report.findings) {
        const result = x.status === 'suppressed' ? `suppressed: ${x.suppressionReason ?? ''}` : x.status;
        lines.push(`| ${x.ruleId} | ${x.severity} | \`${x.resource}\` | \`${x.path}\` | ${cell(result)} | ${cell(x.detail ?? '')} |`);
    }
    lines.push('', '## Rules', '', '| Rule | Severity | Requirement | Fix |', '| --- | --- | --- | --- |');
    for (const r of report.rules)
        lines.push(`| ${r.id} | ${r.severity} | ${cell(r.description)} | ${cell(r.fix)} |`);
    return `${lines.join('\n')}\n`;
}
