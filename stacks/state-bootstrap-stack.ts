import { Construct } from 'constructs';
import { TerraformOutput } from 'cdktf';
import { IndependentStack } from './independent-stack';
import { configureBackend } from '../modules/state/backend';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { StateBucket } from '../modules/state/state-bucket';
import type { StateBucketPlan } from '../config/state-buckets';
import { STATE_BOOTSTRAP_STACK_OUTPUTS, type StateBootstrapStackOutput, stateBootstrapStackName } from '../catalog/stacks';

/**
 * `state-bootstrap-<account>`: the bucket that holds the environments' state. Its own state is always
 * local, because the bucket cannot hold the state of the stack that creates it (help/state.md).
 */
export class StateBootstrapStack extends IndependentStack {
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
    configureBackend(this, stackName, { type: 'local' }, plan.region);

    // Construct id "state" is part of every address here: never rename it without declareMove.
    this.state = new StateBucket(this, 'state', {
      bucketName: plan.bucket,
      accountId: plan.accountId,
      region: plan.region,
      deployerArns: plan.deployers,
      plannerArns: plan.planners,
      breakGlassArns: plan.breakGlass,
    });

    const out = (name: StateBootstrapStackOutput, value: unknown) => new TerraformOutput(this, name, { value, description: STATE_BOOTSTRAP_STACK_OUTPUTS[name] });
    out('state_bucket', this.state.bucket.bucket.bucket);
    out('state_kms_key_arn', this.state.key.key.arn);
    out('state_kms_key_alias', this.state.key.alias.name);
    out('environments', [...plan.environments]);
  }
}
