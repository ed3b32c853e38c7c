import {
  BedrockClient,
  GetCustomModelCommand,
  GetImportedModelCommand,
  GetModelCustomizationJobCommand,
  GetModelImportJobCommand,
  GetModelInvocationLoggingConfigurationCommand,
  ListCustomModelsCommand,
  ListImportedModelsCommand,
  ListModelCopyJobsCommand,
  ListModelCustomizationJobsCommand,
  ListModelImportJobsCommand,
  ListModelInvocationJobsCommand,
  type BedrockClientResolvedConfig,
  type LoggingConfig,
  type ServiceInputTypes,
  type ServiceOutputTypes,
} from '@aws-sdk/client-bedrock';
import {
  BedrockAgentCoreControlClient,
  GetAgentRuntimeCommand,
  ListAgentRuntimesCommand,
} from '@aws-sdk/client-bedrock-agentcore-control';
import {
  GetAccountDataRetentionCommand,
  GetEvaluationJobCommand,
  GetGuardrailCommand,
  GetResourcePolicyCommand,
  ListCustomModelDeploymentsCommand,
  ListEvaluationJobsCommand,
  ListGuardrailsCommand,
  ListProvisionedModelThroughputsCommand,
  type CustomModelDeploymentSummary,
  type DataRetentionMode,
  type ProvisionedModelSummary,
} from '@aws-sdk/client-bedrock';
import { IAMClient, ListServiceSpecificCredentialsCommand, type ServiceSpecificCredentialMetadata } from '@aws-sdk/client-iam';
import { type AwsStub, mockClient } from 'aws-sdk-client-mock';
import type { AgentCoreRuntime, EvaluationJob, KindItems, RegionGuardrails } from '../../../cli/audit/model';

/**
 * An account's Bedrock resources as the SDK returns them, for tests of the kinds moto 5.2.5 lacks
 * (import jobs, imported models, copy jobs, batch jobs, API keys) and of all kinds together. One
 * table serves both aws-sdk-client-mock (in-process) and the wire-format fixture server (for the
 * CLI as a subprocess and the benchmark), so the two cannot drift apart.
 */
export type RegionalKind = 'model-customization-job' | 'model-invocation-job' | 'custom-model' | 'model-import-job' | 'imported-model' | 'model-copy-job';
export type Guardrail = RegionGuardrails['guardrails'][number];

/**
 * The kinds of issue 21 as an account holds them: what List returns (deployments, provisioned
 * throughput) or the full Get output (evaluation jobs, guardrails, AgentCore runtimes).
 */
export interface GovernanceFixture {
  readonly deployments?: readonly CustomModelDeploymentSummary[];
  readonly provisioned?: readonly ProvisionedModelSummary[];
  readonly evaluations?: readonly EvaluationJob[];
  /** Guardrails of the region; absent or empty = none (a finding, BRP025). */
  readonly guardrails?: readonly Guardrail[];
  /** Custom model ARN → its resource policy JSON; a model not named here has none. */
  readonly modelPolicies?: Readonly<Record<string, string>>;
  /** @default "default" */
  readonly dataRetention?: DataRetentionMode;
  readonly agentRuntimes?: readonly AgentCoreRuntime[];
}
export interface AccountFixture extends GovernanceFixture {
  /** Resources by kind; list-then-get kinds hold the full Get output, the summary is derived. */
  readonly resources?: { readonly [K in RegionalKind]?: readonly KindItems[K][] };
  /** The region's invocation logging; undefined = never configured. */
  readonly logging?: LoggingConfig;
  readonly apiKeys?: readonly ServiceSpecificCredentialMetadata[];
  /** Items per page, to force several pages. @default the request's maxResults */
  readonly pageSize?: number;
  /** Operations (e.g. "GetModelImportJob") or "operation resource-id" pairs answered with AccessDenied. */
  readonly deny?: readonly string[];
}

interface WireKind<K extends RegionalKind> {
  readonly list: { readonly operation: string; readonly path: string; readonly member: string };
  /** For kinds whose list lacks the fields the rules read; absent = the list carries them. */
  readonly get?: { readonly operation: string; readonly input: string };
  readonly id: (item: KindItems[K]) => string;
  readonly summary: (item: KindItems[K]) => object;
}

