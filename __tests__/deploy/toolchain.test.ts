import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findProviderMirror, mirrorVersions, terraformPlatform } from './support/provider-mirror';
import { findTerraform, findToolchain, terraformEnv } from './support/toolchain';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deploy-toolchain-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in `terraform`: answers `version -json`, and fails `init` the way an unreachable registry does. */
function fakeTerraform(): string {
  const bin = join(dir, 'terraform');
  writeFileSync(
    bin,
    [
      '#!/bin/sh',
      'if [ "$1" = version ]; then echo \'{"terraform_version":"1.11.4"}\'; exit 0; fi',
      'echo "Error: Failed to query available provider packages" >&2',
      'echo "" >&2',
      'echo "could not connect to registry.terraform.io: failed to request discovery document" >&2',
      'exit 1',
      '',
    ].join('\n'),
  );
  chmodSync(bin, 0o755);
  return bin;
}

function mirrorWith(layout: Record<string, string>): string {
  const mirror = join(dir, 'mirror');
  for (const [relative, content] of Object.entries(layout)) {
    const file = join(mirror, 'registry.terraform.io', 'hashicorp', 'aws', relative);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, content);
  }
  return mirror;
}

describe('provider mirror discovery', () => {
  it('names platforms as Terraform does', () => {
    expect(terraformPlatform('linux', 'x64')).toBe('linux_amd64');
    expect(terraformPlatform('darwin', 'arm64')).toBe('darwin_arm64');
    expect(terraformPlatform('win32', 'ia32')).toBe('windows_386');
  });

  it('reads both mirror layouts, for this platform only, oldest first', () => {
    const mirror = mirrorWith({
      '5.100.0/linux_amd64/terraform-provider-aws_v5.100.0_x5': '',
      'terraform-provider-aws_5.99.1_linux_amd64.zip': '',
      '6.0.0/darwin_arm64/terraform-provider-aws_v6.0.0_x5': '',
    });
    expect(mirrorVersions(mirror, 'linux_amd64')).toEqual(['5.99.1', '5.100.0']);
  });

  it('takes the newest version of the first candidate that has one, and nothing when none has', () => {
    const mirror = mirrorWith({ '5.100.0/linux_amd64/p': '', '5.9.0/linux_amd64/p': '' });
    expect(findProviderMirror({}, [join(dir, 'empty'), mirror], 'linux_amd64')).toEqual({ path: mirror, version: '5.100.0' });
    expect(findProviderMirror({}, [join(dir, 'empty')], 'linux_amd64')).toBeUndefined();
  });

  it('looks only where BEDROCK_TF_PROVIDER_MIRROR says, and a wrong path is an error, not a skip', () => {
    const mirror = mirrorWith({ '5.100.0/linux_amd64/p': '' });
    expect(findProviderMirror({ BEDROCK_TF_PROVIDER_MIRROR: mirror }, [], 'linux_amd64')?.version).toBe('5.100.0');
    expect(() => findProviderMirror({ BEDROCK_TF_PROVIDER_MIRROR: join(dir, 'nope') }, [mirror], 'linux_amd64')).toThrow(
      /BEDROCK_TF_PROVIDER_MIRROR=.*nope holds no registry.terraform.io\/hashicorp\/aws provider for linux_amd64/,
    );
  });
});

describe('Terraform and provider lookup', () => {
  it('skips, with the reason, when no terraform is on PATH and TERRAFORM_BIN is unset', () => {
    const lookup = findTerraform({ PATH: join(dir, 'empty') });
    expect(lookup).toEqual({ skip: expect.stringMatching(/^no Terraform binary: "terraform version" failed \(.*ENOENT\); install Terraform >= 1.10 or set TERRAFORM_BIN$/) });
  });

  it('fails, not skips, when TERRAFORM_BIN names something that does not run', () => {
    expect(() => findTerraform({ PATH: process.env.PATH, TERRAFORM_BIN: join(dir, 'missing-terraform') })).toThrow(/TERRAFORM_BIN=.*missing-terraform does not run/);
  });

  it('reads the version from TERRAFORM_BIN', () => {
    expect(findTerraform({ PATH: process.env.PATH, TERRAFORM_BIN: fakeTerraform() })).toEqual({ ready: { bin: join(dir, 'terraform'), version: '1.11.4' } });
  });

  it('uses a mirror through a CLI config that allows nothing else, and relaxes nothing itself', () => {
    const mirror = mirrorWith({ [`5.100.0/${terraformPlatform()}/p`]: '' });
    const lookup = findToolchain({ bin: fakeTerraform(), version: '1.11.4' }, '6.25.0', dir, { env: { PATH: process.env.PATH }, mirrorCandidates: [mirror] });
    if (!('ready' in lookup)) throw new Error(`expected a toolchain, got ${JSON.stringify(lookup)}`);
    expect(lookup.ready.providerVersion).toBe('5.100.0');
    expect(lookup.ready.env.TF_CLI_CONFIG_FILE).toBe(join(dir, 'terraform.tfrc'));
    const config = readFileSync(join(dir, 'terraform.tfrc'), 'utf8');
    expect(config).toContain(`filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/hashicorp/aws"]`);
    expect(config).not.toContain('direct');
  });

  it('without a mirror tries the registry for the exact pin, and skips with Terraform\'s error when it cannot be had', () => {
    const lookup = findToolchain({ bin: fakeTerraform(), version: '1.11.4' }, '6.25.0', dir, { env: { PATH: process.env.PATH }, mirrorCandidates: [] });
    expect(lookup).toEqual({
      skip:
        'no hashicorp/aws provider: no filesystem mirror found (set BEDROCK_TF_PROVIDER_MIRROR) and the registry did not serve the pinned 6.25.0: ' +
        'Failed to query available provider packages could not connect to registry.terraform.io: failed to request discovery document',
    });
    expect(readFileSync(join(dir, 'registry-probe', 'main.tf.json'), 'utf8')).toContain('"version":"6.25.0"');
  });
});

describe('the environment terraform runs with', () => {
  const env = terraformEnv(
    { PATH: '/bin', AWS_PROFILE: 'prod-admin', AWS_ACCESS_KEY_ID: 'AKIAREAL', TF_CLI_ARGS_apply: '-target=x', TF_WORKSPACE: 'w', TF_LOG: 'DEBUG' },
    '/tmp/cli.tfrc',
  );

  it('drops every AWS_ setting and Terraform argument injection from the caller', () => {
    expect(Object.keys(env).filter((k) => k.startsWith('AWS_') && k !== 'AWS_EC2_METADATA_DISABLED')).toEqual([]);
    expect(env.TF_CLI_ARGS_apply).toBeUndefined();
    expect(env.TF_WORKSPACE).toBeUndefined();
  });

  it('runs without prompts or version checks, with our CLI config, and keeps TF_LOG for debugging', () => {
    expect(env).toMatchObject({ TF_CLI_CONFIG_FILE: '/tmp/cli.tfrc', CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_INPUT: '0', TF_LOG: 'DEBUG', PATH: '/bin' });
  });
});
