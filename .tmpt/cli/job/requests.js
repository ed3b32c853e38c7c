"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LAUNCH_OUTPUTS = void 0;
exports.launchScope = launchScope;
exports.customizationRequest = customizationRequest;
exports.batchRequest = batchRequest;
exports.assertCompliant = assertCompliant;
const launch_1 = require("../../catalog/launch");
const buckets_1 = require("../../catalog/buckets");
/** Outputs without which a job cannot be launched compliantly; a missing one stops the command. */
exports.LAUNCH_OUTPUTS = [
    'region',
    'subnet_ids',
    'job_security_group_id',
    'customization_role_arn',
    'batch_inference_role_arn',
    'custom_model_kms_key_arn',
    'data_kms_key_arn',
    'bucket_names',
];
function launchScope(values) {
    const missing = exports.LAUNCH_OUTPUTS.filter((name) => values[name] === undefined);
    if (missing.length)
        throw new Error(`stack outputs lack ${missing.join(', ')}`);
    return {
        region: values.region,
        subnetIds: values.subnet_ids,
        jobSecurityGroupId: values.job_security_group_id,
        customizationRoleArn: values.customization_role_arn,
        batchInferenceRoleArn: values.batch_inference_role_arn,
        customModelKeyArn: values.custom_model_kms_key_arn,
        dataKeyArn: values.data_kms_key_arn,
        buckets: values.bucket_names,
    };
}
/** The same fragment builder the stack's `customization_job_request` output uses, plus the caller's choices. */
function customizationRequest(scope, args) {
    const fragment = (0, launch_1.customizationJobFragment)(scope);
    return {
        ...fragment,
        jobName: args.jobName,
        customModelName: args.customModelName,
        baseModelIdentifier: args.baseModel,
        ...(args.customizationType ? { customizationType: args.customizationType } : {}),
        trainingDataConfig: { s3Uri: (0, buckets_1.s3Uri)(scope.buckets.training, args.trainingKey) },
        validationDataConfig: args.validationKey ? { validators: [{ s3Uri: (0, buckets_1.s3Uri)(scope.buckets.validation, args.validationKey) }] } : undefined,
        outputDataConfig: { s3Uri: (0, buckets_1.s3Uri)(scope.buckets.customizationOutput, `${args.jobName}/`) },
        hyperParameters: { ...args.hyperParameters },
    };
}
function batchRequest(scope, args) {
    const fragment = (0, launch_1.batchInferenceJobFragment)(scope);
    return {
        ...fragment,
        jobName: args.jobName,
        modelId: args.modelId,
        inputDataConfig: { s3InputDataConfig: { s3Uri: (0, buckets_1.s3Uri)(scope.buckets.batchInput, args.inputKey) } },
        outputDataConfig: { s3OutputDataConfig: { s3Uri: (0, buckets_1.s3Uri)(scope.buckets.batchOutput, `${args.jobName}/`), s3EncryptionKeyId: scope.dataKeyArn } },
    };
}
/** Last line of defence before anything is sent: no VPC config (or, for customization, no key), no job. */
function assertCompliant(request, needsKey) {
    if (!request.vpcConfig?.subnetIds?.length || !request.vpcConfig.securityGroupIds?.length) {
        throw new Error('refusing to submit a job without a VPC config (subnets and security groups)');
    }
    if (needsKey && !request.customModelKmsKeyId)
        throw new Error('refusing to submit a customization job without the custom-model KMS key');
}
