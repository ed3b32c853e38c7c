import { UsageError } from '../../shared/usage-error';

/** The auditor role's name when --role-name is not given: the name the auditor-role module gives it. */
export const DEFAULT_AUDITOR_ROLE = 'bedrock-private-auditor';
export const DEFAULT_ACCOUNT_CONCURRENCY = 4;
const MAX_ACCOUNT_CONCURRENCY = 32;

/** What to audit beyond the caller's own account (issue 21, item 5). */
export interface OrganizationScope {
  /** Explicit account ids (--accounts), or the organization's active accounts (--organization). */
  readonly accounts: readonly string[] | 'organization';
  readonly roleName: string;
  readonly externalId?: string;
  readonly accountConcurrency: number;
}

interface Flags {
  readonly accounts?: readonly string[];
  readonly organization?: boolean;
  readonly 'role-name'?: string;
  readonly 'external-id'?: string;
  readonly 'account-concurrency'?: string;
  readonly 'expect-from'?: string;
}

const ACCOUNT_ID = /^\d{12}$/;
/** IAM role names: 1-64 of [\w+=,.@-] (IAM API Reference, CreateRole RoleName). */
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
/** sts:ExternalId: 2-1224 of [\w+=,.@:/-] (STS API Reference, AssumeRole ExternalId). */
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;

/** The organization flags, checked together; undefined for a one-account run. */
export function parseOrganizationScope(v: Flags): OrganizationScope | undefined {
  const multi = v.accounts !== undefined || v.organization === true;
  if (!multi) {
    const stray = (['role-name', 'external-id', 'account-concurrency'] as const).find((f) => v[f] !== undefined);
    if (stray) throw new UsageError(`--${stray} applies to a run over several accounts: pass --accounts <ids> or --organization too.`);
    return undefined;
  }
  if (v.accounts !== undefined && v.organization === true) {
    throw new UsageError('--accounts and --organization both choose the accounts: pass one (--organization lists every active account of the organization).');
  }
  if (v['expect-from'] !== undefined) {
    throw new UsageError('--expect-from describes one environment; an organization run checks every account for what needs no stack outputs (VPC, customer-managed keys, logging, guardrails). Audit an environment on its own with --expect-from.');
  }
  const roleName = v['role-name'] ?? DEFAULT_AUDITOR_ROLE;
  if (!ROLE_NAME.test(roleName)) throw new UsageError(`--role-name "${roleName}": not an IAM role name; use e.g. ${DEFAULT_AUDITOR_ROLE}.`);
  const externalId = v['external-id'];
  if (externalId !== undefined && !EXTERNAL_ID.test(externalId)) {
    throw new UsageError(`--external-id "${externalId}": use 2 to 1224 letters, digits or +=,.@:/- (the value the auditor role's trust policy names).`);
  }
  const concurrency = v['account-concurrency'] ?? String(DEFAULT_ACCOUNT_CONCURRENCY);
  const n = Number(concurrency);
  if (!/^\d+$/.test(concurrency) || n < 1 || n > MAX_ACCOUNT_CONCURRENCY) {
    throw new UsageError(`--account-concurrency "${concurrency}": use a whole number from 1 to ${MAX_ACCOUNT_CONCURRENCY}.`);
  }
  let accounts: readonly string[] | 'organization' = 'organization';
  if (v.accounts !== undefined) {
    const ids = v.accounts.flatMap((a) => a.split(',')).map((a) => a.trim()).filter((a) => a.length > 0);
    const bad = ids.find((id) => !ACCOUNT_ID.test(id));
    if (ids.length === 0 || bad !== undefined) throw new UsageError(`--accounts "${bad ?? v.accounts.join(',')}": expected comma-separated 12-digit account ids like 111122223333.`);
    accounts = [...new Set(ids)];
  }
  return { accounts, roleName, ...(externalId !== undefined && { externalId }), accountConcurrency: n };
}