/** How each Bedrock kind travels: REST-JSON paths, members and the summary projection of the SDK types. */
export const WIRE: { readonly [K in RegionalKind]: WireKind<K> } = {
  'model-customization-job': {
    list: { operation: 'ListModelCustomizationJobs', path: '/model-customization-jobs', member: 'modelCustomizationJobSummaries' },
    get: { operation: 'GetModelCustomizationJob', input: 'jobIdentifier' },
    id: (j) => j.jobArn ?? '',
    summary: (j) => ({ jobArn: j.jobArn, jobName: j.jobName, baseModelArn: j.baseModelArn, status: j.status, creationTime: j.creationTime }),
  },
  'model-invocation-job': {
    list: { operation: 'ListModelInvocationJobs', path: '/model-invocation-jobs', member: 'invocationJobSummaries' },
    id: (j) => j.jobArn ?? '',
    summary: (j) => j,
  },
  'custom-model': {
    list: { operation: 'ListCustomModels', path: '/custom-models', member: 'modelSummaries' },
    get: { operation: 'GetCustomModel', input: 'modelIdentifier' },
    id: (m) => m.modelArn ?? '',
    summary: (m) => ({ modelArn: m.modelArn, modelName: m.modelName, creationTime: m.creationTime, baseModelArn: m.baseModelArn, baseModelName: 'base' }),
  },
  'model-import-job': {
    list: { operation: 'ListModelImportJobs', path: '/model-import-jobs', member: 'modelImportJobSummaries' },
    get: { operation: 'GetModelImportJob', input: 'jobIdentifier' },
    id: (j) => j.jobArn ?? '',
    summary: (j) => ({ jobArn: j.jobArn, jobName: j.jobName, status: j.status, creationTime: j.creationTime, importedModelArn: j.importedModelArn, importedModelName: j.importedModelName }),
  },
  'imported-model': {
    list: { operation: 'ListImportedModels', path: '/imported-models', member: 'modelSummaries' },
    get: { operation: 'GetImportedModel', input: 'modelIdentifier' },
    id: (m) => m.modelArn ?? '',
    summary: (m) => ({ modelArn: m.modelArn, modelName: m.modelName, creationTime: m.creationTime }),
  },
  'model-copy-job': {
    list: { operation: 'ListModelCopyJobs', path: '/model-copy-jobs', member: 'modelCopyJobSummaries' },
    id: (j) => j.jobArn ?? '',
    summary: (j) => j,
  },
};
export const REGIONAL_KINDS = Object.keys(WIRE) as RegionalKind[];

type ListedField = 'deployments' | 'provisioned' | 'evaluations' | 'guardrails';
interface ExtraWire {
  readonly field: ListedField;
  readonly list: { readonly operation: string; readonly path: string; readonly member: string };
  readonly get?: { readonly operation: string; readonly input: string };
  readonly id: (item: never) => string;
  readonly summary: (item: never) => object;
}
/** The wire of the listed kinds of issue 21, like WIRE. */
export const EXTRA_WIRE: readonly ExtraWire[] = [
  {
    field: 'deployments',
    list: { operation: 'ListCustomModelDeployments', path: '/model-customization/custom-model-deployments', member: 'modelDeploymentSummaries' },
    id: (d: CustomModelDeploymentSummary) => d.customModelDeploymentArn ?? '',
    summary: (d: CustomModelDeploymentSummary) => d,
  },
  {
    field: 'provisioned',
    list: { operation: 'ListProvisionedModelThroughputs', path: '/provisioned-model-throughputs', member: 'provisionedModelSummaries' },
    id: (p: ProvisionedModelSummary) => p.provisionedModelArn ?? '',
    summary: (p: ProvisionedModelSummary) => p,
  },
  {
    field: 'evaluations',
    list: { operation: 'ListEvaluationJobs', path: '/evaluation-jobs', member: 'jobSummaries' },
    get: { operation: 'GetEvaluationJob', input: 'jobIdentifier' },
    id: (j: EvaluationJob) => j.jobArn ?? '',
    summary: (j: EvaluationJob) => ({ jobArn: j.jobArn, jobName: j.jobName, status: j.status, creationTime: j.creationTime, jobType: j.jobType, evaluationTaskTypes: [], modelIdentifiers: [] }),
  },
  {
    field: 'guardrails',
    list: { operation: 'ListGuardrails', path: '/guardrails', member: 'guardrails' },
    get: { operation: 'GetGuardrail', input: 'guardrailIdentifier' },
    id: (g: Guardrail) => g.guardrailArn ?? '',
    summary: (g: Guardrail) => ({ id: g.guardrailId, arn: g.guardrailArn, status: g.status, name: g.name, version: g.version, createdAt: g.createdAt, updatedAt: g.updatedAt }),
  },
];

/** One page of `items` starting at the offset a previous page's token named. */
export function pageOf<T>(items: readonly T[], token: string | undefined, size: number): { items: readonly T[]; next?: string } {
  const start = token === undefined ? 0 : Number(token);
  const end = start + size;
  return { items: items.slice(start, end), ...(end < items.length && { next: String(end) }) };
}

