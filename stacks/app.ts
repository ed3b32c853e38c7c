import { App } from 'cdktf';
import type { EnvironmentConfig } from '../config/schema';
import { EnvironmentStack } from './environment-stack';
import { StateBootstrapStack } from './state-bootstrap-stack';
import { planStateBuckets } from '../config/state-buckets';
import { applyGuardrails } from '../rules/guardrails';

/** Adds one stack per environment. Kept apart from main.ts so tests and benchmarks build the same app. */
export function buildApp(app: App, environments: readonly EnvironmentConfig[]): EnvironmentStack[] {
  const stacks = environments.map((env) => new EnvironmentStack(app, env));
  // One state-bootstrap stack per account whose environments keep state in S3 (help/state.md).
  for (const plan of planStateBuckets(environments)) new StateBootstrapStack(app, plan);
  // Synth-time rules on every stack above; keep this call last (help/compliance.md).
  applyGuardrails(app);
  return stacks;
}
