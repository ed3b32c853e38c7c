"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evaluateStack = evaluateStack;
exports.errorsOf = errorsOf;
const resources_1 = require("./resources");
const types_1 = require("./types");
function relativePath(stack, path) {
    return path.startsWith(`${stack}/`) ? path.slice(stack.length + 1) : path;
}
/** Checks suppressions before any is used: a rule id must exist and the reason must say something. */
function validateSuppressions(rules, suppressions) {
    const ids = new Set(rules.map((r) => r.id));
    return suppressions.flatMap((s) => {
        const problems = [];
        if (!ids.has(s.ruleId))
            problems.push(`suppression of unknown rule "${s.ruleId}" at ${s.path}: use one of ${[...ids].join(', ')}`);
        if (s.reason.trim().length < types_1.MIN_REASON_LENGTH) {
            problems.push(`suppression of ${s.ruleId} at ${s.path} needs a reason of at least ${types_1.MIN_REASON_LENGTH} characters (got "${s.reason.trim()}")`);
        }
        return problems;
    });
}
/**
 * Runs every rule over every resource of one synthesized stack. Pure: the same JSON gives the same
 * findings in the same order (rule id, then address), which keeps the reports byte-identical.
 */
function evaluateStack(stack, stackJson, rules, suppressions) {
    const invalidSuppressions = validateSuppressions(rules, suppressions);
    const valid = suppressions.filter((s) => validateSuppressions(rules, [s]).length === 0);
    const resources = new resources_1.StackResources(stackJson);
    const findings = [];
    for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
        for (const resource of resources.all) {
            if (!rule.resourceTypes.includes(resource.type))
                continue;
            const verdict = rule.evaluate(resource, resources);
            if (verdict.status === 'not-applicable')
                continue;
            const base = { ruleId: rule.id, severity: rule.severity, resource: resource.address, path: resource.path };
            if (verdict.status === 'pass') {
                findings.push({ ...base, status: 'pass' });
                continue;
            }
            const rel = relativePath(stack, resource.path);
            const suppression = valid.find((s) => s.ruleId === rule.id && (s.path === resource.path || s.path === rel));
            findings.push(suppression
                ? { ...base, status: 'suppressed', detail: verdict.reason, suppressionReason: suppression.reason.trim() }
                : { ...base, status: 'fail', detail: verdict.reason });
        }
    }
    return { stack, findings, invalidSuppressions };
}
function errorsOf(evaluation) {
    return evaluation.findings.filter((f) => f.status === 'fail' && f.severity === 'error');
}
