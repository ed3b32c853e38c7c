/**
 * Reads checkov's JSON report and fails unless (1) no check failed and (2) checkov evaluated the policy
 * of every policy-bearing resource in the synthesized stacks. A policy checkov cannot parse (an opaque
 * token, HCL) would pass silently; this makes that visible.
 *
 * Usage: tsx scripts/checkov-verify.ts <results_json.json> <cdk.tf.json>...
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { UserError, runEntryPoint } from '../catalog/errors';

/** Policy-bearing resource types and the attribute checkov must have read on each. */
const POLICY_ATTRIBUTES: Record<string, string> = {
  aws_iam_role_policy: 'policy',
  aws_iam_policy: 'policy',
  aws_s3_bucket_policy: 'policy',
  aws_kms_key: 'policy',
  aws_vpc_endpoint: 'policy',
  aws_iam_role: 'assume_role_policy',
  aws_organizations_policy: 'content',
};

interface CheckRecord {
  readonly check_id: string;
  readonly resource: string;
  readonly file_path: string;
  readonly check_result: { readonly result: string; readonly evaluated_keys?: readonly string[] };
}

interface CheckovReport {
  readonly summary: { readonly passed: number; readonly failed: number; readonly skipped: number; readonly parsing_errors: number };
  readonly results: { readonly passed_checks: CheckRecord[]; readonly failed_checks: CheckRecord[]; readonly skipped_checks: CheckRecord[] };
}

runEntryPoint({ name: 'checkov-verify', exitCode: 1 }, () => {
  const [reportPath, ...stackFiles] = process.argv.slice(2);
  if (!reportPath || stackFiles.length === 0) {
    throw new UserError('usage: tsx scripts/checkov-verify.ts <results_json.json> <cdk.tf.json>... (scripts/checkov.sh runs it)');
  }
  const raw = JSON.parse(readFileSync(reportPath, 'utf8')) as CheckovReport | CheckovReport[];
  const reports = Array.isArray(raw) ? raw : [raw];
  const records = reports.flatMap((r) => [...r.results.passed_checks, ...r.results.failed_checks, ...r.results.skipped_checks]);
  const failed = reports.flatMap((r) => r.results.failed_checks);
  const sum = (k: keyof CheckovReport['summary']) => reports.reduce((n, r) => n + r.summary[k], 0);
  console.log(`checkov: ${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped, ${sum('parsing_errors')} parsing errors`);

  const problems: string[] = failed.map((f) => `failed ${f.check_id} on ${f.resource} (${f.file_path})`);
  if (sum('parsing_errors') > 0) problems.push('checkov could not parse some files');

  // checkov names a resource "type.name" in graph checks and "resource.name" in Python checks.
  const policyChecks = new Map<string, Set<string>>();
  for (const r of records) {
    const name = r.resource.split('.').slice(1).join('.');
    const key = `${r.file_path}|${name}`;
    for (const attr of new Set(Object.values(POLICY_ATTRIBUTES))) {
      if ((r.check_result.evaluated_keys ?? []).some((k) => k === attr || k.startsWith(`${attr}/`))) {
        policyChecks.set(`${key}|${attr}`, (policyChecks.get(`${key}|${attr}`) ?? new Set()).add(r.check_id));
      }
    }
  }

  const coverage: Record<string, { resources: number; checks: Set<string> }> = {};
  for (const file of stackFiles) {
    const stack = JSON.parse(readFileSync(file, 'utf8')) as { resource?: Record<string, Record<string, Record<string, unknown>>> };
    const shown = `/${relative(process.cwd(), file)}`;
    for (const [type, attr] of Object.entries(POLICY_ATTRIBUTES)) {
      for (const [name, config] of Object.entries(stack.resource?.[type] ?? {})) {
        if (config[attr] === undefined) continue;
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
    if (!c) problems.push(`no ${type} was evaluated by checkov`);
    else console.log(`checkov: read ${POLICY_ATTRIBUTES[type]} of ${c.resources} ${type} (${[...c.checks].sort().join(', ')})`);
  }

  if (problems.length) {
    console.error(problems.map((p) => `checkov: ${p}`).join('\n'));
    return 1;
  }
  console.log('checkov: zero failed checks; every policy-bearing resource was evaluated');
  return 0;
});
