"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PLACEHOLDERS = void 0;
exports.replacementName = replacementName;
exports.customizationJobRemediation = customizationJobRemediation;
exports.invocationJobRemediation = invocationJobRemediation;
exports.customModelRemediation = customModelRemediation;
const shell_quote_1 = require("../shared/shell-quote");
/** Placeholders the user must fill in when neither the stack outputs nor the resource know the value. */
exports.PLACEHOLDERS = {
    subnet: '<subnet-id>',
    securityGroup: '<security-group-id>',
    kmsKey: '<kms-key-arn>',
    customizationRole: '<customization-role-arn>',
};
/** Bedrock job and model names: at most 63 characters. */
const NAME_MAX = 63;
const SUFFIX = '-private';
/** A name for the re-created resource; the original keeps its name, and Bedrock names are unique. */
function replacementName(name) {
    return name.slice(0, NAME_MAX - SUFFIX.length).replace(/[-.+]+$/, '') + SUFFIX;
}
/** Expected placement first; else the resource's own (it was right but something else was wrong); else placeholders. */
function vpcValue(expected, own) {
    const subnets = expected.subnetIds ?? (own?.subnetIds?.length ? own.subnetIds : [exports.PLACEHOLDERS.subnet]);
    const groups = expected.securityGroupIds ?? (own?.securityGroupIds?.length ? own.securityGroupIds : [exports.PLACEHOLDERS.securityGroup]);
    // AWS CLI shorthand: a list runs until the next key=, which is what the seed's remediation uses.
    return `subnetIds=${subnets.join(',')},securityGroupIds=${groups.join(',')}`;
}
/** Structures go as JSON, not shorthand: S3 URIs may contain ',' or '=' which shorthand would split. */
function json(value) {
    return JSON.stringify(value);
}
function customizationCommand(spec) {
    const flags = [
        ['--region', spec.region],
        ['--job-name', spec.jobName],
        ['--custom-model-name', spec.modelName],
        ['--role-arn', spec.roleArn],
        ['--base-model-identifier', spec.baseModel ?? '<base-model-arn>'],
    ];
    if (spec.customizationType)
        flags.push(['--customization-type', spec.customizationType]);
    if (spec.trainingDataConfig)
        flags.push(['--training-data-config', json(spec.trainingDataConfig)]);
    if (spec.validationDataConfig)
        flags.push(['--validation-data-config', json(spec.validationDataConfig)]);
    if (spec.outputDataConfig)
        flags.push(['--output-data-config', json(spec.outputDataConfig)]);
    if (spec.hyperParameters && Object.keys(spec.hyperParameters).length > 0) {
        flags.push(['--hyper-parameters', json(spec.hyperParameters)]);
    }
    if (spec.customizationConfig)
        flags.push(['--customization-config', json(spec.customizationConfig)]);
    flags.push(['--custom-model-kms-key-id', spec.kmsKey], ['--vpc-config', spec.vpc]);
    return (0, shell_quote_1.formatCommand)(['aws', 'bedrock', 'create-model-customization-job'], flags);
}
/** Seed 002's remediation: re-create the job from its own settings, inside the VPC, with a customer-managed key. */
function customizationJobRemediation(region, job, expected) {
    return customizationCommand({
        region,
        jobName: replacementName(job.jobName ?? 'job'),
        modelName: replacementName(job.outputModelName ?? job.jobName ?? 'model'),
        // The stack's role carries the ENI permissions a VPC job needs; the original role may not.
        roleArn: expected.customizationRoleArn ?? job.roleArn ?? exports.PLACEHOLDERS.customizationRole,
        baseModel: job.baseModelArn,
        customizationType: job.customizationType,
        trainingDataConfig: job.trainingDataConfig,
        validationDataConfig: job.validationDataConfig,
        outputDataConfig: job.outputDataConfig,
        hyperParameters: job.hyperParameters,
        customizationConfig: job.customizationConfig,
        kmsKey: expected.customModelKmsKeyArn ?? job.outputModelKmsKeyArn ?? exports.PLACEHOLDERS.kmsKey,
        vpc: vpcValue(expected, job.vpcConfig),
    });
}
/** Seed 001's equivalent for batch inference: re-submit the job with --vpc-config. */
function invocationJobRemediation(region, job, expected) {
    const flags = [
        ['--region', region],
        ['--job-name', replacementName(job.jobName ?? 'batch-job')],
        ['--model-id', job.modelId ?? '<model-id>'],
        ['--role-arn', expected.batchInferenceRoleArn ?? job.roleArn ?? '<batch-inference-role-arn>'],
        ['--input-data-config', json(job.inputDataConfig)],
        ['--output-data-config', json(job.outputDataConfig)],
    ];
    if (job.timeoutDurationInHours !== undefined)
        flags.push(['--timeout-duration-in-hours', String(job.timeoutDurationInHours)]);
    if (job.modelInvocationType)
        flags.push(['--model-invocation-type', job.modelInvocationType]);
    flags.push(['--vpc-config', vpcValue(expected, job.vpcConfig)]);
    return (0, shell_quote_1.formatCommand)(['aws', 'bedrock', 'create-model-invocation-job'], flags);
}
/**
 * Seed 003: a model's key cannot be changed. Re-run its customization with a customer-managed key
 * (the model carries everything but the role), then delete the old model once nothing uses it.
 */
function customModelRemediation(region, model, expected) {
    const recreate = customizationCommand({
        region,
        // Named after the model, so it cannot collide with the replacement of the job that made it.
        jobName: replacementName(model.modelName ?? 'job'),
        modelName: replacementName(model.modelName ?? 'model'),
        roleArn: expected.customizationRoleArn ?? exports.PLACEHOLDERS.customizationRole,
        baseModel: model.baseModelArn,
        customizationType: model.customizationType,
        trainingDataConfig: model.trainingDataConfig,
        validationDataConfig: model.validationDataConfig,
        outputDataConfig: model.outputDataConfig,
        hyperParameters: model.hyperParameters,
        customizationConfig: model.customizationConfig,
        kmsKey: expected.customModelKmsKeyArn ?? exports.PLACEHOLDERS.kmsKey,
        vpc: vpcValue(expected, undefined),
    });
    const remove = (0, shell_quote_1.formatCommand)(['aws', 'bedrock', 'delete-custom-model'], [
        ['--region', region],
        ['--model-identifier', model.modelArn ?? model.modelName ?? '<model-arn>'],
    ]);
    return [
        '# The key of an existing model cannot be changed: re-create it with a customer-managed key,',
        '# move deployments and provisioned throughput to the new model, then delete the old one.',
        recreate,
        remove,
    ].join('\n');
}
