import { collectApiKeys } from './collectors/api-keys';
import type { AccountCollectContext, CollectContext, Collected } from './collectors/context';
import { collectCustomModels } from './collectors/custom-models';
import { collectCustomizationJobs } from './collectors/customization-jobs';
import { collectImportedModels } from './collectors/imported-models';
import { collectInvocationJobs } from './collectors/invocation-jobs';
import { collectInvocationLogging } from './collectors/invocation-logging';
import { collectModelCopyJobs } from './collectors/model-copy-jobs';
import { collectModelImportJobs } from './collectors/model-import-jobs';
import type { Finding, KindItems, ResourceKind } from './model';
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
};
