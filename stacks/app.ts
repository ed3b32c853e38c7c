import { App } from '../framework';
import type { EnvironmentConfig } from '../config/schema';
import type { OrganizationConfig } from '../config/organization';
import { OrganizationStack } from './organization-stack';
import { EnvironmentStack } from './environment-stack';
import { StateBootstrapStack } from './state-bootstrap-stack';
import { planStateBuckets } from '../config/state-buckets';
import { planCiIdentities } from '../config/ci-identities';
import { CiIdentitiesStack } from './ci-identities-stack';
import { applyGuardrails } from '../rules/guardrails';
import { PLATFORM_SUPPRESSIONS } from '../rules/suppressions';

/**
 * Adds one stack per environment, the per-account state-bootstrap and ci-identities stacks they ask for, and
 * the organization-guardrails stack when there is an organization file. Kept apart from main.ts so tests and benchmarks build the same app.
 */
export function buildApp(app: App, environments: readonly EnvironmentConfig[], organization?: OrganizationConfig): EnvironmentStack[] {
  const stacks = environments.map((env) => new EnvironmentStack(app, env));
  // One state-bootstrap stack per account whose environments keep state in S3 (help/state.md).
  for (const plan of planStateBuckets(environments)) new StateBootstrapStack(app, plan);
  // One ci-identities stack per account whose environments ask for their CI roles (help/deploying.md).
  for (const plan of planCiIdentities(environments)) new CiIdentitiesStack(app, plan);
  if (organization) new OrganizationStack(app, organization);
  // Synth-time rules on every stack above, with the platform's exceptions and each environment's own
  // (full paths, so each applies to its stack only); keep this call last (help/compliance.md).
  applyGuardrails(app, { suppressions: [...PLATFORM_SUPPRESSIONS, ...stacks.flatMap((s) => s.guardrailSuppressions)] });
  return stacks;
}
