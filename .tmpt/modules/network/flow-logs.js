"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VpcFlowLogs = void 0;
const constructs_1 = require("constructs");
const cloudwatch_log_group_1 = require("@cdktf/provider-aws/lib/cloudwatch-log-group");
const flow_log_1 = require("@cdktf/provider-aws/lib/flow-log");
const iam_role_1 = require("@cdktf/provider-aws/lib/iam-role");
const iam_role_policy_1 = require("@cdktf/provider-aws/lib/iam-role-policy");
const document_1 = require("../policy/document");
const trust_1 = require("../policy/trust");
/** VPC flow logs (all traffic) to an encrypted CloudWatch log group with a retention. */
class VpcFlowLogs extends constructs_1.Construct {
    logGroup;
    constructor(scope, id, props) {
        super(scope, id);
        this.logGroup = new cloudwatch_log_group_1.CloudwatchLogGroup(this, 'log-group', {
            name: `/aws/vpc-flow-logs/${props.namePrefix}`,
            retentionInDays: props.retentionDays,
            kmsKeyId: props.kmsKeyArn,
        });
        const role = new iam_role_1.IamRole(this, 'role', {
            name: `${props.namePrefix}-flow-logs`,
            description: 'Lets VPC Flow Logs deliver this VPC\'s flow records to its log group.',
            assumeRolePolicy: (0, document_1.policyJson)((0, trust_1.serviceTrustPolicy)({
                service: 'vpc-flow-logs.amazonaws.com',
                sourceAccount: props.accountId,
                sourceArnLike: `arn:aws:ec2:${props.region}:${props.accountId}:vpc-flow-log/*`,
            })),
        });
        new iam_role_policy_1.IamRolePolicy(this, 'role-policy', {
            role: role.name,
            name: 'deliver-to-log-group',
            policy: (0, document_1.policyJson)((0, document_1.policyDocument)('identity', [
                {
                    Sid: 'DeliverFlowLogs',
                    Effect: 'Allow',
                    Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
                    Resource: [`${this.logGroup.arn}:*`],
                },
            ])),
        });
        new flow_log_1.FlowLog(this, 'flow-log', {
            vpcId: props.vpcId,
            trafficType: 'ALL',
            logDestinationType: 'cloud-watch-logs',
            logDestination: this.logGroup.arn,
            iamRoleArn: role.arn,
            maxAggregationInterval: 60,
        });
    }
}
exports.VpcFlowLogs = VpcFlowLogs;
