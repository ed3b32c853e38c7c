import { type OrganizationsClient, paginateListAccounts } from '@aws-sdk/client-organizations';

/** A member account to audit: its id and, when Organizations named it, its name. */
export interface MemberAccount {
  readonly id: string;
  readonly name?: string;
}

/**
 * Every active member account of the caller's organization (ListAccounts, paged by the SDK's
 * paginator). Suspended and closing accounts are left out: no role can be assumed into them.
 * Needs organizations:ListAccounts in the management account or a delegated administrator.
 */
export async function listOrganizationAccounts(client: OrganizationsClient): Promise<MemberAccount[]> {
  const accounts: MemberAccount[] = [];
  for await (const page of paginateListAccounts({ client, pageSize: 20 }, {})) {
    for (const a of page.Accounts ?? []) {
      const active = (a.State ?? a.Status) === 'ACTIVE';
      if (a.Id && active) accounts.push({ id: a.Id, ...(a.Name && { name: a.Name }) });
    }
  }
  return accounts.sort((x, y) => x.id.localeCompare(y.id));
}
