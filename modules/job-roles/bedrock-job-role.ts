import { Construct } from 'constructs';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import type { PolicyDocument } from '../../catalog/iam-policy';
import { policyJson } from '../policy/document';
import { serviceTrustPolicy } from '../policy/trust';
import type { EniScope } from '../../catalog/seed-eni-statements';
import { type ServiceRoleJobKind, jobArnPattern } from '../../catalog/job-kinds';
import { jobEniPolicy } from './job-role-policies';
import { BEDROCK_SERVICE_PRINCIPAL } from '../../catalog/bedrock-services';

export interface BedrockJobRoleProps {
  /** The job kind (catalog/job-kinds.ts): decides the trust policy's aws:SourceArn and which seed's ENI statements the role gets. */
  readonly kind: ServiceRoleJobKind;
  /** The IAM role name. */
  readonly roleName: string;
  /** The IAM role description. */
  readonly description: string;
  /** Region, account, subnets and job security group that the ENI statements are scoped to. */
  readonly eniScope: EniScope;
}

/**
 * The service role a Bedrock job assumes: trusted by bedrock.amazonaws.com only for this account's
 * jobs of this kind (confused-deputy conditions), with the seed's ENI permissions. Data and model
 * permissions are attached with addPolicy once the buckets and keys exist (they reference this role).
 */
export class BedrockJobRole extends Construct {
  readonly role: IamRole;

  constructor(scope: Construct, id: string, props: BedrockJobRoleProps) {
    super(scope, id);
    if (props.eniScope.subnetIds.length === 0) throw new Error(`${this.node.path}: a job role needs at least one subnet to scope its ENI permissions to.`);
    const { region, accountId } = props.eniScope;
    this.role = new IamRole(this, 'role', {
      name: props.roleName,
      description: props.description,
      assumeRolePolicy: policyJson(
        serviceTrustPolicy({ service: BEDROCK_SERVICE_PRINCIPAL, sourceAccount: accountId, sourceArnLike: jobArnPattern(props.kind, region, accountId) }),
      ),
    });
    this.addPolicy('vpc-eni', jobEniPolicy(props.kind, props.eniScope));
  }

  /** Attaches an inline policy; `name` is also the construct ID, so keep it stable. */
  addPolicy(name: string, document: PolicyDocument): void {
    new IamRolePolicy(this, name, { role: this.role.name, name, policy: policyJson(document) });
  }
}
