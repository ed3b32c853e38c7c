import { Construct } from 'constructs';
import { LocalBackend, TerraformOutput, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { StateBucket } from '../modules/state/state-bucket';
import { StateBucketPlan, stateBootstrapStackName } from '../modules/state/bootstrap-plan';

/**
 * `state-bootstrap-<account>`: the bucket that holds the environments' state. Its own state is always
 * local, because the bucket cannot hold the state of the stack that creates it (help/state.md).
 */
export class StateBootstrapStack extends TerraformStack {
  readonly state: StateBucket;

  constructor(scope: Construct, plan: StateBucketPlan) {
    const stackName = stateBootstrapStackName(plan.accountId);
    super(scope, stackName);
    new AwsProvider(this, 'aws', {
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
    new LocalBackend(this, { path: `terraform.${stackName}.tfstate` });

    // Construct id "state" is part of every address here: never rename it without declareMove.
    this.state = new StateBucket(this, 'state', { bucketName: plan.bucket, accountId: plan.accountId });

    new TerraformOutput(this, 'state_bucket', { value: this.state.bucket.bucket.bucket, description: 'State bucket (state.bucket)' });
    new TerraformOutput(this, 'state_kms_key_arn', { value: this.state.key.key.arn, description: 'Key that encrypts the state objects' });
    new TerraformOutput(this, 'state_kms_key_alias', {
      value: this.state.key.alias.name,
      description: 'Put this in state.kmsKeyId: without it the S3 backend writes state objects with SSE-S3, not this key',
    });
    new TerraformOutput(this, 'environments', { value: [...plan.environments], description: 'Environments whose state lives in this bucket' });
  }
}
