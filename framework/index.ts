/**
 * The one module that names the CDK framework. Everything else imports App, TerraformStack, Fn,
 * TerraformOutput, the backends, Testing, … from here, so moving between CDK for Terraform (`cdktf`,
 * archived upstream) and its maintained fork CDK Terrain (`cdktn`) changes the two module names below
 * and package.json (help/cdktn-migration.md; `npm run test:cdktn` proves it). Lint forbids importing
 * either framework anywhere else.
 *
 * The AWS provider's classes are not re-exported: they are imported by deep path
 * (`@cdktf/provider-aws/lib/<resource>`) so synth loads only the resources it uses, and a migration
 * rewrites that prefix with one `sed` (help/architecture.md says why no path alias does it instead).
 */
export * from 'cdktf';
// The guardrail rules run on each stack's final JSON through this internal hook; both frameworks keep it here.
export { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';
