"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jobDataPolicy = jobDataPolicy;
exports.jobEniPolicy = jobEniPolicy;
exports.invokeModelsPolicy = invokeModelsPolicy;
const document_1 = require("../policy/document");
const s3_1 = require("../policy/s3");
const job_kinds_1 = require("../../catalog/job-kinds");
/** S3 on exactly the job's buckets, and the data key only through S3. */
function jobDataPolicy(access) {
    return (0, document_1.policyDocument)('identity', [
        { Sid: 'ReadInputData', Effect: 'Allow', Action: [...s3_1.S3_READ_ACTIONS], Resource: access.readBuckets.flatMap(s3_1.bucketAndObjectArns) },
        { Sid: 'WriteOutputData', Effect: 'Allow', Action: [...s3_1.S3_WRITE_ACTIONS], Resource: access.writeBuckets.flatMap(s3_1.bucketAndObjectArns) },
        {
            Sid: 'UseDataKeyThroughS3',
            Effect: 'Allow',
            Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
            Resource: access.dataKeyArn,
            Condition: { StringEquals: { 'kms:ViaService': `s3.${access.region}.amazonaws.com` } },
        },
    ]);
}
/** The kind's seed ENI statements (catalog/job-kinds.ts) as the role's `vpc-eni` policy. */
function jobEniPolicy(kind, scope) {
    return (0, document_1.policyDocument)('identity', (0, job_kinds_1.jobEniStatements)(kind, scope));
}
/** Model id of an inference profile id: "us.anthropic.claude-x" → "anthropic.claude-x". */
function profileModelId(profileId) {
    return profileId.slice(profileId.indexOf('.') + 1);
}
/**
 * bedrock:InvokeModel only on the configured models and inference profiles. A cross-region profile
 * routes to the same model in other regions, so its model is allowed in any region, but only
 * when called through the profile (bedrock:InferenceProfileArn).
 */
function invokeModelsPolicy(props) {
    const statements = [];
    if (props.modelIds.length) {
        statements.push({
            Sid: 'InvokeConfiguredModels',
            Effect: 'Allow',
            Action: ['bedrock:InvokeModel'],
            Resource: props.modelIds.map((id) => `arn:aws:bedrock:${props.region}::foundation-model/${id}`),
        });
    }
    if (props.inferenceProfileIds.length) {
        const profileArns = props.inferenceProfileIds.map((id) => `arn:aws:bedrock:${props.region}:${props.accountId}:inference-profile/${id}`);
        statements.push({ Sid: 'InvokeConfiguredInferenceProfiles', Effect: 'Allow', Action: ['bedrock:InvokeModel'], Resource: profileArns });
        statements.push({
            Sid: 'InvokeProfileModelsThroughProfileOnly',
            Effect: 'Allow',
            Action: ['bedrock:InvokeModel'],
            Resource: props.inferenceProfileIds.map((id) => `arn:aws:bedrock:*::foundation-model/${profileModelId(id)}`),
            Condition: { StringLike: { 'bedrock:InferenceProfileArn': profileArns } },
        });
    }
    return statements.length ? (0, document_1.policyDocument)('identity', statements) : undefined;
}
