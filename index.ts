/**
 * The package's public API (package.json "exports" → dist/index.js and dist/index.d.ts). What is exported
 * here is what help/upgrading.md calls breaking to remove or rename: keep it to what a team's own repository
 * composes with. Construct IDs under these classes are public API too (modules/state/moved.ts).
 */

// Synthesis: a team's main.ts is `synthesize(__dirname)`; buildApp is the same app on a cdktf App you own.
export { synthesize } from './main';
export { buildApp } from './stacks/app';

// Stacks.
export { EnvironmentStack } from './stacks/environment-stack';
export { OrganizationStack } from './stacks/organization-stack';
export { StateBootstrapStack } from './stacks/state-bootstrap-stack';

// Constructs, each with its readonly Props.
export * from './modules/buckets/secure-bucket';
export * from './modules/data-protection/data-protection';
export * from './modules/endpoints/bedrock-interface-endpoints';
export * from './modules/endpoints/s3-gateway-endpoint';
export * from './modules/invocation-logging/model-invocation-logging';
export * from './modules/job-roles/bedrock-job-role';
export * from './modules/job-roles/compliant-custom-model';
export * from './modules/job-roles/job-identities';
export * from './modules/keys/managed-key';
export * from './modules/network/flow-logs';
export * from './modules/network/private-network';
export * from './modules/network/security-groups';
export * from './modules/org/organization-guardrails';
export * from './modules/state/state-bucket';
export { declareMove, declareConstructMove, resourceAddress } from './modules/state/moved';

// The environment file: its loader, its zod schema (schema/environment.schema.json is generated from it),
// the organization file, and the error every problem is reported through.
export { environmentsDir, loadEnvironments, validateEnvironments } from './config/load';
export { EnvironmentFileSchema, deriveEnvironment } from './config/schema';
export type { EnvironmentConfig, EnvironmentFile, StateBackend } from './config/schema';
export { loadOrganization, organizationFile, validateOrganization } from './config/organization';
export type { OrganizationConfig } from './config/organization';
export { ConfigError } from './config/errors';
export type { ConfigProblem } from './config/errors';
export { peopleWarnings } from './config/people';

// The synth-time rule pack (help/compliance.md): the rules, the aspect that applies them, suppressions.
export { BEDROCK_PRIVATE_PLATFORM_RULES } from './rules/pack';
export { GuardrailsAspect, applyGuardrails, REPORT_JSON, REPORT_MARKDOWN } from './rules/guardrails';
export type { GuardrailsProps } from './rules/guardrails';
export { PLATFORM_SUPPRESSIONS } from './rules/suppressions';
export { evaluateStack } from './rules/evaluate';
export type { StackEvaluation } from './rules/evaluate';
export * from './rules/types';
