import type { PolicyStatement } from './iam-policy';

/**
 * The ENI permissions Bedrock needs to place a job in our VPC, exactly as the seeds give them,
 * with region, account, subnet and security-group ARNs filled in from the stack.
 *
 * The two seeds differ and each is kept as given (DEVELOPERS: follow the seeds): seed 000
 * (customization) splits CreateNetworkInterface into a tag-conditioned statement on ENIs and an
 * unconditioned one on our subnets and security group, and requires BedrockManaged on deletes;
 * seed 001 (batch) puts all three resources under the tag conditions, numbers its Sids, and
 * conditions deletes on the subnet and the job-ARN tag only. help/compliance.md discusses it.
 */

export interface EniScope {
  readonly region: string;
  readonly accountId: string;
  /** Subnet IDs jobs may place ENIs in. */
  readonly subnetIds: readonly string[];
  /** The job security group's ID. */
  readonly securityGroupId: string;
}

/** What a seed's statements say about the job kind: its ARN pattern and the ENI tag that carries the job ARN. */
export interface EniJobFacts {
  /** `arn:aws:bedrock:<region>:<account>:<job type>/*` (jobArnPattern in job-kinds.ts). */
  readonly jobArns: string;
  /** The tag Bedrock puts on the job's ENIs, e.g. BedrockModelCustomizationJobArn. */
  readonly jobTagKey: string;
}

/** Builds one seed's ENI statements for a scope; job-kinds.ts holds one per job kind. */
export type EniStatementsBuilder = (scope: EniScope, job: EniJobFacts) => PolicyStatement[];

const ENI_DESCRIBE_ACTIONS = [
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeVpcs',
  'ec2:DescribeDhcpOptions',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
] as const;

function subnetArn(scope: Pick<EniScope, 'region' | 'accountId'>, subnetId: string): string {
  return `arn:aws:ec2:${scope.region}:${scope.accountId}:subnet/${subnetId}`;
}

function securityGroupArn(scope: Pick<EniScope, 'region' | 'accountId'>, groupId: string): string {
  return `arn:aws:ec2:${scope.region}:${scope.accountId}:security-group/${groupId}`;
}

function networkInterfaces(scope: EniScope): string {
  return `arn:aws:ec2:${scope.region}:${scope.accountId}:network-interface/*`;
}

/** Both seeds' last statement: Bedrock may tag an ENI only while creating it, and only with its two tags. */
function tagEnisOnCreate(scope: EniScope, jobTagKey: string): PolicyStatement {
  return {
    Effect: 'Allow',
    Action: ['ec2:CreateTags'],
    Resource: networkInterfaces(scope),
    Condition: {
      StringEquals: { 'ec2:CreateAction': ['CreateNetworkInterface'] },
      'ForAllValues:StringEquals': { 'aws:TagKeys': ['BedrockManaged', jobTagKey] },
    },
  };
}

/** Seed 000, "Attach VPC permissions to a model customization role", statement by statement. */
export function customizationJobEniStatements(scope: EniScope, { jobArns: jobs, jobTagKey }: EniJobFacts): PolicyStatement[] {
  const subnets = scope.subnetIds.map((id) => subnetArn(scope, id));
  return [
    { Effect: 'Allow', Action: [...ENI_DESCRIBE_ACTIONS], Resource: '*' },
    {
      Effect: 'Allow',
      Action: ['ec2:CreateNetworkInterface'],
      Resource: [networkInterfaces(scope)],
      Condition: {
        StringEquals: { 'aws:RequestTag/BedrockManaged': ['true'] },
        ArnEquals: { [`aws:RequestTag/${jobTagKey}`]: [jobs] },
      },
    },
    {
      Effect: 'Allow',
      Action: ['ec2:CreateNetworkInterface'],
      Resource: [...subnets, securityGroupArn(scope, scope.securityGroupId)],
    },
    {
      Effect: 'Allow',
      Action: ['ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface', 'ec2:DeleteNetworkInterfacePermission'],
      Resource: '*',
      Condition: {
        ArnEquals: { 'ec2:Subnet': subnets, [`ec2:ResourceTag/${jobTagKey}`]: [jobs] },
        StringEquals: { 'ec2:ResourceTag/BedrockManaged': 'true' },
      },
    },
    tagEnisOnCreate(scope, jobTagKey),
  ];
}

/** Seed 001, "Attach VPC permissions to a batch inference role", statement by statement. */
export function batchInferenceJobEniStatements(scope: EniScope, { jobArns: jobs, jobTagKey }: EniJobFacts): PolicyStatement[] {
  const subnets = scope.subnetIds.map((id) => subnetArn(scope, id));
  return [
    { Sid: '1', Effect: 'Allow', Action: [...ENI_DESCRIBE_ACTIONS], Resource: ['*'] },
    {
      Sid: '2',
      Effect: 'Allow',
      Action: ['ec2:CreateNetworkInterface'],
      Resource: [networkInterfaces(scope), ...subnets, securityGroupArn(scope, scope.securityGroupId)],
      Condition: {
        StringEquals: { 'aws:RequestTag/BedrockManaged': ['true'] },
        ArnEquals: { [`aws:RequestTag/${jobTagKey}`]: [jobs] },
      },
    },
    {
      Sid: '3',
      Effect: 'Allow',
      Action: ['ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface', 'ec2:DeleteNetworkInterfacePermission'],
      Resource: ['*'],
      Condition: {
        StringEquals: { 'ec2:Subnet': subnets },
        ArnEquals: { [`ec2:ResourceTag/${jobTagKey}`]: [jobs] },
      },
    },
    { Sid: '4', ...tagEnisOnCreate(scope, jobTagKey) },
  ];
}
