import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO } from '../../audit/support/moto';

const SYNTH_TIMEOUT_MS = 5 * 60_000;

/** What the loop needs to know about one synthesized stack, read from its cdk.tf.json. */
export interface StackUnderTest {
  readonly name: string;
  /** The synthesized stack directory (cdk.tf.json and what cdktf writes beside it). */
  readonly dir: string;
  readonly accountId: string;
  readonly region: string;
  /** Some resource has lifecycle.prevent_destroy: Terraform refuses to destroy the stack, by design. */
  readonly preventDestroy: boolean;
  /** required_providers.aws.version as synthesized (the bindings' provider). */
  readonly pinnedProvider: string;
  /** Every resource and data-source type the stack declares. */
  readonly types: readonly string[];
  /** Managed resources (no count or for_each in synthesized stacks: one address each). */
  readonly resourceCount: number;
  /** Organization roots and OUs the stack attaches policies to: they must exist in its account before apply. */
  readonly organizationTargets: readonly string[];
  /**
   * Addresses Terraform reports under a plan's `checks`: every resource, data source and output that
   * declares a precondition or postcondition, and every check block. Sorted.
   */
  readonly checkable: readonly string[];
}

interface Conditions {
  lifecycle?: { precondition?: unknown[]; postcondition?: unknown[] };
  precondition?: unknown[];
}

interface CdkTfJson {
  terraform: { required_providers: { aws: { version: string } } };
  provider: { aws: Array<{ allowed_account_ids?: string[]; region: string }> };
  resource?: Record<string, Record<string, { lifecycle?: { prevent_destroy?: boolean; precondition?: unknown[]; postcondition?: unknown[] }; target_id?: string }>>;
  data?: Record<string, Record<string, Conditions>>;
  output?: Record<string, Conditions>;
  check?: Record<string, unknown>;
}

/** What `terraform show -json` lists under `checks` for this configuration (see StackUnderTest.checkable). */
function checkableAddresses(tf: CdkTfJson): string[] {
  const conditioned = (c: Conditions) => (c.lifecycle?.precondition?.length ?? 0) + (c.lifecycle?.postcondition?.length ?? 0) + (c.precondition?.length ?? 0) > 0;
  const blocks = (prefix: string, byType: Record<string, Record<string, Conditions>> = {}) =>
    Object.entries(byType).flatMap(([type, byName]) => Object.entries(byName).filter(([, c]) => conditioned(c)).map(([name]) => `${prefix}${type}.${name}`));
  return [
    ...blocks('', tf.resource),
    ...blocks('data.', tf.data),
    ...Object.entries(tf.output ?? {}).filter(([, c]) => conditioned(c)).map(([name]) => `output.${name}`),
    ...Object.keys(tf.check ?? {}).map((name) => `check.${name}`),
  ].sort();
}

/**
 * Synthesizes exactly as `cdktf synth` does: cdktf.json's "app" command, run by a shell from the repository
 * root, with CDKTF_OUTDIR naming the output directory (cdktf's App reads it when no outdir is passed, as
 * main.ts does). main.ts runs unchanged, and `npm run synth`'s cdktf.out is not touched.
 */
export function synthesizeAsUser(outdir: string, env: NodeJS.ProcessEnv = {}): { readonly seconds: number } {
  const app = (JSON.parse(readFileSync(join(REPO, 'cdktf.json'), 'utf8')) as { app: string }).app;
  const started = process.hrtime.bigint();
  const run = spawnSync(app, { cwd: REPO, env: { ...process.env, ...env, CDKTF_OUTDIR: outdir }, timeout: SYNTH_TIMEOUT_MS, shell: true, encoding: 'utf8' });
  if (run.status !== 0) {
    const why = run.error ? run.error.message : `exit ${run.status}`;
    throw new Error(`synth ("${app}" with CDKTF_OUTDIR=${outdir}) failed (${why}):\n${run.stdout}${run.stderr}`);
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/** The stacks of a synthesized output directory, in manifest order (sorted by name). */
export function readStacks(outdir: string): StackUnderTest[] {
  const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as { stacks: Record<string, { synthesizedStackPath: string }> };
  return Object.keys(manifest.stacks)
    .sort()
    .map((name) => {
      const file = join(outdir, manifest.stacks[name].synthesizedStackPath);
      const tf = JSON.parse(readFileSync(file, 'utf8')) as CdkTfJson;
      const provider = tf.provider.aws[0];
      const accountId = provider.allowed_account_ids?.[0];
      if (!accountId) throw new Error(`${name}: the aws provider sets no allowed_account_ids; the loop runs one emulator per account`);
      const resources = Object.values(tf.resource ?? {}).flatMap((byName) => Object.values(byName));
      return {
        name,
        dir: dirname(file),
        accountId,
        region: provider.region,
        preventDestroy: resources.some((r) => r.lifecycle?.prevent_destroy === true),
        pinnedProvider: tf.terraform.required_providers.aws.version,
        types: [...Object.keys(tf.resource ?? {}), ...Object.keys(tf.data ?? {})].sort(),
        resourceCount: resources.length,
        organizationTargets: [...new Set(Object.values(tf.resource?.aws_organizations_policy_attachment ?? {}).map((a) => a.target_id ?? ''))].filter(Boolean).sort(),
        checkable: checkableAddresses(tf),
      };
    });
}
