import { type IAMClient, ListServiceSpecificCredentialsCommand, type ListServiceSpecificCredentialsCommandOutput } from '@aws-sdk/client-iam';
import type { BedrockApiKey } from '../model';
import { type AccountCollectContext, type Collected, PAGE_SIZE } from './context';
import { listOnly } from './list-then-get';
import { BEDROCK_SERVICE_PRINCIPAL } from '../../../catalog/bedrock-services';

/**
 * Pages ListServiceSpecificCredentials by Marker. The SDK ships no paginator for this operation,
 * so this is the paginator it would generate: request, yield, follow Marker while IsTruncated.
 */
async function* credentialPages(iam: IAMClient): AsyncGenerator<ListServiceSpecificCredentialsCommandOutput> {
  let marker: string | undefined;
  do {
    // AllUsers lists every user's keys in one paginated call (UserName must then be absent): no
    // ListUsers and no call per user, so the auditor needs one IAM action and the cost is pages, not users.
    const page = await iam.send(new ListServiceSpecificCredentialsCommand({ ServiceName: BEDROCK_SERVICE_PRINCIPAL, AllUsers: true, MaxItems: PAGE_SIZE, Marker: marker }));
    yield page;
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
}

/** Every Bedrock API key in the partition, with owner and dates; --since keeps keys created after it. */
export function collectApiKeys(ctx: AccountCollectContext): Promise<Collected<BedrockApiKey>> {
  const { since, partition } = ctx;
  return listOnly(ctx, {
    kind: 'bedrock-api-key',
    listingLabel: partition === 'aws' ? 'Bedrock API keys (IAM)' : `Bedrock API keys (IAM, ${partition})`,
    pages: credentialPages(ctx.iam),
    // The API has no time filter, so --since is applied here.
    summaries: (page) =>
      (page.ServiceSpecificCredentials ?? [])
        .filter((c) => since === undefined || (c.CreateDate !== undefined && c.CreateDate > since))
        .map((c) => ({ ...c, partition })),
  });
}
