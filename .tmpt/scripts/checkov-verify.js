"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Reads checkov's JSON report and fails unless (1) no check failed and (2) checkov evaluated the policy
 * of every policy-bearing resource in the synthesized stacks. A policy checkov cannot parse (an opaque
 * token, HCL) would pass silently; this makes that visible.
 *
 * Usage: tsx scripts/checkov-verify.ts <results_json.json> <cdk.tf.json>...
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
/** Policy-bearing resource types and the attribute checkov must have read on each. */
const POLICY_ATTRIBUTES = {
    aws_iam_role_policy: 'policy',
    aws_iam_policy: 'policy',
    aws_s3_bucket_policy: 'policy',
    aws_kms_key: 'policy',
    aws_vpc_endpoint: 'policy',
    aws_iam_role: 'assume_role_policy',
};
const [reportPath, ...stackFiles] = process.argv.slice(2);
if (!reportPath || stackFiles.length === 0) {
    console.error('usage: tsx scripts/checkov-verify.ts <results_json.json> <cdk.tf.json>...');
    process.exit(2);
}
const raw = JSON.parse((0, node_fs_1.readFileSync)(reportPath, 'utf8'));
const reports = Array.isArray(raw) ? raw : [raw];
const records = reports.flatMap((r) => [...r.results.passed_checks, ...r.results.failed_checks, ...r.results.skipped_checks]);
const failed = reports.flatMap((r) => r.results.failed_checks);
const sum = (k) => reports.reduce((n, r) => n + r.summary[k], 0);
console.log(`checkov: ${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped, ${sum('parsing_errors')} parsing errors`);
const problems = failed.map((f) => `failed ${f.check_id} on ${f.resource} (${f.file_path})`);
if (sum('parsing_errors') > 0)
    problems.push('checkov could not parse some files');
// checkov names a resource "type.name" in graph checks and "resource.name" in Python checks.
const policyChecks = new Map();
for (const r of records) {
    const name = r.resource.split('.').slice(1).join('.');
    const key = `${r.file_path}|${name}`;
    for (const attr of new Set(Object.values(POLICY_ATTRIBUTES))) {
        if ((r.check_result.evaluated_keys ?? []).some((k) => k === attr || k.startsWith(`${attr}/`))) {
            policyChecks.set(`${key}|${attr}`, (policyChecks.get(`${key}|${attr}`) ?? new Set()).add(r.check_id));
        }
    }
}
const coverage = {};
for (const file of stackFiles) {
    const stack = JSON.parse((0, node_fs_1.readFileSync)(file, 'utf8'));
    const shown = `/${(0, node_path_1.relative)(process.cwd(), file)}`;
    for (const [type, attr] of Object.entries(POLICY_ATTRIBUTES)) {
        for (const [name, config] of Object.entries(stack.resource?.[type] ?? {})) {
            if (config[attr] === undefined)
                continue;
            const checks = policyChecks.get(`${shown}|${name}|${attr}`);
            if (!checks) {
                problems.push(`checkov did not evaluate ${attr} of ${type}.${name} in ${shown}`);
                continue;
            }
            const c = (coverage[type] ??= { resources: 0, checks: new Set() });
            c.resources += 1;
            checks.forEach((id) => c.checks.add(id));
        }
    }
}
for (const type of Object.keys(POLICY_ATTRIBUTES)) {
    const c = coverage[type];
    if (!c)
        problems.push(`no ${type} was evaluated by checkov`);
    else
        console.log(`checkov: read ${POLICY_ATTRIBUTES[type]} of ${c.resources} ${type} (${[...c.checks].sort().join(', ')})`);
}
if (problems.length) {
    console.error(problems.map((p) => `checkov: ${p}`).join('\n'));
    process.exit(1);
}
console.log('checkov: zero failed checks; every policy-bearing resource was evaluated');
