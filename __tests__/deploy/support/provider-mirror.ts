import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the loop's provider comes from, and which hashicorp/aws version that is. */
export interface ProviderMirror {
  /** The directory a CLI config's filesystem_mirror block names (it holds registry.terraform.io/...). */
  readonly path: string;
  readonly version: string;
}

export const MIRROR_ENV = 'BEDROCK_TF_PROVIDER_MIRROR';
const AWS_IN_MIRROR = join('registry.terraform.io', 'hashicorp', 'aws');

/** Terraform's name for this machine's platform, e.g. linux_amd64 (the mirror's sub-directory or zip suffix). */
export function terraformPlatform(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  const os = platform === 'win32' ? 'windows' : platform;
  const cpu = ({ x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' } as Record<string, string>)[arch] ?? arch;
  return `${os}_${cpu}`;
}

/**
 * Terraform's implied local mirror directories (Unix), then one level under /opt, where machine images put
 * pre-installed plugins (this project's image: /opt/tf-plugins).
 */
export function defaultMirrorCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const dataHome = env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  const implied = [join(homedir(), '.terraform.d', 'plugins'), join(dataHome, 'terraform', 'plugins'), '/usr/local/share/terraform/plugins', '/usr/share/terraform/plugins'];
  const underOpt = existsSync('/opt') ? readdirSync('/opt').map((d) => join('/opt', d)) : [];
  return [...implied, ...underOpt];
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  }
  return 0;
}

/** hashicorp/aws versions a mirror holds for this platform, in either layout Terraform reads (unpacked or packed). */
export function mirrorVersions(mirror: string, platform = terraformPlatform()): string[] {
  const dir = join(mirror, AWS_IN_MIRROR);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const versions = new Set<string>();
  for (const entry of readdirSync(dir)) {
    if (existsSync(join(dir, entry, platform))) versions.add(entry);
    const packed = new RegExp(`^terraform-provider-aws_(.+)_${platform}\\.zip$`).exec(entry);
    if (packed) versions.add(packed[1]);
  }
  return [...versions].sort(compareVersions);
}

/**
 * The newest hashicorp/aws in the first candidate mirror that has one. An explicit BEDROCK_TF_PROVIDER_MIRROR
 * is the only place looked, and it must hold the provider: a wrong path is a mistake to report, not a skip.
 */
export function findProviderMirror(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = defaultMirrorCandidates(env),
  platform = terraformPlatform(),
): ProviderMirror | undefined {
  const explicit = env[MIRROR_ENV];
  for (const path of explicit ? [explicit] : candidates) {
    const versions = mirrorVersions(path, platform);
    if (versions.length) return { path, version: versions[versions.length - 1] };
  }
  if (explicit) throw new Error(`${MIRROR_ENV}=${explicit} holds no registry.terraform.io/hashicorp/aws provider for ${platform}`);
  return undefined;
}
