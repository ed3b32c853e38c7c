import { collectApiKeys } from './collectors/api-keys';
import type { AccountCollectContext, CollectContext, Collected } from './collectors/context';
import { collectCustomModels } from './collectors/custom-models';
import { collectCustomizationJobs } from './collectors/customization-jobs';
import { collectImportedModels } from './collectors/imported-models';
import { collectInvocationJobs } from './collectors/invocation-jobs';
import { collectInvocationLogging } from './collectors/invocation-logging';
import { collectModelCopyJobs } from './collectors/model-copy-jobs';
import { collectModelImportJobs } from './collectors/model-import-jobs';
import { collectAgentCoreRuntimes } from './collectors/agentcore-runtimes';
import { collectCustomModelDeployments } from './collectors/custom-model-deployments';
import { collectCustomModelPolicies } from './collectors/custom-model-policies';
import { collectDataRetention } from './collectors/data-retention';
import { collectEvaluationJobs } from './collectors/evaluation-jobs';
import { collectGuardrails } from './collectors/guardrails';
import { collectProvisionedThroughputs } from './collectors/provisioned-throughputs';
import type { Finding, KindItems, ResourceKind } from './model';
import { checkAgentCoreRuntime } from './rules/agentcore-runtime';
import { checkCustomModelDeployment } from './rules/custom-model-deployment';
import { checkCustomModelPolicy } from './rules/custom-model-policy';
import { checkDataRetention } from './rules/data-retention';
import { checkEvaluationJob } from './rules/evaluation-job';
import { checkGuardrails } from './rules/guardrail';
import { checkProvisionedThroughput } from './rules/provisioned-throughput';
import { checkApiKey } from './rules/api-key';
import type { RuleContext } from './rules/context';
import { checkCustomModel } from './rules/custom-model';
import { checkCustomizationJob } from './rules/customization-job';
import { checkImportedModel } from './rules/imported-model';
import { checkInvocationJob } from './rules/invocation-job';
import { checkInvocationLogging } from './rules/invocation-logging';
import { checkModelCopyJob } from './rules/model-copy-job';
import { checkModelImportJob } from './rules/model-import-job';

interface KindBase<K extends ResourceKind> {
  /** Plural noun for the summary line, e.g. "custom models". */
  readonly label: string;
  readonly check: (item: KindItems[K], ctx: RuleContext) => Finding[];
}
/** Listed once per audited region with that region's Bedrock client. */
interface RegionalKind<K extends ResourceKind> extends KindBase<K> {
  readonly scope: 'region';
  readonly collect: (ctx: CollectContext) => Promise<Collected<KindItems[K]>>;
}
/** Listed once per partition with IAM (global), whatever the number of regions. */
interface AccountKind<K extends ResourceKind> extends KindBase<K> {
  readonly scope: 'account';
  readonly collect: (ctx: AccountCollectContext) => Promise<Collected<KindItems[K]>>;
}
export type KindSpec<K extends ResourceKind> = RegionalKind<K> | AccountKind<K>;

/**
 * Every kind the audit reads: how to collect it and which rules check it. Adding a kind is one
 * entry here, a collector and a rule file (and its name in RESOURCE_KINDS).
 */
export const KINDS: { readonly [K in ResourceKind]: KindSpec<K> } = {
  'model-customization-job': { label: 'customization jobs', scope: 'region', collect: collectCustomizationJobs, check: checkCustomizationJob },
  'model-invocation-job': { label: 'batch inference jobs', scope: 'region', collect: collectInvocationJobs, check: checkInvocationJob },
  'custom-model': { label: 'custom models', scope: 'region', collect: collectCustomModels, check: checkCustomModel },
  'model-import-job': { label: 'model import jobs', scope: 'region', collect: collectModelImportJobs, check: checkModelImportJob },
  'imported-model': { label: 'imported models', scope: 'region', collect: collectImportedModels, check: checkImportedModel },
  'model-copy-job': { label: 'model copy jobs', scope: 'region', collect: collectModelCopyJobs, check: checkModelCopyJob },
  'invocation-logging': { label: 'invocation logging configurations', scope: 'region', collect: collectInvocationLogging, check: checkInvocationLogging },
  'bedrock-api-key': { label: 'Bedrock API keys', scope: 'account', collect: collectApiKeys, check: checkApiKey },
  'custom-model-deployment': { label: 'custom model deployments', scope: 'region', collect: collectCustomModelDeployments, check: checkCustomModelDeployment },
  'provisioned-throughput': { label: 'provisioned throughputs', scope: 'region', collect: collectProvisionedThroughputs, check: checkProvisionedThroughput },
  'evaluation-job': { label: 'evaluation jobs', scope: 'region', collect: collectEvaluationJobs, check: checkEvaluationJob },
  'custom-model-policy': { label: 'custom model resource policies', scope: 'region', collect: collectCustomModelPolicies, check: checkCustomModelPolicy },
  'data-retention': { label: 'data-retention settings', scope: 'account', collect: collectDataRetention, check: checkDataRetention },
  guardrail: { label: 'regions with guardrails', scope: 'region', collect: collectGuardrails, check: checkGuardrails },
  'agentcore-runtime': { label: 'AgentCore runtimes', scope: 'region', collect: collectAgentCoreRuntimes, check: checkAgentCoreRuntime },
};
