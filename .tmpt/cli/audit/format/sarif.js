"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatSarif = formatSarif;
const catalog_1 = require("../rules/catalog");
const TOOL_NAME = 'bedrock-private-audit';
/**
 * SARIF 2.1.0 for code-scanning dashboards. Cloud resources have no file, so each result's location
 * is the resource ARN: as a logical location (kind "resource") and as the artifact URI, which is
 * what dashboards that require a physical location group and de-duplicate on.
 */
function formatSarif(report, toolVersion) {
    const ruleIndex = new Map(catalog_1.RULE_LIST.map((r, i) => [r.id, i]));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: toolVersion,
                        rules: catalog_1.RULE_LIST.map((r) => ({
                            id: r.id,
                            name: r.name,
                            shortDescription: { text: r.summary },
                            fullDescription: { text: r.why },
                            help: { text: `${r.why} Each result carries the exact re-create command in properties.remediation.` },
                            defaultConfiguration: { level: r.level },
                            properties: { tags: ['security', 'bedrock'] },
                        })),
                    },
                },
                invocations: [
                    {
                        executionSuccessful: report.notChecked.length === 0,
                        toolExecutionNotifications: report.notChecked.map((n) => ({
                            level: 'error',
                            message: { text: `Not checked: ${n.resource}: ${n.reason}` },
                            locations: [{ logicalLocations: [{ fullyQualifiedName: n.resource, kind: 'resource' }] }],
                            properties: { region: n.region, resourceType: n.kind },
                        })),
                    },
                ],
                results: report.findings.map((f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: ruleIndex.get(f.ruleId),
                    level: catalog_1.RULE_LIST[ruleIndex.get(f.ruleId) ?? 0].level,
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: { artifactLocation: { uri: f.resourceArn } },
                            logicalLocations: [{ name: f.resourceName, fullyQualifiedName: f.resourceArn, kind: 'resource' }],
                        },
                    ],
                    partialFingerprints: { 'resourceArn/v1': `${f.ruleId}:${f.resourceArn}` },
                    properties: { region: f.region, resourceType: f.kind, remediation: f.remediation },
                })),
            },
        ],
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}
