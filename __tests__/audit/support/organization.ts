import { BedrockClient, CreateGuardrailCommand, CreateModelCustomizationJobCommand, PutAccountDataRetentionCommand } from '@aws-sdk/client-bedrock';
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { CreateAccountCommand, CreateOrganizationCommand, DescribeCreateAccountStatusCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DUMMY_AWS_ENV, REPO } from './moto';

/**
 * An organization in one multi-account emulator (startEmulator({ multiAccount: true })): the caller's
 * account is its management account, member accounts are created through Organizations, and each is
 * seeded by requests carrying moto's x-moto-account-id header (how moto lets a test act inside an
 * account it holds no credentials for).
 */
export const MANAGEMENT = '123456789012';
export const AUDITOR_ROLE = 'bedrock-private-auditor';
export const EXTERNAL_ID = 'bedrock-audit-ext-1';
const CREDENTIALS = { accessKeyId: DUMMY_AWS_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: DUMMY_AWS_ENV.AWS_SECRET_ACCESS_KEY };

type Client = { middlewareStack: { add: (mw: (next: (args: never) => Promise<unknown>) => (args: { request: { headers: Record<string, string> } }) => Promise<unknown>, opts: { step: 'build' }) => void } };

/** A client of the emulator acting as `account`. */
function inAccount<C>(client: C, account: string): C {
  (client as unknown as Client).middlewareStack.add(
    (next) => (args) => {
      args.request.headers['x-moto-account-id'] = account;
      return next(args as never);
    },
    { step: 'build' },
  );
  return client;
}

export const bedrockIn = (endpoint: string, account: string, region: string): BedrockClient => inAccount(new BedrockClient({ region, endpoint, credentials: CREDENTIALS }), account);
const iamIn = (endpoint: string, account: string): IAMClient => inAccount(new IAMClient({ region: 'us-east-1', endpoint, credentials: CREDENTIALS }), account);

/** Creates the organization and `count` member accounts; returns the members' ids in creation order. */
export async function createOrganization(endpoint: string, names: readonly string[]): Promise<string[]> {
  const org = new OrganizationsClient({ region: 'us-east-1', endpoint, credentials: CREDENTIALS });
  await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  const ids: string[] = [];
  for (const name of names) {
    const { CreateAccountStatus } = await org.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }));
    const { CreateAccountStatus: status } = await org.send(new DescribeCreateAccountStatusCommand({ CreateAccountRequestId: CreateAccountStatus?.Id }));
    if (!status?.AccountId) throw new Error(`moto did not create account ${name}`);
    ids.push(status.AccountId);
  }
  org.destroy();
  return ids;
}

/**
 * The auditor role: catalog/auditor-policy.json as its only policy, trust requiring the external id. The
 * trust names the management account's root because the test calls as moto's default user; the emulator
 * checks the role's existence and external id (gap 10), not the principal (the shipped trust names roles:
 * modules/auditor, proved by iam-simulate in auditor-role.test.ts).
 */
export async function createAuditorRole(endpoint: string, account: string): Promise<void> {
  const iam = iamIn(endpoint, account);
  const trust = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${MANAGEMENT}:root` }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': EXTERNAL_ID } } }],
  };
  await iam.send(new CreateRoleCommand({ RoleName: AUDITOR_ROLE, AssumeRolePolicyDocument: JSON.stringify(trust) }));
  const policy = readFileSync(join(REPO, 'catalog', 'auditor-policy.json'), 'utf8');
  await iam.send(new PutRolePolicyCommand({ RoleName: AUDITOR_ROLE, PolicyName: 'auditor', PolicyDocument: policy }));
  iam.destroy();
}

/** A customization job with neither VPC nor key (BRP001, BRP003). */
export async function seedPublicJob(endpoint: string, account: string, region: string, name: string): Promise<void> {
  const bedrock = bedrockIn(endpoint, account, region);
  await bedrock.send(
    new CreateModelCustomizationJobCommand({
      jobName: name,
      customModelName: `${name}-model`,
      roleArn: `arn:aws:iam::${account}:role/customization`,
      baseModelIdentifier: 'amazon.titan-text-lite-v1:0:4k',
      trainingDataConfig: { s3Uri: `s3://train-${account}/${name}.jsonl` },
      outputDataConfig: { s3Uri: `s3://out-${account}/` },
      hyperParameters: { epochCount: '1' },
    }),
  );
  bedrock.destroy();
}

/** A guardrail that blocks prompt attacks at HIGH and masks e-mail addresses (passes BRP025-BRP027). */
export async function seedGuardrail(endpoint: string, account: string, region: string, strong = true): Promise<void> {
  const bedrock = bedrockIn(endpoint, account, region);
  await bedrock.send(
    new CreateGuardrailCommand({
      name: strong ? 'baseline' : 'weak',
      blockedInputMessaging: 'blocked',
      blockedOutputsMessaging: 'blocked',
      contentPolicyConfig: { filtersConfig: [{ type: 'PROMPT_ATTACK', inputStrength: strong ? 'HIGH' : 'LOW', outputStrength: 'NONE' }] },
      ...(strong && { sensitiveInformationPolicyConfig: { piiEntitiesConfig: [{ type: 'EMAIL', action: 'ANONYMIZE' }] } }),
    }),
  );
  bedrock.destroy();
}

export async function seedDataRetention(endpoint: string, account: string, mode: 'provider_data_share' | 'none'): Promise<void> {
  const bedrock = bedrockIn(endpoint, account, 'us-east-1');
  await bedrock.send(new PutAccountDataRetentionCommand({ mode }));
  bedrock.destroy();
}
