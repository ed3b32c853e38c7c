"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StateBootstrapStack = void 0;
const cdktf_1 = require("cdktf");
const provider_1 = require("@cdktf/provider-aws/lib/provider");
const state_bucket_1 = require("../modules/state/state-bucket");
const stacks_1 = require("../catalog/stacks");
/**
 * `state-bootstrap-<account>`: the bucket that holds the environments' state. Its own state is always
 * local, because the bucket cannot hold the state of the stack that creates it (help/state.md).
 */
class StateBootstrapStack extends cdktf_1.TerraformStack {
    state;
    constructor(scope, plan) {
        const stackName = (0, stacks_1.stateBootstrapStackName)(plan.accountId);
        super(scope, stackName);
        new provider_1.AwsProvider(this, 'aws', {
            region: plan.region,
            allowedAccountIds: [plan.accountId],
            defaultTags: [
                {
                    tags: {
                        Owner: plan.owner,
                        CostCentre: plan.costCentre,
                        ManagedBy: 'cdktf',
                        Stack: stackName,
                        Purpose: 'terraform-state',
                    },
                },
            ],
        });
        new cdktf_1.LocalBackend(this, { path: `terraform.${stackName}.tfstate` });
        // Construct id "state" is part of every address here: never rename it without declareMove.
        this.state = new state_bucket_1.StateBucket(this, 'state', { bucketName: plan.bucket, accountId: plan.accountId });
        const out = (name, value) => new cdktf_1.TerraformOutput(this, name, { value, description: stacks_1.STATE_BOOTSTRAP_STACK_OUTPUTS[name] });
        out('state_bucket', this.state.bucket.bucket.bucket);
        out('state_kms_key_arn', this.state.key.key.arn);
        out('state_kms_key_alias', this.state.key.alias.name);
        out('environments', [...plan.environments]);
    }
}
exports.StateBootstrapStack = StateBootstrapStack;
