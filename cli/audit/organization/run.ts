import type { BedrockClient } from '@aws-sdk/client-bedrock';
import type { BedrockAgentCoreControlClient } from '@aws-sdk/client-bedrock-agentcore-control';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { STSClient } from '@aws-sdk/client-sts';
import { type AuditOptions, runAudit } from '../audit';
import { failureReason } from '../collectors/context';
import { type AuditReport, exitCodeOf } from '../model';
import { createLimiter } from '../pool';
import type { MemberAccount } from './accounts';
import { type AuditorRole, type Credentials, assumeAuditorRole, auditorRoleArn } from './assume';

/** One account's part of an organization run: its report, or why it was not checked at all. */
export type AccountOutcome =
  | { readonly account: MemberAccount; readonly report: AuditReport }
  | { readonly account: MemberAccount; readonly notChecked: string };

export interface OrganizationReport {
  readonly regions: readonly string[];
  readonly roleArnPattern: string;
  /** In account-id order, whatever order they finished in. */
  readonly accounts: readonly AccountOutcome[];
}

/** The clients of one member account, signed with its auditor session. */
export interface AccountClients {
  readonly bedrock: (region: string) => BedrockClient;
  readonly iam: (region: string) => IAMClient;
  readonly agentCore: (region: string) => BedrockAgentCoreControlClient;
}

export interface OrganizationAuditOptions extends Omit<AuditOptions, 'clientFor' | 'iamClientFor' | 'agentCoreClientFor'> {
  readonly accounts: readonly MemberAccount[];
  readonly role: AuditorRole;
  readonly sts: STSClient;
  /** Builds an account's clients from its credentials. */
  readonly clientsFor: (credentials: Credentials) => AccountClients;
  /** Accounts audited at once; each has its own bound of `concurrency` calls in flight. */
  readonly accountConcurrency: number;
}

/**
 * Audits every account through its auditor role. Accounts run `accountConcurrency` at a time; within
 * one, calls are bounded by `concurrency` (the account) and `regionConcurrency` (each region). An account
 * whose role cannot be assumed is "not checked" with the reason; the others complete regardless.
 */
export async function runOrganizationAudit(options: OrganizationAuditOptions): Promise<OrganizationReport> {
  const { accounts, role, sts, clientsFor, accountConcurrency, ...audit } = options;
  const limitAccounts = createLimiter(accountConcurrency);
  const organizationAccountIds = accounts.map((a) => a.id);
  const one = async (account: MemberAccount): Promise<AccountOutcome> => {
    let credentials: Credentials;
    try {
      credentials = await assumeAuditorRole(sts, account.id, role);
    } catch (err) {
      return { account, notChecked: `cannot assume ${auditorRoleArn(account.id, role)}: ${failureReason(err).replace(/; grant the actions in catalog\/auditor-policy\.json$/, '')}` };
    }
    const clients = clientsFor(credentials);
    const report = await runAudit({
      ...audit,
      expected: { ...audit.expected, organizationAccountIds },
      clientFor: clients.bedrock,
      iamClientFor: clients.iam,
      agentCoreClientFor: clients.agentCore,
    });
    return { account, report };
  };
  const ordered = [...accounts].sort((a, b) => a.id.localeCompare(b.id));
  const outcomes = await Promise.all(ordered.map((account) => limitAccounts(() => one(account))));
  return { regions: audit.regions, roleArnPattern: auditorRoleArn('<account>', role), accounts: outcomes };
}

/** 2 if any account (or anything in one) was not checked, else 1 if any finding, else 0. */
export function organizationExitCode(report: OrganizationReport): 0 | 1 | 2 {
  const codes = report.accounts.map((a) => ('report' in a ? exitCodeOf(a.report) : 2));
  return codes.includes(2) ? 2 : codes.includes(1) ? 1 : 0;
}
