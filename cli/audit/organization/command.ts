import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { BEDROCK_REGIONS, isBedrockRegion } from '../../../catalog/bedrock-regions';
import type { AuditCommandOptions } from '../args';
import { DEFAULT_MAX_ATTEMPTS, createAgentCoreClient, createBedrockClient, createIamClient } from '../client';
import type { ProgressEvent } from '../collectors/context';
import type { OrganizationScope } from './args';
import { type MemberAccount, listOrganizationAccounts } from './accounts';
import { type OrganizationReport, runOrganizationAudit } from './run';

/** Where Organizations answers for a partition (it is a global service with one endpoint region). */
const ORGANIZATIONS_REGION = { aws: 'us-east-1', 'aws-us-gov': 'us-gov-west-1' } as const;

/**
 * The organization run as the CLI makes it: the caller's credentials (profile or default chain) list
 * the accounts and call STS; every account's clients are signed with its auditor session.
 */
export async function auditOrganization(o: AuditCommandOptions, scope: OrganizationScope, onProgress?: (e: ProgressEvent) => void): Promise<OrganizationReport> {
  const first = o.regions[0];
  const partition = isBedrockRegion(first) ? BEDROCK_REGIONS[first].partition : 'aws';
  const common = { ...(o.profile !== undefined && { profile: o.profile }), retryMode: 'adaptive', maxAttempts: DEFAULT_MAX_ATTEMPTS };
  const sts = new STSClient({ region: first, ...common });
  let accounts: readonly MemberAccount[];
  if (scope.accounts === 'organization') {
    const organizations = new OrganizationsClient({ region: ORGANIZATIONS_REGION[partition], ...common });
    accounts = await listOrganizationAccounts(organizations).finally(() => organizations.destroy());
  } else {
    accounts = scope.accounts.map((id) => ({ id }));
  }
  try {
    return await runOrganizationAudit({
      accounts,
      role: { roleName: scope.roleName, partition, ...(scope.externalId !== undefined && { externalId: scope.externalId }) },
      sts,
      accountConcurrency: scope.accountConcurrency,
      clientsFor: (credentials) => ({
        bedrock: (region) => createBedrockClient({ region, credentials, endpointUrl: o.endpointUrl }),
        iam: (region) => createIamClient({ region, credentials }),
        agentCore: (region) => createAgentCoreClient({ region, credentials }),
      }),
      regions: o.regions,
      kinds: o.kinds,
      expected: o.expected,
      since: o.since,
      concurrency: o.concurrency,
      ...(o.regionConcurrency !== undefined && { regionConcurrency: o.regionConcurrency }),
      onProgress,
    });
  } finally {
    sts.destroy();
  }
}
