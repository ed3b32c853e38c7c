import type { AuditReport } from '../model';
import { exitCodeOf } from '../model';

/** Stable machine-readable report; `schemaVersion` changes only on breaking changes. */
export function formatJson(report: AuditReport): string {
  return JSON.stringify(
    {
      schemaVersion: 1,
      regions: report.regions,
      checked: report.checked,
      exitCode: exitCodeOf(report),
      findings: report.findings,
      notChecked: report.notChecked,
    },
    null,
    2,
  ) + '\n';
}
