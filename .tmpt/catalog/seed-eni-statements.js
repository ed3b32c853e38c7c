"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.customizationJobEniStatements = customizationJobEniStatements;
exports.batchInferenceJobEniStatements = batchInferenceJobEniStatements;
const ENI_DESCRIBE_ACTIONS = [
    'ec2:DescribeNetworkInterfaces',
    'ec2:DescribeVpcs',
    'ec2:DescribeDhcpOptions',
    'ec2:DescribeSubnets',
    'ec2:DescribeSecurityGroups',
];
function subnetArn(scope, subnetId) {
    return `arn:aws:ec2:${scope.region}:${scope.accountId}:subnet/${subnetId}`;
}
function securityGroupArn(scope, groupId) {
    return `arn:aws:ec2:${scope.region}:${scope.accountId}:security-group/${groupId}`;
}
function networkInterfaces(scope) {
    return `arn:aws:ec2:${scope.region}:${scope.accountId}:network-interface/*`;
}
/** Both seeds' last statement: Bedrock may tag an ENI only while creating it, and only with its two tags. */
function tagEnisOnCreate(scope, jobTagKey) {
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
function customizationJobEniStatements(scope, { jobArns: jobs, jobTagKey }) {
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
function batchInferenceJobEniStatements(scope, { jobArns: jobs, jobTagKey }) {
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
