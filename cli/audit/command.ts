import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_USAGE, parseAuditArgs } from './args';
import { runAudit } from './audit';
import { createBedrockClient } from './client';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatTable } from './format/table';
import { exitCodeOf } from './model';
import { terminalProgress } from './progress';

function toolVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
  return (pkg as { version?: string }).version ?? '0.0.0';
}

/** `bedrock-private audit`: parses flags, audits every region, prints the report, returns the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  const parsed = parseAuditArgs(argv);
  if (parsed.help) {
    process.stdout.write(AUDIT_USAGE + '\n');
    return 0;
  }
  const o = parsed.options;
  const progress = terminalProgress(process.stderr);
  const report = await runAudit({
    regions: o.regions,
    clientFor: (region) => createBedrockClient({ region, profile: o.profile, endpointUrl: o.endpointUrl }),
    expected: o.expected,
    since: o.since,
    concurrency: o.concurrency,
    onProgress: progress.onProgress,
  }).finally(progress.done);
  const text =
    o.format === 'json' ? formatJson(report) : o.format === 'sarif' ? formatSarif(report, toolVersion()) : formatTable(report);
  process.stdout.write(text);
  return exitCodeOf(report);
}
