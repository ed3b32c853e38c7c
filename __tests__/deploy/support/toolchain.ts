import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIRROR_ENV, defaultMirrorCandidates, findProviderMirror, type ProviderMirror } from './provider-mirror';

export interface Terraform {
  readonly bin: string;
  readonly version: string;
}

/** Everything the loop needs to run Terraform here, or why it cannot: a skip, never a silent pass. */
export type Lookup<T> = { readonly ready: T } | { readonly skip: string };

export interface Toolchain {
  readonly terraform: Terraform;
  /** The hashicorp/aws version the loop runs: the mirror's (relaxed in the override only) or the stacks' pin. */
  readonly providerVersion: string;
  readonly mirror?: ProviderMirror;
  /** The environment every terraform command runs with. */
  readonly env: NodeJS.ProcessEnv;
}

export const TERRAFORM_ENV = 'TERRAFORM_BIN';
const VERSION_TIMEOUT_MS = 30_000;
const REGISTRY_PROBE_TIMEOUT_MS = 10 * 60_000;
/** Shared across runs: a provider downloaded once from the registry is not downloaded again. */
const PLUGIN_CACHE = join(tmpdir(), 'bedrock-deploy-plugin-cache');

/**
 * `terraform version -json`. Without TERRAFORM_BIN a missing `terraform` is a skip; a TERRAFORM_BIN that does
 * not run is a mistake and throws.
 */
export function findTerraform(env: NodeJS.ProcessEnv = process.env): Lookup<Terraform> {
  const bin = env[TERRAFORM_ENV] ?? 'terraform';
  const result = spawnSync(bin, ['version', '-json'], { encoding: 'utf8', timeout: VERSION_TIMEOUT_MS, env: { ...env, CHECKPOINT_DISABLE: '1' } });
  if (result.error || result.status !== 0) {
    const why = result.error?.message ?? `exit ${result.status}: ${result.stderr.trim()}`;
    if (env[TERRAFORM_ENV]) throw new Error(`${TERRAFORM_ENV}=${bin} does not run: ${why}`);
    return { skip: `no Terraform binary: "terraform version" failed (${why}); install Terraform >= 1.10 or set ${TERRAFORM_ENV}` };
  }
  const version = (JSON.parse(result.stdout) as { terraform_version: string }).terraform_version;
  return { ready: { bin, version } };
}

/** CLI configuration: only the filesystem mirror when there is one (no network at all), else the registry. */
function cliConfig(mirror: ProviderMirror | undefined): string {
  if (!mirror) return '# hashicorp/aws from the public registry at the stacks\' exact pin (no mirror found)\n';
  return [
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = ${JSON.stringify(mirror.path)}`,
    '    include = ["registry.terraform.io/hashicorp/aws"]',
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * The environment of every terraform command: our CLI config, no prompts, no version check, and no AWS
 * settings inherited from the caller's shell (a profile or real keys must never reach a test run).
 */
export function terraformEnv(base: NodeJS.ProcessEnv, cliConfigFile: string, pluginCacheDir?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) {
    if (key.startsWith('AWS_') || key.startsWith('TF_CLI_ARGS') || key === 'TF_WORKSPACE' || key === 'TF_DATA_DIR') continue;
    env[key] = value;
  }
  Object.assign(env, {
    TF_CLI_CONFIG_FILE: cliConfigFile,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  if (pluginCacheDir) env.TF_PLUGIN_CACHE_DIR = pluginCacheDir;
  else delete env.TF_PLUGIN_CACHE_DIR;
  return env;
}

/**
 * Can the registry serve the exact pinned provider? Tried once, in a scratch configuration, before any stack
 * (and the download lands in the plugin cache the stacks then use). Returns Terraform's error, if any.
 */
function probeRegistry(terraform: Terraform, pinned: string, dir: string, env: NodeJS.ProcessEnv): string | undefined {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify({ terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: pinned } } } }));
  const run = spawnSync(terraform.bin, ['init', '-backend=false', '-input=false', '-no-color'], { cwd: dir, env, timeout: REGISTRY_PROBE_TIMEOUT_MS, encoding: 'utf8' });
  if (run.status === 0) return undefined;
  const lines = `${run.stdout}${run.stderr}`.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => l.startsWith('Error:'));
  if (at < 0) return run.error?.message ?? `exit ${run.status}`;
  // The headline and the first line of its detail, e.g. "... could not connect to registry.terraform.io".
  return [lines[at].replace(/^Error:\s*/, ''), ...lines.slice(at + 1).filter(Boolean).slice(0, 2)].join(' ');
}

export interface ToolchainOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Where to look for a mirror when BEDROCK_TF_PROVIDER_MIRROR is not set (default: defaultMirrorCandidates). */
  readonly mirrorCandidates?: readonly string[];
}

/**
 * The provider: the newest hashicorp/aws in a local mirror, else the stacks' exact pin from the registry.
 * `workRoot` receives the CLI config file (and the registry probe).
 */
export function findToolchain(terraform: Terraform, pinnedVersion: string, workRoot: string, options: ToolchainOptions = {}): Lookup<Toolchain> {
  const base = options.env ?? process.env;
  const mirror = findProviderMirror(base, options.mirrorCandidates ?? defaultMirrorCandidates(base));
  const cliConfigFile = join(workRoot, 'terraform.tfrc');
  writeFileSync(cliConfigFile, cliConfig(mirror));
  if (mirror) return { ready: { terraform, providerVersion: mirror.version, mirror, env: terraformEnv(base, cliConfigFile) } };

  mkdirSync(PLUGIN_CACHE, { recursive: true });
  const env = terraformEnv(base, cliConfigFile, PLUGIN_CACHE);
  const registryError = probeRegistry(terraform, pinnedVersion, join(workRoot, 'registry-probe'), env);
  if (registryError) {
    return {
      skip: `no hashicorp/aws provider: no filesystem mirror found (set ${MIRROR_ENV}) and the registry did not serve the pinned ${pinnedVersion}: ${registryError}`,
    };
  }
  return { ready: { terraform, providerVersion: pinnedVersion, env } };
}
