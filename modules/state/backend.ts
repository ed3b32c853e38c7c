import { CloudBackend, LocalBackend, NamedCloudWorkspace, S3Backend, TerraformStack } from '../../framework';

/** Where a stack's state lives; each variant's fields mirror the environment file's `state` block. */
export type StateBackendProps =
  /** A local file, `terraform.<stack>.tfstate`. */
  | { readonly type: 'local' }
  | {
      readonly type: 's3';
      /** The state bucket. */
      readonly bucket: string;
      /** @default the stack's own region */
      readonly region?: string;
      /** Each stack's state lives at `<keyPrefix>/<stack>.tfstate`. */
      readonly keyPrefix: string;
      /** @default the bucket's default encryption */
      readonly kmsKeyId?: string;
      /** DynamoDB lock table, for Terraform < 1.10. @default none: S3-native locking (use_lockfile) only */
      readonly dynamodbTable?: string;
    }
  | {
      readonly type: 'hcp';
      readonly organization: string;
      readonly hostname: string;
      /** Each stack's workspace is `<workspacePrefix><stack>`. */
      readonly workspacePrefix: string;
    };

/** Terraform that runs every stack: preconditions (1.2) and the cloud block (1.1) are the newest features used. */
const MIN_TERRAFORM = '1.2.0';
/** S3-native state locking (use_lockfile) arrived in Terraform 1.10. */
const MIN_TERRAFORM_S3_LOCKFILE = '1.10.0';

/**
 * Configures where a stack keeps its state, and the Terraform versions that can use it (required_version).
 * S3 state locks with S3 itself (use_lockfile) unless a DynamoDB table is named: that is for Terraform
 * < 1.10, which rejects use_lockfile, so the two are never emitted together. Local by default, so synth and tests need no credentials;
 * S3 (one key per stack, encrypted, S3-native locking) or HCP Terraform (one workspace per stack) by config.
 */
export function configureBackend(stack: TerraformStack, stackName: string, state: StateBackendProps, defaultRegion: string): void {
  const requireTerraform = (version: string) => stack.addOverride('terraform.required_version', `>= ${version}`);
  switch (state.type) {
    case 'local':
      new LocalBackend(stack, { path: `terraform.${stackName}.tfstate` });
      requireTerraform(MIN_TERRAFORM);
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
      if (state.dynamodbTable) {
        requireTerraform(MIN_TERRAFORM);
      } else {
        // cdktf 0.21's S3Backend has no use_lockfile field (Terraform >= 1.10 S3-native locking).
        stack.addOverride('terraform.backend.s3.use_lockfile', true);
        requireTerraform(MIN_TERRAFORM_S3_LOCKFILE);
      }
      return;
    case 'hcp':
      new CloudBackend(stack, {
        hostname: state.hostname,
        organization: state.organization,
        workspaces: new NamedCloudWorkspace(`${state.workspacePrefix}${stackName}`),
      });
      requireTerraform(MIN_TERRAFORM);
      return;
  }
}
