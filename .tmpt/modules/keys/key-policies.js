"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KEY_ADMIN_ACTIONS = void 0;
exports.rootAdministration = rootAdministration;
exports.customModelKeyPolicy = customModelKeyPolicy;
exports.copiedModelKeyPolicy = copiedModelKeyPolicy;
exports.dataKeyPolicy = dataKeyPolicy;
exports.logsKeyPolicy = logsKeyPolicy;
const document_1 = require("../policy/document");
/**
 * Key policies. The custom-model statements are seed 003's, with their Sids, actions and
 * `StringLike kms:ViaService = bedrock.<region>.amazonaws.com` exactly as the seed gives them.
 */
const MODEL_ENCRYPT_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey', 'kms:CreateGrant'];
const MODEL_DECRYPT_ACTIONS = ['kms:Decrypt'];
/** Manage but not use: what key administrators get. */
exports.KEY_ADMIN_ACTIONS = [
    'kms:CancelKeyDeletion',
    'kms:Create*',
    'kms:Delete*',
    'kms:Describe*',
    'kms:Disable*',
    'kms:Enable*',
    'kms:Get*',
    'kms:List*',
    'kms:Put*',
    'kms:Revoke*',
    'kms:RotateKeyOnDemand',
    'kms:ScheduleKeyDeletion',
    'kms:TagResource',
    'kms:UntagResource',
    'kms:Update*',
];
/**
 * The account root keeps full control so IAM policies can delegate and the key can never become
 * unmanageable (AWS's default key policy statement).
 */
function rootAdministration(accountId) {
    return {
        Sid: 'EnableRootAccountAdministration',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${accountId}:root` },
        Action: 'kms:*',
        Resource: '*',
    };
}
function baseStatements(props) {
    const statements = [rootAdministration(props.accountId)];
    if (props.administratorArns?.length) {
        statements.push({
            Sid: 'AllowKeyAdministration',
            Effect: 'Allow',
            Principal: { AWS: [...props.administratorArns] },
            Action: [...exports.KEY_ADMIN_ACTIONS],
            Resource: '*',
        });
    }
    return statements;
}
function viaBedrock(region) {
    return { StringLike: { 'kms:ViaService': [`bedrock.${region}.amazonaws.com`] } };
}
function bedrockStatement(sid, principals, actions, region) {
    return { Sid: sid, Effect: 'Allow', Principal: { AWS: [...principals] }, Action: [...actions], Resource: '*', Condition: viaBedrock(region) };
}
/** Seed 003 "PermissionsCustomModelKey": encrypt for creators, decrypt for invokers (and copy roles). */
function customModelKeyPolicy(props) {
    if (props.encryptPrincipals.length === 0)
        throw new Error('the custom-model key needs at least one principal that creates custom models');
    const decrypters = [...props.decryptPrincipals, ...(props.copySourcePrincipals ?? [])];
    return (0, document_1.policyDocument)('resource', [
        ...baseStatements(props),
        bedrockStatement('PermissionsEncryptCustomModel', props.encryptPrincipals, MODEL_ENCRYPT_ACTIONS, props.region),
        ...(decrypters.length ? [bedrockStatement('PermissionsDecryptModel', decrypters, MODEL_DECRYPT_ACTIONS, props.region)] : []),
    ], 'PermissionsCustomModelKey');
}
/** Seed 003 "PermissionsCopiedModelKey". */
function copiedModelKeyPolicy(props) {
    return (0, document_1.policyDocument)('resource', [
        ...baseStatements(props),
        bedrockStatement('PermissionsEncryptCopiedModel', props.copyRoleArns, MODEL_ENCRYPT_ACTIONS, props.region),
        ...(props.invokerArns.length ? [bedrockStatement('PermissionsDecryptCopiedModel', props.invokerArns, MODEL_DECRYPT_ACTIONS, props.region)] : []),
    ], 'PermissionsCopiedModelKey');
}
/** The data buckets' key: usable only through S3, by the job roles, from this account. */
function dataKeyPolicy(props) {
    return (0, document_1.policyDocument)('resource', [
        ...baseStatements(props),
        {
            Sid: 'AllowJobRolesThroughS3Only',
            Effect: 'Allow',
            Principal: { AWS: [...props.userArns] },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
            Resource: '*',
            Condition: {
                StringEquals: { 'kms:ViaService': `s3.${props.region}.amazonaws.com`, 'kms:CallerAccount': props.accountId },
            },
        },
    ]);
}
/** The logs key: CloudWatch Logs may use it only for this account's log groups in this region. */
function logsKeyPolicy(props) {
    return (0, document_1.policyDocument)('resource', [
        ...baseStatements(props),
        {
            Sid: 'AllowCloudWatchLogsForThisAccountsLogGroups',
            Effect: 'Allow',
            Principal: { Service: `logs.${props.region}.amazonaws.com` },
            Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
            Resource: '*',
            Condition: {
                ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${props.region}:${props.accountId}:log-group:*` },
            },
        },
    ]);
}
