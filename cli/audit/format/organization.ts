import type { AccountOutcome, OrganizationReport } from '../organization/run';
import { organizationExitCode } from '../organization/run';
import { jsonReportOf } from './json';
import { sarifLog, sarifRunOf, sarifTool } from './sarif';
import { formatSummary } from './summary';
import { formatTable } from './table';

const label = ({ account }: AccountOutcome): string => (account.name ? `${account.id} (${account.name})` : account.id);
const STATUS = { 0: 'COMPLIANT', 1: 'FINDINGS', 2: 'INCOMPLETE' } as const;

/** The table of each account under its own heading, then one line for the organization. */
export function formatOrganizationTable(report: OrganizationReport): string {
  const out: string[] = [];
  for (const outcome of report.accounts) {
    out.push(`=== Account ${label(outcome)} ===`);
    out.push('report' in outcome ? formatTable(outcome.report) : `NOT CHECKED: ${outcome.notChecked}\n`);
  }
  out.push(organizationLine(report));
  return out.join('\n');
}

function organizationLine(report: OrganizationReport): string {
  const notChecked = report.accounts.filter((a) => !('report' in a)).length;
  const withFindings = report.accounts.filter((a) => 'report' in a && a.report.findings.length > 0).length;
  return `Organization: ${report.accounts.length} account(s) in ${report.regions.join(', ')}: ${withFindings} with findings, ${notChecked} not checked (role ${report.roleArnPattern}).\n`;
}

/** One status line per account (as for one account, prefixed by the account), then the organization's. */
export function formatOrganizationSummary(report: OrganizationReport): string {
  const lines = report.accounts.map((a) =>
    'report' in a ? `account=${a.account.id} ${formatSummary(a.report)}` : `account=${a.account.id} bedrock-private audit: INCOMPLETE exit=2 not_checked=account reason=${JSON.stringify(a.notChecked)}\n`,
  );
  const exit = organizationExitCode(report);
  const notChecked = report.accounts.filter((a) => !('report' in a)).length;
  const findings = report.accounts.reduce((n, a) => n + ('report' in a ? a.report.findings.length : 0), 0);
  lines.push(`bedrock-private audit: ${STATUS[exit]} exit=${exit} accounts=${report.accounts.length} accounts_not_checked=${notChecked} findings=${findings} regions=${report.regions.join(',')}\n`);
  return lines.join('');
}

/** JSON grouped by account: each checked account carries the single-account report's fields. */
export function formatOrganizationJson(report: OrganizationReport): string {
  return (
    JSON.stringify(
      {
        schemaVersion: 1,
        regions: report.regions,
        exitCode: organizationExitCode(report),
        accounts: report.accounts.map((a) =>
          'report' in a
            ? { accountId: a.account.id, ...(a.account.name && { accountName: a.account.name }), status: 'checked', ...jsonReportOf(a.report) }
            : { accountId: a.account.id, ...(a.account.name && { accountName: a.account.name }), status: 'not-checked', exitCode: 2, reason: a.notChecked },
        ),
      },
      null,
      2,
    ) + '\n'
  );
}

/**
 * SARIF with one run per account. automationDetails.id names the account, so code scanning keeps
 * each account's results apart (its "category"); an account that was not checked is a run whose
 * invocation failed, with the reason as its notification, and no results.
 */
export function formatOrganizationSarif(report: OrganizationReport, toolVersion: string): string {
  return sarifLog(
    report.accounts.map((a) => {
      const identity = { automationDetails: { id: `bedrock-private-audit/${a.account.id}/` }, properties: { accountId: a.account.id, ...(a.account.name && { accountName: a.account.name }) } };
      if ('report' in a) return sarifRunOf(a.report, toolVersion, identity);
      return {
        ...identity,
        tool: sarifTool(toolVersion),
        invocations: [{ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: `Not checked: account ${a.account.id}: ${a.notChecked}` } }] }],
        results: [],
      };
    }),
  );
}

