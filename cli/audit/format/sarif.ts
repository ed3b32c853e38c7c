import type { AuditReport } from '../model';
import { RULE_LIST, type RuleInfo } from '../rules/catalog';

const TOOL_NAME = 'bedrock-private-audit';

/** SARIF result level of a severity (code scanning shows "error" for high, "warning" for medium). */
const SARIF_LEVEL = { high: 'error', medium: 'warning' } as const;

/** GitHub code scanning ranks security results by this score: 7.0+ is "high", 4.0-6.9 "medium". */
const SECURITY_SEVERITY = { high: '8.0', medium: '5.0' } as const;

function ruleDescriptor(r: RuleInfo) {
  const help = `${r.why} Each result carries the exact command that fixes it in properties.remediation.`;
  return {
    id: r.id,
    name: r.name,
    shortDescription: { text: r.summary },
    fullDescription: { text: r.why },
    help: { text: help, markdown: `**${r.summary}** (${r.severity}, ${r.kind})\n\n${help}` },
    defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
    properties: { tags: ['security', 'bedrock', r.kind], severity: r.severity, 'security-severity': SECURITY_SEVERITY[r.severity] },
  };
}

/**
 * SARIF 2.1.0 for code-scanning dashboards. Cloud resources have no file, so each result's location
 * is the resource ARN: as a logical location (kind "resource") and as the artifact URI, which is
 * what dashboards that require a physical location group and de-duplicate on. The driver lists the
 * whole catalogue, so rule indexes stay the same whatever --kinds a run used.
 */
export function formatSarif(report: AuditReport, toolVersion: string): string {
  return sarifLog([sarifRunOf(report, toolVersion)]);
}

/** A SARIF 2.1.0 log of the given runs (an organization run has one per account). */
export function sarifLog(runs: readonly object[]): string {
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }, null, 2) + '\n';
}

/** The tool descriptor every run carries: the whole catalogue, so rule indexes never depend on --kinds. */
export const sarifTool = (toolVersion: string) => ({ driver: { name: TOOL_NAME, version: toolVersion, rules: RULE_LIST.map(ruleDescriptor) } });

/** One run: one audited account's results. */
export function sarifRunOf(report: AuditReport, toolVersion: string, extra: object = {}) {
  const ruleIndex = new Map(RULE_LIST.map((r, i) => [r.id, i]));
  return {
    ...extra,
    tool: sarifTool(toolVersion),
    invocations: [
      {
        executionSuccessful: report.notChecked.length === 0,
        toolExecutionNotifications: report.notChecked.map((n) => ({
          level: 'error',
          message: { text: `Not checked: ${n.resource}: ${n.reason}` },
          locations: [{ logicalLocations: [{ fullyQualifiedName: n.resource, kind: 'resource' }] }],
          properties: { region: n.region, resourceType: n.kind },
        })),
        properties: { kinds: report.kinds, regions: report.regions },
      },
    ],
    results: report.findings.map((f) => {
      const index = ruleIndex.get(f.ruleId) ?? 0;
      const rule = RULE_LIST[index];
      return {
        ruleId: f.ruleId,
        ruleIndex: index,
        level: SARIF_LEVEL[rule.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: f.resourceArn } },
            logicalLocations: [{ name: f.resourceName, fullyQualifiedName: f.resourceArn, kind: 'resource' }],
          },
        ],
        partialFingerprints: { 'resourceArn/v1': `${f.ruleId}:${f.resourceArn}` },
        properties: { region: f.region, resourceType: f.kind, severity: rule.severity, remediation: f.remediation },
      };
    }),
  };
}
