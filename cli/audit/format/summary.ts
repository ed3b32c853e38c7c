import { type AuditReport, RESOURCE_KINDS, exitCodeOf } from '../model';
import { notCheckedCauses } from './causes';

const STATUS = { 0: 'COMPLIANT', 1: 'FINDINGS', 2: 'INCOMPLETE' } as const;

/**
 * One line for a scheduled job's log or chat message: a status word a human reads first, then
 * key=value fields (no spaces inside values) that log queries and alert rules can parse; when anything
 * was not checked, a second line says why.
 *
 *   bedrock-private audit: FINDINGS exit=1 findings=3 not_checked=0 checked=12 regions=us-east-1 kinds=all rules=BRP001:2,BRP006:1
 */
export function formatSummary(report: AuditReport): string {
  const exit = exitCodeOf(report);
  const perRule = new Map<string, number>();
  for (const f of report.findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  const checked = Object.values(report.checked).reduce((sum: number, n) => sum + (n ?? 0), 0);
  const kinds = report.kinds.length === RESOURCE_KINDS.length ? 'all' : report.kinds.join(',');
  const rules = [...perRule].sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => `${id}:${n}`).join(',') || '-';
  const fields = [
    `exit=${exit}`,
    `findings=${report.findings.length}`,
    `not_checked=${report.notChecked.length}`,
    `checked=${checked}`,
    `regions=${report.regions.join(',')}`,
    `kinds=${kinds}`,
    `rules=${rules}`,
  ];
  return `bedrock-private audit: ${STATUS[exit]} ${fields.join(' ')}\n${causeLine(report)}`;
}

/**
 * When anything was not checked, a second line with why: the one cause, or the most frequent of several,
 * so a scheduled run's log says what to fix without a rerun.
 */
function causeLine(report: AuditReport): string {
  const causes = notCheckedCauses(report.notChecked);
  if (causes.length === 0) return '';
  if (causes.length === 1) return `not checked (${report.notChecked.length}), one cause: ${causes[0].reason}\n`;
  return `not checked (${report.notChecked.length}), ${causes.length} causes; ${causes[0].count} of them: ${causes[0].reason}. Run without --summary for each.\n`;
}
