"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.configureBackend = configureBackend;
const cdktf_1 = require("cdktf");
/**
 * Configures where a stack keeps its state. Local by default, so synth and tests need no credentials;
 * S3 (one key per stack, encrypted, S3-native locking) or HCP Terraform (one workspace per stack) by config.
 */
function configureBackend(stack, stackName, state, defaultRegion) {
    switch (state.type) {
        case 'local':
            new cdktf_1.LocalBackend(stack, { path: `terraform.${stackName}.tfstate` });
            return;
        case 's3':
            new cdktf_1.S3Backend(stack, {
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
            new cdktf_1.CloudBackend(stack, {
                hostname: state.hostname,
                organization: state.organization,
                workspaces: new cdktf_1.NamedCloudWorkspace(`${state.workspacePrefix}${stackName}`),
            });
            return;
    }
}