export function accessDenied(operation: string, service: 'bedrock' | 'iam'): Error {
  return Object.assign(new Error(`User: arn:aws:sts::123456789012:assumed-role/auditor/ci is not authorized to perform: ${service}:${operation}`), {
    name: service === 'iam' ? 'AccessDenied' : 'AccessDeniedException',
    $metadata: { httpStatusCode: 403 },
  });
}

export const isDenied = (fixture: AccountFixture, operation: string, id?: string): boolean =>
  (fixture.deny ?? []).some((d) => d === operation || (id !== undefined && d === `${operation} ${id}`));

const COMMANDS = {
  ListModelCustomizationJobs: ListModelCustomizationJobsCommand,
  GetModelCustomizationJob: GetModelCustomizationJobCommand,
  ListModelInvocationJobs: ListModelInvocationJobsCommand,
  ListCustomModels: ListCustomModelsCommand,
  GetCustomModel: GetCustomModelCommand,
  ListModelImportJobs: ListModelImportJobsCommand,
  GetModelImportJob: GetModelImportJobCommand,
  ListImportedModels: ListImportedModelsCommand,
  GetImportedModel: GetImportedModelCommand,
  ListModelCopyJobs: ListModelCopyJobsCommand,
  ListCustomModelDeployments: ListCustomModelDeploymentsCommand,
  ListProvisionedModelThroughputs: ListProvisionedModelThroughputsCommand,
  ListEvaluationJobs: ListEvaluationJobsCommand,
  GetEvaluationJob: GetEvaluationJobCommand,
  ListGuardrails: ListGuardrailsCommand,
  GetGuardrail: GetGuardrailCommand,
} as const;

export const notFound = (what: string): Error => Object.assign(new Error(`${what} not found`), { name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 404 } });

/**
 * Serves `fixture` through aws-sdk-client-mock for every BedrockClient and IAMClient created while
 * it is active (one account, any region). Returns the mocks, for call inspection and restore().
 */
export interface MockHooks {
  /** Wraps every per-resource Get, e.g. to hold it in flight and count how many are. */
  readonly aroundGet?: (answer: () => object) => Promise<object>;
}

export function mockAccount(fixture: AccountFixture, hooks: MockHooks = {}) {
  // The SDK paginators reuse one input object, so the token of each page is recorded as it is asked for.
  const pageTokens: Record<string, (string | undefined)[]> = {};
  const bedrock: AwsStub<ServiceInputTypes, ServiceOutputTypes, BedrockClientResolvedConfig> = mockClient(BedrockClient);
  const iam = mockClient(IAMClient);
  for (const kind of REGIONAL_KINDS) serveKind(bedrock, kind, fixture, pageTokens, hooks);
  bedrock.on(GetModelInvocationLoggingConfigurationCommand).callsFake(async () => {
    if (isDenied(fixture, 'GetModelInvocationLoggingConfiguration')) throw accessDenied('GetModelInvocationLoggingConfiguration', 'bedrock');
    return fixture.logging === undefined ? {} : { loggingConfig: fixture.logging };
  });
  for (const wire of EXTRA_WIRE) serveExtra(bedrock, wire, fixture, pageTokens);
  bedrock.on(GetResourcePolicyCommand).callsFake(async (input: { resourceArn: string }) => {
    if (isDenied(fixture, 'GetResourcePolicy')) throw accessDenied('GetResourcePolicy', 'bedrock');
    const policy = fixture.modelPolicies?.[input.resourceArn];
    if (policy === undefined) throw notFound(`resource policy of ${input.resourceArn}`);
    return { resourcePolicy: policy };
  });
  bedrock.on(GetAccountDataRetentionCommand).callsFake(async () => {
    if (isDenied(fixture, 'GetAccountDataRetention')) throw accessDenied('GetAccountDataRetention', 'bedrock');
    return { mode: fixture.dataRetention ?? 'default' };
  });
  const agentCore = mockClient(BedrockAgentCoreControlClient);
  agentCore.on(ListAgentRuntimesCommand).callsFake(async (input: { nextToken?: string; maxResults?: number }) => {
    if (isDenied(fixture, 'ListAgentRuntimes')) throw accessDenied('ListAgentRuntimes', 'bedrock');
    const page = pageOf(fixture.agentRuntimes ?? [], input.nextToken, fixture.pageSize ?? input.maxResults ?? 100);
    return {
      agentRuntimes: page.items.map((r) => ({ agentRuntimeArn: r.agentRuntimeArn, agentRuntimeId: r.agentRuntimeId, agentRuntimeVersion: r.agentRuntimeVersion, agentRuntimeName: r.agentRuntimeName, description: r.description ?? '', lastUpdatedAt: r.lastUpdatedAt, status: r.status })),
      ...(page.next && { nextToken: page.next }),
    };
  });
  agentCore.on(GetAgentRuntimeCommand).callsFake(async (input: { agentRuntimeId: string }) => {
    if (isDenied(fixture, 'GetAgentRuntime')) throw accessDenied('GetAgentRuntime', 'bedrock');
    const runtime = (fixture.agentRuntimes ?? []).find((r) => r.agentRuntimeId === input.agentRuntimeId);
    if (runtime === undefined) throw notFound(`runtime ${input.agentRuntimeId}`);
    return runtime;
  });
  iam.on(ListServiceSpecificCredentialsCommand).callsFake(async (input: { Marker?: string; MaxItems?: number }) => {
    if (isDenied(fixture, 'ListServiceSpecificCredentials')) throw accessDenied('ListServiceSpecificCredentials', 'iam');
    (pageTokens.ListServiceSpecificCredentials ??= []).push(input.Marker);
    const page = pageOf(fixture.apiKeys ?? [], input.Marker, fixture.pageSize ?? input.MaxItems ?? 100);
    return { ServiceSpecificCredentials: [...page.items], IsTruncated: page.next !== undefined, ...(page.next && { Marker: page.next }) };
  });
  return { bedrock, iam, agentCore, pageTokens, restore: () => (bedrock.restore(), iam.restore(), agentCore.restore()) };
}

