import type { BedrockApiKey, Finding } from '../model';
import { apiKeyRemediation } from '../remediation/account';
import { RULES } from './catalog';
import { type RuleContext, findingsOf } from './context';

const DAY_MS = 86_400_000;

/** A Bedrock API key has no ARN: this id names it (user and credential id) in findings and SARIF. */
const apiKeyResourceId = (key: BedrockApiKey): string =>
  `iam:${key.partition}:user/${key.UserName ?? '?'}/service-specific-credential/${key.ServiceSpecificCredentialId ?? '?'}`;

/** Every long-term Bedrock API key is reported, with its owner, age, status and expiry. */
export function checkApiKey(key: BedrockApiKey, ctx: RuleContext): Finding[] {
  const owner = key.UserName ?? '?';
  const age = key.CreateDate ? `${Math.floor((ctx.now.getTime() - key.CreateDate.getTime()) / DAY_MS)} days old (created ${key.CreateDate.toISOString().slice(0, 10)})` : 'of unknown age';
  const expiry = key.ExpirationDate ? `expires ${key.ExpirationDate.toISOString().slice(0, 10)}` : 'never expires';
  const label = key.ServiceCredentialAlias ?? key.ServiceSpecificCredentialId ?? '?';
  return findingsOf(
    { region: ctx.region, arn: apiKeyResourceId(key), name: `${owner}/${key.ServiceSpecificCredentialId ?? '?'}` },
    [[RULES.bedrockApiKey, `Bedrock API key ${label} of IAM user ${owner}: ${key.Status ?? 'unknown status'}, ${age}, ${expiry}.`]],
    () => apiKeyRemediation(key),
  );
}
