import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './moto';

/** One row of the side-by-side table in help/audit.md ("Side by side with Prowler"). */
export interface ComparisonRow {
  /** Prowler's check id, or undefined where Prowler 5.46 has no check for it. */
  readonly check?: string;
  readonly region: string;
  /** What the finding is about, named the same for both tools, e.g. "guardrail weak", "region eu-west-1". */
  readonly subject: string;
  /** Prowler's status on the seeded account: FAIL, PASS, or undefined (no check). */
  readonly prowler?: 'FAIL' | 'PASS';
  /** The audit's rule, or undefined where the audit has none. */
  readonly rule?: string;
  /** Whether the audit makes the finding (FAIL) on the seeded account. */
  readonly audit: boolean;
}

const START = '<!-- prowler-comparison:start -->';
const END = '<!-- prowler-comparison:end -->';
const NONE = '—';
const unquote = (cell: string): string => cell.replace(/^`|`$/g, '');

/** The table between the markers in help/audit.md, one entry per data row. */
export function comparisonTable(file = join(REPO, 'help', 'audit.md')): ComparisonRow[] {
  const text = readFileSync(file, 'utf8');
  const block = text.slice(text.indexOf(START) + START.length, text.indexOf(END));
  if (!text.includes(START) || !text.includes(END)) throw new Error(`${file}: the comparison table markers are missing`);
  const rows = block.split('\n').filter((l) => l.startsWith('|')).slice(2);
  return rows.map((line) => {
    const [check, region, subject, prowler, rule, audit] = line.split('|').slice(1, -1).map((c) => c.trim());
    if (!['FAIL', 'PASS', 'no check'].includes(prowler) || !['FAIL', 'no rule', 'no finding'].includes(audit)) throw new Error(`help/audit.md: unreadable comparison row: ${line}`);
    return {
      ...(check !== NONE && { check: unquote(check) }),
      region,
      subject,
      ...(prowler !== 'no check' && { prowler: prowler as 'FAIL' | 'PASS' }),
      ...(rule !== NONE && { rule }),
      audit: audit === 'FAIL',
    };
  });
}

/** The audit's findings, named as the table names subjects. */
export function auditSubject(f: { readonly kind: string; readonly region: string; readonly resourceArn: string; readonly resourceName: string }): string {
  switch (f.kind) {
    case 'custom-model':
      return `custom model ${f.resourceName}`;
    case 'model-customization-job':
      return `customization job ${f.resourceName}`;
    case 'guardrail':
      return f.resourceArn.includes(':guardrail/') ? `guardrail ${f.resourceName}` : `region ${f.region}`;
    case 'invocation-logging':
      return `region ${f.region}`;
    case 'data-retention':
      return 'account';
    case 'agentcore-runtime':
      return `AgentCore runtime ${f.resourceName}`;
    default:
      return `${f.kind} ${f.resourceName}`;
  }
}

/** Prowler's OCSF findings, named as the table names subjects. */
export interface OcsfFinding {
  readonly status_code: string;
  readonly metadata: { readonly event_code: string };
  readonly resources: readonly { readonly uid: string; readonly region: string; readonly name?: string; readonly data?: { readonly metadata?: { readonly name?: string } } }[];
}

export function prowlerSubject(f: OcsfFinding): string {
  const [r] = f.resources;
  if (r.uid.endsWith(':guardrails') || r.uid.endsWith(':model-invocation-logging')) return `region ${r.region}`;
  if (r.uid.includes(':guardrail/')) return `guardrail ${r.data?.metadata?.name ?? r.name ?? r.uid}`;
  if (r.uid.includes(':custom-model/')) return `custom model ${r.name ?? r.uid}`;
  return r.uid;
}
