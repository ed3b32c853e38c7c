"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.customizationJobFragment = customizationJobFragment;
exports.batchInferenceJobFragment = batchInferenceJobFragment;
exports.customizationJobCliCommand = customizationJobCliCommand;
const buckets_1 = require("./buckets");
function jobVpcConfig(scope) {
    return { subnetIds: [...scope.subnetIds], securityGroupIds: [scope.jobSecurityGroupId] };
}
function customizationJobFragment(scope) {
    return {
        roleArn: scope.customizationRoleArn,
        trainingDataConfig: { s3Uri: (0, buckets_1.s3Uri)(scope.buckets.training) },
        validationDataConfig: { validators: [{ s3Uri: (0, buckets_1.s3Uri)(scope.buckets.validation) }] },
        outputDataConfig: { s3Uri: (0, buckets_1.s3Uri)(scope.buckets.customizationOutput) },
        vpcConfig: jobVpcConfig(scope),
        customModelKmsKeyId: scope.customModelKeyArn,
    };
}
function batchInferenceJobFragment(scope) {
    return {
        roleArn: scope.batchInferenceRoleArn,
        inputDataConfig: { s3InputDataConfig: { s3Uri: (0, buckets_1.s3Uri)(scope.buckets.batchInput) } },
        outputDataConfig: { s3OutputDataConfig: { s3Uri: (0, buckets_1.s3Uri)(scope.buckets.batchOutput), s3EncryptionKeyId: scope.dataKeyArn } },
        vpcConfig: jobVpcConfig(scope),
    };
}
/**
 * A structure argument for the AWS CLI as JSON in single quotes. Shorthand (`s3Uri=...`) would split an
 * S3 URI at ',' or '='; the JSON holds only bucket names ([a-z0-9.-]) and <placeholders>, never a quote.
 */
function jsonArgument(value) {
    return `'${JSON.stringify(value)}'`;
}
/** The AWS CLI equivalent of the customization fragment (seed 002's remediation command, prefilled). */
function customizationJobCliCommand(scope, subnetIdsCsv) {
    const f = customizationJobFragment(scope);
    return [
        'aws bedrock create-model-customization-job',
        `--region ${scope.region}`,
        '--job-name <job-name>',
        '--custom-model-name <custom-model-name>',
        '--base-model-identifier <base-model-id>',
        `--role-arn ${f.roleArn}`,
        `--training-data-config ${jsonArgument({ s3Uri: (0, buckets_1.s3Uri)(scope.buckets.training, '<train.jsonl>') })}`,
        `--validation-data-config ${jsonArgument({ validators: [{ s3Uri: (0, buckets_1.s3Uri)(scope.buckets.validation, '<validation.jsonl>') }] })}`,
        `--output-data-config ${jsonArgument(f.outputDataConfig)}`,
        '--hyper-parameters <name>=<value>,...',
        `--custom-model-kms-key-id ${f.customModelKmsKeyId}`,
        `--vpc-config subnetIds=${subnetIdsCsv},securityGroupIds=${scope.jobSecurityGroupId}`,
    ].join(' ');
}
