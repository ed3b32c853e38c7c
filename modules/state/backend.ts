import { CloudBackend, LocalBackend, NamedCloudWorkspace, S3Backend, TerraformStack } from 'cdktf';
import type { EnvironmentConfig } from '../../config/schema';

export type StateConfig = EnvironmentConfig['state'];

/**
 * Configures where a stack keeps its state. Local by default, so synth and tests need no credentials;
 * S3 (one key per stack, encrypted, S3-native locking) or HCP Terraform (one workspace per stack) by config.
 */
export function configureBackend(stack: TerraformStack, stackName: string, state: StateConfig, defaultRegion: string): void {
  switch (state.type) {
    case 'local':
      new LocalBackend(stack, { path: `terraform.${stackName}.tfstate` });
      return;
    case 's3':
      new S3Backend(stack, {
        bucket: state.bucket,
        key: `${state.keyPrefix}/${stackName}.tfstate`,
        region: state.region ?? defaultRegion,
        encrypt: true,
        ...(state.kmsKeyId ? { kmsKeyId: state.kmsKeyId } : {}),
        ...(state.dynamodbTable ? { dynamodbTable: state.dynamodbTable } : {}),
      });
      // cdktf 0.21's S3Backend has no use_lockfile field (Terraform >= 1.10 S3-native locking).
      stack.addOverride('terraform.backend.s3.use_lockfile', true);
      return;
    case 'hcp':
      new CloudBackend(stack, {
        hostname: state.hostname,
        organization: state.organization,
        workspaces: new NamedCloudWorkspace(`${state.workspacePrefix}${stackName}`),
      });
      return;
  }
}
