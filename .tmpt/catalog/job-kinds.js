"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JOB_KIND_NAMES = exports.JOB_KINDS = void 0;
exports.jobArnPattern = jobArnPattern;
exports.jobKindOfArnType = jobKindOfArnType;
exports.jobKindOfCliVerb = jobKindOfCliVerb;
exports.jobEniStatements = jobEniStatements;
const seed_eni_statements_1 = require("./seed-eni-statements");
exports.JOB_KINDS = {
    customization: {
        label: 'model customization',
        arnType: 'model-customization-job',
        eniTagKey: 'BedrockModelCustomizationJobArn',
        seed: 'seed 000',
        eniStatements: seed_eni_statements_1.customizationJobEniStatements,
        cliVerb: 'customize',
        createOperation: 'CreateModelCustomizationJob',
        roleOutput: 'customization_role_arn',
        roleConstructId: 'customization-role',
        roleNameSuffix: 'customization-job',
        readBuckets: ['training', 'validation'],
        writeBuckets: ['customizationOutput'],
    },
    batchInference: {
        label: 'batch inference',
        arnType: 'model-invocation-job',
        eniTagKey: 'BedrockModelInvocationJobArn',
        seed: 'seed 001',
        eniStatements: seed_eni_statements_1.batchInferenceJobEniStatements,
        cliVerb: 'batch',
        createOperation: 'CreateModelInvocationJob',
        roleOutput: 'batch_inference_role_arn',
        roleConstructId: 'batch-inference-role',
        roleNameSuffix: 'batch-inference-job',
        readBuckets: ['batchInput'],
        writeBuckets: ['batchOutput'],
    },
};
/** In table order (customization first): the order roles, outputs and help list them. */
exports.JOB_KIND_NAMES = Object.keys(exports.JOB_KINDS);
/** Every job of this kind in one account and region: the trust policy's aws:SourceArn, the ENI tag value. */
function jobArnPattern(kind, region, accountId) {
    return `arn:aws:bedrock:${region}:${accountId}:${exports.JOB_KINDS[kind].arnType}/*`;
}
/** The job kind whose ARN resource type this is, if any. */
function jobKindOfArnType(arnType) {
    return exports.JOB_KIND_NAMES.find((kind) => exports.JOB_KINDS[kind].arnType === arnType);
}
/** The job kind a `job` CLI verb submits, if any. */
function jobKindOfCliVerb(verb) {
    return exports.JOB_KIND_NAMES.find((kind) => exports.JOB_KINDS[kind].cliVerb === verb);
}
/** The kind's seed ENI statements, filled in for a scope. */
function jobEniStatements(kind, scope) {
    const spec = exports.JOB_KINDS[kind];
    return spec.eniStatements(scope, { jobArns: jobArnPattern(kind, scope.region, scope.accountId), jobTagKey: spec.eniTagKey });
}
