import { KINDS } from '../kinds';
import type { AuditReport, Finding } from '../model';
import { RULE_LIST } from '../rules/catalog';
import { notCheckedCauses } from './causes';

function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  '));
}

function checkedLine(report: AuditReport): string {
  const counts = report.kinds.map((k) => `${report.checked[k] ?? 0} ${KINDS[k].label}`);
  return `Checked in ${report.regions.join(', ')}: ${counts.join(', ')}.`;
}

/** Findings grouped by rule, in catalogue order: one heading per rule, one row per resource. */
function byRule(findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const rule of RULE_LIST) {
    const group = findings.filter((f) => f.ruleId === rule.id);
    if (group.length === 0) continue;
    out.push('', `${rule.id} ${rule.name} (${rule.severity}, ${group.length}): ${rule.summary}`);
    out.push(...columns([['REGION', 'RESOURCE', 'DETAIL'], ...group.map((f) => [f.region, f.resourceName, f.message])]).map((line) => `  ${line}`));
  }
  return out;
}

/** Findings grouped by resource: one resource breaking several rules gets one remediation. */
function byResource(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.resourceArn, [...(groups.get(f.resourceArn) ?? []), f]);
  return groups;
}

/** Human-readable report for a terminal or a CI log. */
export function formatTable(report: AuditReport): string {
  const out: string[] = [checkedLine(report), ''];
  if (report.findings.length > 0) {
    out.push(`FINDINGS (${report.findings.length}), by rule`, ...byRule(report.findings));
    out.push('', 'REMEDIATION (one per resource)');
    for (const [arn, group] of byResource(report.findings)) {
      out.push('', `# ${arn}`, ...group.map((f) => `# ${f.ruleId}: ${f.message}`), group[0].remediation);
    }
    out.push('');
  }
  if (report.notChecked.length > 0) {
    out.push(`NOT CHECKED (${report.notChecked.length}): these are not known to be compliant`);
    const causes = notCheckedCauses(report.notChecked);
    if (causes.length === 1 && report.notChecked.length > 1) {
      // One cause for every entry (no credentials, say): said once, above a list without it.
      out.push(`Cause (all ${report.notChecked.length}): ${causes[0].reason}`);
      out.push(...columns([['REGION', 'TYPE', 'RESOURCE'], ...report.notChecked.map((n) => [n.region, n.kind, n.resource])]));
    } else {
      out.push(...columns([
        ['REGION', 'TYPE', 'RESOURCE', 'REASON'],
        ...report.notChecked.map((n) => [n.region, n.kind, n.resource, n.reason]),
      ]));
    }
    out.push('');
  }
  if (report.findings.length === 0 && report.notChecked.length === 0) out.push('Compliant: no findings.', '');
  else out.push(`Result: ${report.findings.length} finding(s), ${report.notChecked.length} not checked.`, '');
  return out.join('\n');
}
