import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Testing } from '../../framework';
import { BEDROCK_SERVICE_NAMES } from '../../catalog/bedrock-services';
import { buildApp } from '../../stacks/app';
import { REPORT_JSON } from '../../rules/guardrails';
import type { GuardrailsReport } from '../../rules/report';
import { expectInterfaceEndpoint } from '../helpers/endpoints';
import { policyOf, resourceAt, resources, synthEnv, testEnv } from '../helpers/synth';

/**
 * The opt-in services of catalog/bedrock-services.ts, each synthesized as the four of seed 004 are:
 * same AZ filter, private DNS and plan-time checks, and its own exact policy. The expected action
 * lists are written out here (sorted, as the policy holds them), so a change to the table shows up
 * as a change to this specification.
 */

const OPT_IN: Record<string, string[]> = {
  'bedrock-mantle': [
    'bedrock-mantle:CancelInference',
    'bedrock-mantle:CountTokens',
    'bedrock-mantle:CreateInference',
    'bedrock-mantle:GetInference',
    'bedrock-mantle:GetModel',
    'bedrock-mantle:GetProject',
    'bedrock-mantle:ListModels',
    'bedrock-mantle:ListProjects',
  ],
  'bedrock-runtime-fips': ['bedrock:ApplyGuardrail', 'bedrock:CountTokens', 'bedrock:GetAsyncInvoke', 'bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream', 'bedrock:ListAsyncInvokes'],
  'bedrock-agentcore': [
    'bedrock-agentcore:CreateEvent',
    'bedrock-agentcore:GetEvent',
    'bedrock-agentcore:GetMemoryRecord',
    'bedrock-agentcore:InvokeAgentRuntime',
    'bedrock-agentcore:ListActors',
    'bedrock-agentcore:ListEvents',
    'bedrock-agentcore:ListMemoryRecords',
    'bedrock-agentcore:ListSessions',
    'bedrock-agentcore:RetrieveMemoryRecords',
    'bedrock-agentcore:StopRuntimeSession',
  ],
  'bedrock-agentcore-control': [
    'bedrock-agentcore:GetAgentRuntime',
    'bedrock-agentcore:GetAgentRuntimeEndpoint',
    'bedrock-agentcore:GetGateway',
    'bedrock-agentcore:GetGatewayTarget',
    'bedrock-agentcore:GetMemory',
    'bedrock-agentcore:ListAgentRuntimeEndpoints',
    'bedrock-agentcore:ListAgentRuntimeVersions',
    'bedrock-agentcore:ListAgentRuntimes',
    'bedrock-agentcore:ListGatewayTargets',
    'bedrock-agentcore:ListGateways',
    'bedrock-agentcore:ListMemories',
  ],
  'bedrock-agentcore.gateway': ['bedrock-agentcore:InvokeGateway'],
  'bedrock-data-automation': ['bedrock:GetBlueprint', 'bedrock:GetDataAutomationProject', 'bedrock:ListBlueprints', 'bedrock:ListDataAutomationProjects'],
  'bedrock-data-automation-runtime': ['bedrock:GetDataAutomationStatus', 'bedrock:InvokeDataAutomationAsync'],
};

const env = testEnv({ endpoints: { services: [...BEDROCK_SERVICE_NAMES] } });
const tf = synthEnv(env);
const thisAccountOnly = (actions: string[]) => ({
  Sid: 'AllowThisAccountOnly',
  Effect: 'Allow',
  Principal: '*',
  Action: actions,
  Resource: '*',
  Condition: { StringEquals: { 'aws:PrincipalAccount': '123456789012' } },
});

describe('opt-in Bedrock endpoint services', () => {
  it('creates one endpoint per service of the table when all are enabled, plus the S3 gateway', () => {
    expect(resources(tf, 'aws_vpc_endpoint').map(([, e]) => e.service_name).sort()).toEqual(
      [...BEDROCK_SERVICE_NAMES, 's3'].map((s) => `com.amazonaws.us-east-1.${s}`).sort(),
    );
  });

  it.each(BEDROCK_SERVICE_NAMES.map((s) => [s]))('%s: private DNS, the endpoint security group, the AZ filter and the plan-time checks', (service) => {
    expectInterfaceEndpoint(tf, env, service);
  });

  it.each(Object.entries(OPT_IN))('%s: the exact least-privilege policy for this account', (service, actions) => {
    expect(policyOf(resourceAt(tf, 'aws_vpc_endpoint', `bedrock-endpoints/${service}`))).toEqual({ Version: '2012-10-17', Statement: [thisAccountOnly(actions)] });
  });

  it('bedrock-fips carries the control plane\'s policy, bedrock-runtime-fips the runtime\'s', () => {
    const statement = (service: string) => policyOf(resourceAt(tf, 'aws_vpc_endpoint', `bedrock-endpoints/${service}`)).Statement;
    expect(statement('bedrock-fips')).toEqual(statement('bedrock'));
    expect(statement('bedrock-runtime-fips')).toEqual(statement('bedrock-runtime'));
  });

  it('keys every endpoint by its service name: bedrock-agentcore.gateway becomes its own logical id', () => {
    const names = resources(tf, 'aws_vpc_endpoint').map(([name]) => name);
    expect(names.filter((n) => n.startsWith('bedrock-endpoints_bedrock-agentcoregateway_'))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('bedrock-endpoints_bedrock-agentcore_'))).toHaveLength(1);
  });

  it('rejects actions of another IAM prefix before any construct exists', () => {
    expect(() => testEnv({ endpoints: { services: ['bedrock-mantle'], extraActions: { 'bedrock-mantle': ['bedrock:InvokeModel'] } } })).toThrow(
      /"bedrock:InvokeModel" is not a bedrock-mantle action; the bedrock-mantle endpoint serves bedrock-mantle:\* actions only/,
    );
  });
});

