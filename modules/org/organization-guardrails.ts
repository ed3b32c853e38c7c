import { Construct } from 'constructs';
import { OrganizationsPolicy } from '@cdktf/provider-aws/lib/organizations-policy';
import { OrganizationsPolicyAttachment } from '@cdktf/provider-aws/lib/organizations-policy-attachment';
import type { PolicyDocument } from '../../catalog/iam-policy';
import { policyJson } from '../policy/document';

export interface OrganizationGuardrailsProps {
  /** The service control policy (platformServiceControlPolicy). */
  readonly serviceControlPolicy: PolicyDocument;
  /** The resource control policy (dataPerimeterResourceControlPolicy). */
  readonly resourceControlPolicy: PolicyDocument;
  /** Roots, OUs or accounts both policies attach to. Order does not matter: attachments are keyed by id. */
  readonly targetIds: readonly string[];
}

/**
 * Both organization policies, created and attached in the management account. Attachments are keyed by
 * target id, so adding a target only adds addresses. The RCP type needs RCPs enabled on the root
 * (aws organizations enable-policy-type --policy-type RESOURCE_CONTROL_POLICY), which this does not do:
 * enabling a policy type is an organization-wide decision (help/organization-guardrails.md).
 */
export class OrganizationGuardrails extends Construct {
  readonly serviceControlPolicy: OrganizationsPolicy;
  readonly resourceControlPolicy: OrganizationsPolicy;

  constructor(scope: Construct, id: string, props: OrganizationGuardrailsProps) {
    super(scope, id);
    if (props.targetIds.length === 0) throw new Error(`${this.node.path}: name at least one root, OU or account to attach the policies to.`);
    this.serviceControlPolicy = new OrganizationsPolicy(this, 'scp', {
      name: 'bedrock-platform-guardrails',
      description: 'Bedrock platform: no Bedrock API keys; only the deployer changes invocation logging; only submitters pass job roles',
      type: 'SERVICE_CONTROL_POLICY',
      content: policyJson(props.serviceControlPolicy),
    });
    this.resourceControlPolicy = new OrganizationsPolicy(this, 'rcp', {
      name: 'bedrock-platform-data-perimeter',
      description: 'Bedrock platform: data and invocation log buckets only through this organization\'s VPC endpoints',
      type: 'RESOURCE_CONTROL_POLICY',
      content: policyJson(props.resourceControlPolicy),
    });
    for (const target of props.targetIds) {
      new OrganizationsPolicyAttachment(this, `scp-${target}`, { policyId: this.serviceControlPolicy.id, targetId: target });
      new OrganizationsPolicyAttachment(this, `rcp-${target}`, { policyId: this.resourceControlPolicy.id, targetId: target });
    }
  }
}
