"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BedrockJobRole = void 0;
const constructs_1 = require("constructs");
const iam_role_1 = require("@cdktf/provider-aws/lib/iam-role");
const iam_role_policy_1 = require("@cdktf/provider-aws/lib/iam-role-policy");
const document_1 = require("../policy/document");
const trust_1 = require("../policy/trust");
const job_kinds_1 = require("../../catalog/job-kinds");
const job_role_policies_1 = require("./job-role-policies");
/**
 * The service role a Bedrock job assumes: trusted by bedrock.amazonaws.com only for this account's
 * jobs of this kind (confused-deputy conditions), with the seed's ENI permissions. Data and model
 * permissions are attached with addPolicy once the buckets and keys exist (they reference this role).
 */
class BedrockJobRole extends constructs_1.Construct {
    role;
    constructor(scope, id, props) {
        super(scope, id);
        if (props.eniScope.subnetIds.length === 0)
            throw new Error(`${this.node.path}: a job role needs at least one subnet to scope its ENI permissions to.`);
        const { region, accountId } = props.eniScope;
        this.role = new iam_role_1.IamRole(this, 'role', {
            name: props.roleName,
            description: props.description,
            assumeRolePolicy: (0, document_1.policyJson)((0, trust_1.serviceTrustPolicy)({ service: 'bedrock.amazonaws.com', sourceAccount: accountId, sourceArnLike: (0, job_kinds_1.jobArnPattern)(props.kind, region, accountId) })),
        });
        this.addPolicy('vpc-eni', (0, job_role_policies_1.jobEniPolicy)(props.kind, props.eniScope));
    }
    /** Attaches an inline policy; `name` is also the construct ID, so keep it stable. */
    addPolicy(name, document) {
        new iam_role_policy_1.IamRolePolicy(this, name, { role: this.role.name, name, policy: (0, document_1.policyJson)(document) });
    }
}
exports.BedrockJobRole = BedrockJobRole;