describe('AgentCore OAuth callers (endpoints.agentCoreOAuth)', () => {
  const RUNTIME = 'arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support-agent-a1b2c3';
  const GATEWAY = 'arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/tools-gw-x9y8z7';
  const JUSTIFICATION = 'The support web app signs users in with Cognito; its agent runtime and tool gateway take their JWTs.';
  const oauthEnv = testEnv({
    endpoints: {
      services: ['bedrock', 'bedrock-runtime', 'bedrock-agentcore', 'bedrock-agentcore.gateway'],
      agentCoreOAuth: { justification: JUSTIFICATION, resourceArns: { 'bedrock-agentcore': [RUNTIME], 'bedrock-agentcore.gateway': [GATEWAY] } },
    },
  });

  it('adds one Principal "*" statement per endpoint: its invoke action, on the named resources only, after the account statement', () => {
    const out = synthEnv(oauthEnv);
    const runtime = policyOf(resourceAt(out, 'aws_vpc_endpoint', 'bedrock-endpoints/bedrock-agentcore'));
    expect(runtime.Statement).toEqual([
      thisAccountOnly(OPT_IN['bedrock-agentcore']),
      { Sid: 'AllowOAuthCallersToNamedResources', Effect: 'Allow', Principal: '*', Action: ['bedrock-agentcore:InvokeAgentRuntime'], Resource: [RUNTIME] },
    ]);
    const gateway = policyOf(resourceAt(out, 'aws_vpc_endpoint', 'bedrock-endpoints/bedrock-agentcore.gateway'));
    expect(gateway.Statement).toEqual([
      thisAccountOnly(['bedrock-agentcore:InvokeGateway']),
      { Sid: 'AllowOAuthCallersToNamedResources', Effect: 'Allow', Principal: '*', Action: ['bedrock-agentcore:InvokeGateway'], Resource: [GATEWAY] },
    ]);
    // Every other endpoint keeps a single, account-conditioned statement.
    expect(policyOf(resourceAt(out, 'aws_vpc_endpoint', 'bedrock-endpoints/bedrock-runtime')).Statement).toHaveLength(1);
  });

  it('shows each OAuth statement in the guardrail report as BPP-VPCE-4, suppressed with the environment\'s justification', () => {
    const app = Testing.app() as App;
    buildApp(app, [oauthEnv]);
    app.synth();
    const report = JSON.parse(readFileSync(join(app.outdir, 'stacks', oauthEnv.stackName, REPORT_JSON), 'utf8')) as GuardrailsReport;
    const oauth = report.findings.filter((f) => f.ruleId === 'BPP-VPCE-4' && f.status !== 'pass');
    expect(oauth.map((f) => [f.path, f.status])).toEqual([
      [`${oauthEnv.stackName}/bedrock-endpoints/bedrock-agentcore`, 'suppressed'],
      [`${oauthEnv.stackName}/bedrock-endpoints/bedrock-agentcore.gateway`, 'suppressed'],
    ]);
    for (const f of oauth) {
      expect(f.suppressionReason).toBe(`endpoints.agentCoreOAuth of environment test: ${JUSTIFICATION}`);
      expect(f.detail).toMatch(/admits any principal to bedrock-agentcore:Invoke(AgentRuntime|Gateway) on arn:aws:bedrock-agentcore:us-east-1:123456789012:/);
    }
    expect(report.summary.errors).toBe(0);
  });

  it('applies one environment\'s justification to that environment\'s stack only', () => {
    const app = Testing.app() as App;
    const plain = testEnv({ endpoints: { services: ['bedrock-agentcore'] } }, 'plain');
    buildApp(app, [oauthEnv, plain]);
    app.synth();
    const report = JSON.parse(readFileSync(join(app.outdir, 'stacks', plain.stackName, REPORT_JSON), 'utf8')) as GuardrailsReport;
    expect(report.findings.filter((f) => f.ruleId === 'BPP-VPCE-4').map((f) => f.status)).toEqual(['pass', 'pass']);
  });
});
