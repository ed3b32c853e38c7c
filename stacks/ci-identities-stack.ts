import { Construct } from 'constructs';
import { TerraformOutput } from '../framework';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { IndependentStack } from './independent-stack';
import { configureBackend } from '../modules/state/backend';
import { CiIdentities } from '../modules/ci-identities/ci-identities';
import type { CiIdentitiesPlan } from '../config/ci-identities';
import { CI_IDENTITIES_STACK_OUTPUTS, type CiIdentitiesStackOutput, ciIdentitiesStackName } from '../catalog/ci-identities';

/**
 * `ci-identities-<account>`: the roles the workflows assume in one account (environments with ciIdentities).
 * A stack of its own, per account, because IAM is: one OIDC provider per account, and roles that several
 * environments of an account share. Deployed by hand by an administrator, once and on change, never by the
 * deployer it creates (its boundary forbids that deployer to change itself). State is local, like the
 * state-bootstrap stack's: these roles are what CI would need to reach remote state (help/deploying.md).
 */
export class CiIdentitiesStack extends IndependentStack {
  readonly identities: CiIdentities;

  constructor(scope: Construct, plan: CiIdentitiesPlan) {
    const stackName = ciIdentitiesStackName(plan.accountId);
    super(scope, stackName);
    new AwsProvider(this, 'aws', {
      region: plan.region,
      allowedAccountIds: [plan.accountId],
      defaultTags: [{ tags: { Owner: plan.owner, CostCentre: plan.costCentre, ManagedBy: 'cdktf', Stack: stackName, Purpose: 'ci-identities' } }],
    });
    configureBackend(this, stackName, { type: 'local' }, plan.region);
    this.identities = new CiIdentities(this, 'ci', {
      accountId: plan.accountId,
      namePrefix: plan.namePrefix,
      repository: plan.repository,
      environments: plan.environments,
      state: plan.state,
      oidcProviderArn: plan.oidcProviderArn,
    });

    const out = (name: CiIdentitiesStackOutput, value: unknown) => new TerraformOutput(this, name, { value, description: CI_IDENTITIES_STACK_OUTPUTS[name] });
    out('oidc_provider_arn', this.identities.oidcProviderArn);
    out('deployer_role_arn', this.identities.deployer.arn);
    out('planner_role_arn', this.identities.planner.arn);
    out('permissions_boundary_arn', this.identities.boundary.arn);
    out('environments', [...plan.environments]);
  }
}
