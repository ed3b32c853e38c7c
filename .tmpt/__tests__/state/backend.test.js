"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const synth_1 = require("../helpers/synth");
describe('state backends', () => {
    it('uses a local state file per stack by default (no credentials needed)', () => {
        expect((0, synth_1.synthEnv)((0, synth_1.testEnv)()).terraform.backend).toEqual({ local: { path: 'terraform.bedrock-test.tfstate' } });
    });
    it('uses S3 with one key per stack, encryption and S3-native locking (use_lockfile)', () => {
        const tf = (0, synth_1.synthEnv)((0, synth_1.testEnv)({ state: { type: 's3', bucket: 'acme-tfstate-123456789012', keyPrefix: 'platform/bedrock' } }));
        expect(tf.terraform.backend).toEqual({
            s3: { bucket: 'acme-tfstate-123456789012', key: 'platform/bedrock/bedrock-test.tfstate', region: 'us-east-1', encrypt: true, use_lockfile: true },
        });
    });
    it('passes the optional KMS key, state region and DynamoDB table (for Terraform < 1.10) through', () => {
        const tf = (0, synth_1.synthEnv)((0, synth_1.testEnv)({ state: { type: 's3', bucket: 'acme-tfstate', region: 'eu-west-1', kmsKeyId: 'alias/tfstate', dynamodbTable: 'tf-locks' } }));
        expect(tf.terraform.backend).toEqual({
            s3: {
                bucket: 'acme-tfstate',
                key: 'bedrock-private/bedrock-test.tfstate',
                region: 'eu-west-1',
                encrypt: true,
                kms_key_id: 'alias/tfstate',
                dynamodb_table: 'tf-locks',
                use_lockfile: true,
            },
        });
    });
    it('uses an HCP Terraform workspace per stack when configured', () => {
        const tf = (0, synth_1.synthEnv)((0, synth_1.testEnv)({ state: { type: 'hcp', organization: 'acme', workspacePrefix: 'ml-' } }));
        expect(tf.terraform.backend).toBeUndefined();
        expect(tf.terraform.cloud).toEqual({ hostname: 'app.terraform.io', organization: 'acme', workspaces: { name: 'ml-bedrock-test' } });
    });
});