type BedrockMock = AwsStub<ServiceInputTypes, ServiceOutputTypes, BedrockClientResolvedConfig>;

function serveKind<K extends RegionalKind>(
  bedrock: BedrockMock,
  kind: K,
  fixture: AccountFixture,
  pageTokens: Record<string, (string | undefined)[]>,
  hooks: MockHooks,
): void {
  const wire: WireKind<K> = WIRE[kind];
  const items = (fixture.resources?.[kind] ?? []) as readonly KindItems[K][];
  const list = COMMANDS[wire.list.operation as keyof typeof COMMANDS];
  bedrock.on(list as never).callsFake(async (input: { nextToken?: string; maxResults?: number }) => {
    if (isDenied(fixture, wire.list.operation)) throw accessDenied(wire.list.operation, 'bedrock');
    (pageTokens[wire.list.operation] ??= []).push(input.nextToken);
    const page = pageOf(items, input.nextToken, fixture.pageSize ?? input.maxResults ?? 100);
    return { [wire.list.member]: page.items.map(wire.summary), ...(page.next && { nextToken: page.next }) };
  });
  const get = wire.get;
  if (get === undefined) return;
  bedrock.on(COMMANDS[get.operation as keyof typeof COMMANDS] as never).callsFake(async (input: Record<string, string>) => {
    const id = input[get.input];
    if (isDenied(fixture, get.operation, id)) throw accessDenied(get.operation, 'bedrock');
    const item = items.find((i) => wire.id(i) === id);
    if (item === undefined) throw Object.assign(new Error(`no ${kind} ${id}`), { name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 404 } });
    return hooks.aroundGet ? hooks.aroundGet(() => item) : item;
  });
}

function serveExtra(bedrock: BedrockMock, wire: ExtraWire, fixture: AccountFixture, pageTokens: Record<string, (string | undefined)[]>): void {
  const items = (fixture[wire.field] ?? []) as readonly never[];
  bedrock.on(COMMANDS[wire.list.operation as keyof typeof COMMANDS] as never).callsFake(async (input: { nextToken?: string; maxResults?: number }) => {
    if (isDenied(fixture, wire.list.operation)) throw accessDenied(wire.list.operation, 'bedrock');
    (pageTokens[wire.list.operation] ??= []).push(input.nextToken);
    const page = pageOf(items, input.nextToken, fixture.pageSize ?? input.maxResults ?? 100);
    return { [wire.list.member]: page.items.map((i) => wire.summary(i)), ...(page.next && { nextToken: page.next }) };
  });
  const get = wire.get;
  if (get === undefined) return;
  bedrock.on(COMMANDS[get.operation as keyof typeof COMMANDS] as never).callsFake(async (input: Record<string, string>) => {
    const id = input[get.input];
    if (isDenied(fixture, get.operation, id)) throw accessDenied(get.operation, 'bedrock');
    const item = items.find((i) => wire.id(i) === id);
    if (item === undefined) throw notFound(id);
    return item;
  });
}
