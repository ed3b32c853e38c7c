import { Construct } from 'constructs';
import { TerraformOutput } from '../framework';
import { IndependentStack } from './independent-stack';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import type { OrganizationConfig } from '../config/organization';
import { configureBackend } from '../modules/state/backend';
import { OrganizationGuardrails } from '../modules/org/organization-guardrails';
import { ORGANIZATION_STACK_OUTPUTS, type OrganizationStackOutput } from '../catalog/stacks';
import { organizationPolicies } from './organization-policies';

/** AWS Organizations is a global service served from us-east-1. */
export const ORGANIZATIONS_REGION = 'us-east-1';

/**
 * The management account's stack (config/organization.json): the platform SCP and RCP, attached to the
 * configured targets. Deployed by hand from the management account, never by the environment pipeline
 * (help/organization-guardrails.md).
 */
export class OrganizationStack extends IndependentStack {
  readonly guardrails: OrganizationGuardrails;

  constructor(scope: Construct, org: OrganizationConfig) {
    super(scope, org.stackName);
    new AwsProvider(this, 'aws', {
      region: ORGANIZATIONS_REGION,
      allowedAccountIds: [org.managementAccountId],
      defaultTags: [{ tags: { ManagedBy: 'cdktf', Stack: org.stackName } }],
    });
    configureBackend(this, org.stackName, org.state, ORGANIZATIONS_REGION);
    const policies = organizationPolicies(org);
    this.guardrails = new OrganizationGuardrails(this, 'guardrails', { ...policies, targetIds: org.targetIds });

    const out = (name: OrganizationStackOutput, value: unknown) => new TerraformOutput(this, name, { value, description: ORGANIZATION_STACK_OUTPUTS[name] });
    out('service_control_policy_id', this.guardrails.serviceControlPolicy.id);
    out('resource_control_policy_id', this.guardrails.resourceControlPolicy.id);
    out('target_ids', [...org.targetIds]);
  }
}
