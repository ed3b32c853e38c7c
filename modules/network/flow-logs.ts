import { Construct } from 'constructs';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { policyDocument, policyJson } from '../policy/document';
import { serviceTrustPolicy } from '../policy/trust';

export interface VpcFlowLogsProps {
  /** The VPC whose traffic is logged. */
  readonly vpcId: string;
  /** `<prefix>-<env>`: the log group is `/aws/vpc-flow-logs/<namePrefix>`, the role `<namePrefix>-flow-logs`. */
  readonly namePrefix: string;
  /** The account whose flow logs may assume the delivery role (aws:SourceAccount). */
  readonly accountId: string;
  /** The region in the delivery role's aws:SourceArn. */
  readonly region: string;
  /** CloudWatch Logs retention in days. */
  readonly retentionDays: number;
  /** KMS key ARN that encrypts the log group (the environment's logs key). */
  readonly kmsKeyArn: string;
}

/**
 * Every field an investigation of this VPC needs, in an explicit order (the default v2 format lacks the
 * VPC and subnet, the packet-level addresses behind an interface endpoint, the direction and the path out).
 */
const FLOW_LOG_FIELDS = [
  'version', 'account-id', 'region', 'az-id', 'vpc-id', 'subnet-id', 'interface-id', 'instance-id', 'type',
  'srcaddr', 'dstaddr', 'srcport', 'dstport', 'pkt-srcaddr', 'pkt-dstaddr', 'protocol', 'tcp-flags',
  'pkt-src-aws-service', 'pkt-dst-aws-service', 'packets', 'bytes', 'start', 'end', 'action', 'log-status',
  'flow-direction', 'traffic-path',
] as const;

/** VPC flow logs (all traffic) to an encrypted CloudWatch log group with a retention. */
export class VpcFlowLogs extends Construct {
  readonly logGroup: CloudwatchLogGroup;

  constructor(scope: Construct, id: string, props: VpcFlowLogsProps) {
    super(scope, id);
    this.logGroup = new CloudwatchLogGroup(this, 'log-group', {
      name: `/aws/vpc-flow-logs/${props.namePrefix}`,
      retentionInDays: props.retentionDays,
      kmsKeyId: props.kmsKeyArn,
    });

    const role = new IamRole(this, 'role', {
      name: `${props.namePrefix}-flow-logs`,
      description: 'Lets VPC Flow Logs deliver this VPC\'s flow records to its log group.',
      assumeRolePolicy: policyJson(
        serviceTrustPolicy({
          service: 'vpc-flow-logs.amazonaws.com',
          sourceAccount: props.accountId,
          sourceArnLike: `arn:aws:ec2:${props.region}:${props.accountId}:vpc-flow-log/*`,
        }),
      ),
    });
    new IamRolePolicy(this, 'role-policy', {
      role: role.name,
      name: 'deliver-to-log-group',
      policy: policyJson(
        policyDocument('identity', [
          {
            Sid: 'DeliverFlowLogs',
            Effect: 'Allow',
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
            Resource: [`${this.logGroup.arn}:*`],
          },
        ]),
      ),
    });

    new FlowLog(this, 'flow-log', {
      vpcId: props.vpcId,
      trafficType: 'ALL',
      logDestinationType: 'cloud-watch-logs',
      logDestination: this.logGroup.arn,
      iamRoleArn: role.arn,
      maxAggregationInterval: 60,
      // "$${field}": Terraform would read "${field}" as an interpolation; AWS receives "${field}".
      logFormat: FLOW_LOG_FIELDS.map((f) => `$$\{${f}}`).join(' '),
    });
  }
}
