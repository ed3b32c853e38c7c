import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts';
import type { BedrockClientConfig } from '@aws-sdk/client-bedrock';

export type Credentials = NonNullable<BedrockClientConfig['credentials']>;

export interface AuditorRole {
  /** The role's name in every member account (the auditor role module's output; --role-name). */
  readonly roleName: string;
  /** sts:ExternalId the role's trust policy requires, if it requires one (--external-id). */
  readonly externalId?: string;
  /** ARN partition of the audited regions. */
  readonly partition: string;
}

/** Session name CloudTrail records for every call the audit makes in a member account. */
const SESSION_NAME = 'bedrock-private-audit';
/** Refresh a minute before expiry, so a long audit never sends an expired signature. */
const REFRESH_MS = 60_000;

/** The ARN of the auditor role in one account. */
export const auditorRoleArn = (accountId: string, role: AuditorRole): string => `arn:${role.partition}:iam::${accountId}:role/${role.roleName}`;

/**
 * Assumes the auditor role in one account once (so a denied role is known before any Bedrock call),
 * then hands out a credential provider that assumes it again shortly before the session expires.
 */
export async function assumeAuditorRole(sts: STSClient, accountId: string, role: AuditorRole): Promise<Credentials> {
  const assume = async () => {
    const { Credentials: c } = await sts.send(
      new AssumeRoleCommand({ RoleArn: auditorRoleArn(accountId, role), RoleSessionName: SESSION_NAME, ...(role.externalId !== undefined && { ExternalId: role.externalId }) }),
    );
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error(`AssumeRole into ${accountId} returned no credentials`);
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, ...(c.Expiration && { expiration: c.Expiration }) };
  };
  let current = await assume();
  return async () => {
    if (current.expiration !== undefined && current.expiration.getTime() - Date.now() < REFRESH_MS) current = await assume();
    return current;
  };
}
