import { synthEnv, testEnv } from '../helpers/synth';

describe('state backends', () => {
  it('uses a local state file per stack by default (no credentials needed), for Terraform >= 1.2', () => {
    const tf = synthEnv(testEnv());
    expect(tf.terraform.backend).toEqual({ local: { path: 'terraform.bedrock-test.tfstate' } });
    expect(tf.terraform.required_version).toBe('>= 1.2.0');
  });

  it('uses S3 with one key per stack, encryption and S3-native locking (use_lockfile)', () => {
    const tf = synthEnv(testEnv({ state: { type: 's3', bucket: 'acme-tfstate-123456789012', keyPrefix: 'platform/bedrock' } }));
    expect(tf.terraform.backend).toEqual({
      s3: { bucket: 'acme-tfstate-123456789012', key: 'platform/bedrock/bedrock-test.tfstate', region: 'us-east-1', encrypt: true, use_lockfile: true },
    });
    // use_lockfile is Terraform 1.10's: older Terraform rejects the argument.
    expect(tf.terraform.required_version).toBe('>= 1.10.0');
  });

  it('locks with the DynamoDB table instead of use_lockfile when one is named, so Terraform < 1.10 can run it', () => {
    const tf = synthEnv(
      testEnv({ state: { type: 's3', bucket: 'acme-tfstate', region: 'eu-west-1', kmsKeyId: 'alias/tfstate', dynamodbTable: 'tf-locks' } }),
    );
    expect(tf.terraform.backend).toEqual({
      s3: {
        bucket: 'acme-tfstate',
        key: 'bedrock-private/bedrock-test.tfstate',
        region: 'eu-west-1',
        encrypt: true,
        kms_key_id: 'alias/tfstate',
        dynamodb_table: 'tf-locks',
      },
    });
    expect(tf.terraform.required_version).toBe('>= 1.2.0');
  });

  it('uses an HCP Terraform workspace per stack when configured', () => {
    const tf = synthEnv(testEnv({ state: { type: 'hcp', organization: 'acme', workspacePrefix: 'ml-' } }));
    expect(tf.terraform.backend).toBeUndefined();
    expect(tf.terraform.cloud).toEqual({ hostname: 'app.terraform.io', organization: 'acme', workspaces: { name: 'ml-bedrock-test' } });
    expect(tf.terraform.required_version).toBe('>= 1.2.0');
  });
});
