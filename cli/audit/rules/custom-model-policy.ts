import type { CustomModelPolicy, Finding } from '../model';
import { modelPolicyRemediation } from '../remediation/governance';
import { RULES } from './catalog';
import { type RuleContext, findingsOf } from './context';

interface Statement {
  readonly Effect?: string;
  readonly Principal?: unknown;
  readonly Condition?: Record<string, Record<string, unknown>>;
}

/** Condition keys that confine a statement to the organization (or part of it). */
const ORG_KEYS = ['aws:principalorgid', 'aws:principalorgpaths'];

const accountOf = (arn: string): string | undefined => /^\d{12}$/.exec(arn)?.[0] ?? /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1];

/** The AWS principals of a statement; service principals are AWS itself and share with no account. */
function awsPrincipals(principal: unknown): string[] {
  if (principal === '*') return ['*'];
  const aws = (principal as { AWS?: unknown } | undefined)?.AWS;
  if (aws === undefined) return [];
  return (Array.isArray(aws) ? aws : [aws]).map(String);
}

const confinedToOrganization = (s: Statement): boolean =>
  Object.values(s.Condition ?? {}).some((byKey) => Object.keys(byKey).some((k) => ORG_KEYS.includes(k.toLowerCase())));

/** The principals an Allow statement opens the model to outside the owning account and the known organization. */
export function outsiders(policy: string, owner: string, organization: readonly string[]): string[] {
  const doc = JSON.parse(policy) as { Statement?: Statement | Statement[] };
  const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  return statements
    .filter((s) => s.Effect === 'Allow' && !confinedToOrganization(s))
    .flatMap((s) => awsPrincipals(s.Principal))
    .filter((p) => {
      const account = p === '*' ? undefined : accountOf(p);
      return account === undefined || (account !== owner && !organization.includes(account));
    });
}

/** A custom model's resource policy must not share the model beyond the account and its organization. */
export function checkCustomModelPolicy(item: CustomModelPolicy, ctx: RuleContext): Finding[] {
  const owner = /^arn:[^:]+:bedrock:[^:]*:(\d{12}):/.exec(item.modelArn)?.[1] ?? '';
  let shared: string[];
  try {
    shared = outsiders(item.resourcePolicy, owner, ctx.expected.organizationAccountIds ?? []);
  } catch {
    shared = [`<unreadable policy>`];
  }
  return findingsOf(
    { region: ctx.region, arn: item.modelArn, name: item.modelName },
    [shared.length === 0 ? undefined : [RULES.customModelSharedOutsideOrg, `Custom model ${item.modelName}'s resource policy allows ${shared.join(', ')} without an aws:PrincipalOrgID condition.`]],
    () => modelPolicyRemediation(ctx.region, item),
  );
}
