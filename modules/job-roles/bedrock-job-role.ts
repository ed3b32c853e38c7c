import { Construct } from 'constructs';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { PolicyDocument, policyJson } from '../policy/document';
import { serviceTrustPolicy } from '../policy/trust';
import { EniScope } from './eni-statements';
import { JobKind, jobArnPattern, jobEniPolicy } from './job-role-policies';

export interface BedrockJobRoleProps {
  readonly kind: JobKind;
  readonly roleName: string;
  readonly description: string;
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
        serviceTrustPolicy({ service: 'bedrock.amazonaws.com', sourceAccount: accountId, sourceArnLike: jobArnPattern(props.kind, region, accountId) }),
      ),
    });
    this.addPolicy('vpc-eni', jobEniPolicy(props.kind, props.eniScope));
  }

  /** Attaches an inline policy; `name` is also the construct ID, so keep it stable. */
  addPolicy(name: string, document: PolicyDocument): void {
    new IamRolePolicy(this, name, { role: this.role.name, name, policy: policyJson(document) });
  }
}
