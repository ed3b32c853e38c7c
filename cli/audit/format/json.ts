import type { AuditReport } from '../model';
import { exitCodeOf } from '../model';
import { RULE_LIST, ruleById } from '../rules/catalog';

/**
 * Stable machine-readable report; `schemaVersion` changes only on breaking changes (fields are only
 * ever added). `rules` is the catalogue entry of every rule this run evaluated; each finding repeats
 * its rule's name and severity so a consumer can filter without joining.
 */
export function formatJson(report: AuditReport): string {
  return JSON.stringify({ schemaVersion: 1, ...jsonReportOf(report) }, null, 2) + '\n';
}

/** The report as the JSON object formatJson prints (without schemaVersion); an organization run nests one per account. */
export function jsonReportOf(report: AuditReport) {
  return {
    regions: report.regions,
    kinds: report.kinds,
    checked: report.checked,
    exitCode: exitCodeOf(report),
    rules: RULE_LIST.filter((r) => report.kinds.includes(r.kind)).map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      severity: r.severity,
      summary: r.summary,
      explanation: r.why,
    })),
    findings: report.findings.map((f) => {
      const rule = ruleById(f.ruleId);
      return { ruleId: f.ruleId, ruleName: rule.name, severity: rule.severity, ...withoutRuleId(f) };
    }),
    notChecked: report.notChecked,
  };
}

const withoutRuleId = <T extends { ruleId: string }>({ ruleId: _r, ...rest }: T): Omit<T, 'ruleId'> => rest;
