import { AUDIT_USAGE, parseAuditArgs } from './args';
import { runAudit } from './audit';
import { createAgentCoreClient, createBedrockClient, createIamClient } from './client';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatSummary } from './format/summary';
import { formatTable } from './format/table';
import { exitCodeOf } from './model';
import { terminalProgress } from './progress';
import { packageVersion } from '../shared/package-version';
import { formatOrganizationJson, formatOrganizationSarif, formatOrganizationSummary, formatOrganizationTable } from './format/organization';
import { auditOrganization } from './organization/command';
import { organizationExitCode } from './organization/run';

/** `bedrock-private audit`: parses flags, audits every region, prints the report, returns the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  const parsed = parseAuditArgs(argv);
  if (parsed.help) {
    process.stdout.write(AUDIT_USAGE + '\n');
    return 0;
  }
  const o = parsed.options;
  const progress = terminalProgress(process.stderr);
  if (o.organization !== undefined) {
    const report = await auditOrganization(o, o.organization, progress.onProgress).finally(progress.done);
    if (o.format === 'table') {
      process.stdout.write(o.summary ? formatOrganizationSummary(report) : formatOrganizationTable(report));
    } else {
      process.stdout.write(o.format === 'json' ? formatOrganizationJson(report) : formatOrganizationSarif(report, packageVersion()));
      if (o.summary) process.stderr.write(formatOrganizationSummary(report));
    }
    return organizationExitCode(report);
  }
  const report = await runAudit({
    regions: o.regions,
    kinds: o.kinds,
    clientFor: (region) => createBedrockClient({ region, profile: o.profile, endpointUrl: o.endpointUrl }),
    iamClientFor: (region) => createIamClient({ region, profile: o.profile }),
    agentCoreClientFor: (region) => createAgentCoreClient({ region, profile: o.profile }),
    expected: o.expected,
    since: o.since,
    concurrency: o.concurrency,
    ...(o.regionConcurrency !== undefined && { regionConcurrency: o.regionConcurrency }),
    onProgress: progress.onProgress,
  }).finally(progress.done);
  if (o.format === 'table') {
    process.stdout.write(o.summary ? formatSummary(report) : formatTable(report));
  } else {
    process.stdout.write(o.format === 'json' ? formatJson(report) : formatSarif(report, packageVersion()));
    // stdout holds the machine-readable report; the status line goes to the log beside it.
    if (o.summary) process.stderr.write(formatSummary(report));
  }
  return exitCodeOf(report);
}
