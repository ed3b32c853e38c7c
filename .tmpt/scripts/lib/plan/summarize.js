"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summarizePlans = summarizePlans;
const plan_json_1 = require("./plan-json");
const policy_diff_1 = require("./policy-diff");
function emptyCounts() {
    return { create: 0, update: 0, replace: 0, delete: 0, 'no-op': 0, read: 0, forget: 0 };
}
function notable(stack, rc, kind) {
    return {
        stack,
        address: rc.address,
        type: rc.type,
        kind,
        ...(rc.action_reason ? { reason: rc.action_reason } : {}),
        replacePaths: (rc.change.replace_paths ?? []).map((p) => p.join('.')),
    };
}
function policyChanges(stack, rc, kind) {
    const { before, after, after_unknown: unknown } = rc.change;
    if (!before || !after || (kind !== 'update' && kind !== 'replace'))
        return [];
    const names = new Set([...Object.keys(before), ...Object.keys(after)].filter(policy_diff_1.isPolicyAttribute));
    const out = [];
    for (const attribute of [...names].sort()) {
        const afterValue = unknown?.[attribute] === true ? undefined : after[attribute];
        if (afterValue !== undefined && JSON.stringify(before[attribute]) === JSON.stringify(afterValue))
            continue;
        const diff = (0, policy_diff_1.diffPolicies)(before[attribute], afterValue);
        if (diff.kind === 'statements' && diff.changes.length === 0)
            continue; // reformatted, same meaning
        out.push({ stack, address: rc.address, attribute, kind, diff });
    }
    return out;
}
/** Reads each stack's plan into counts, the loud sections and the policy diffs. */
function summarizePlans(plans, options = {}) {
    const prodPattern = options.prodPattern ?? plan_json_1.DEFAULT_PROD_PATTERN;
    const stacks = [];
    const statefulDestroys = [];
    const policies = [];
    for (const { stack, plan } of [...plans].sort((a, b) => a.stack.localeCompare(b.stack))) {
        const counts = emptyCounts();
        const changes = [];
        const moves = [];
        for (const rc of plan.resource_changes ?? []) {
            const kind = (0, plan_json_1.changeKind)(rc.change.actions);
            counts[kind] += 1;
            if (rc.previous_address && rc.previous_address !== rc.address)
                moves.push({ from: rc.previous_address, to: rc.address });
            if (rc.mode !== 'managed' || kind === 'no-op' || kind === 'read')
                continue;
            const change = notable(stack, rc, kind);
            changes.push(change);
            if ((kind === 'delete' || kind === 'replace') && (0, plan_json_1.isStateful)(rc.type))
                statefulDestroys.push(change);
            policies.push(...policyChanges(stack, rc, kind));
        }
        stacks.push({ stack, prod: prodPattern.test(stack), counts, errored: plan.errored === true, changes, moves });
    }
    return { stacks, statefulDestroys, policyChanges: policies };
}
