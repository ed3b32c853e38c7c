"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.s3GatewayEndpointPolicy = s3GatewayEndpointPolicy;
exports.bedrockEndpointPolicy = bedrockEndpointPolicy;
const document_1 = require("../policy/document");
const bedrock_services_1 = require("../../catalog/bedrock-services");
const s3_1 = require("../policy/s3");
/**
 * The S3 gateway endpoint policy after seed 000 ("RestrictAccessToTrainingBucket"): through this
 * endpoint, only this account's principals, only reads of the input buckets and writes of the output
 * buckets. Any other bucket (including one an attacker owns) is unreachable from the VPC.
 */
function s3GatewayEndpointPolicy(props) {
    const principalAccount = { StringEquals: { 'aws:PrincipalAccount': props.accountId } };
    return (0, document_1.policyDocument)('resource', [
        {
            Sid: 'RestrictAccessToTrainingBucket',
            Effect: 'Allow',
            Principal: '*',
            Action: [...s3_1.S3_READ_ACTIONS],
            Resource: props.readBuckets.flatMap(s3_1.bucketAndObjectArns),
            Condition: principalAccount,
        },
        {
            Sid: 'RestrictAccessToOutputBuckets',
            Effect: 'Allow',
            Principal: '*',
            Action: [...s3_1.S3_WRITE_ACTIONS],
            Resource: props.writeBuckets.flatMap(s3_1.bucketAndObjectArns),
            Condition: principalAccount,
        },
    ]);
}
/** The actions an endpoint allows: the service's defaults, narrowed then extended by config, sorted. */
function endpointActions(service, extra = [], remove = []) {
    const removed = new Set(remove);
    const actions = new Set([...bedrock_services_1.BEDROCK_SERVICES[service].defaultActions.filter((a) => !removed.has(a)), ...extra]);
    if (actions.size === 0)
        throw new Error(`the ${service} endpoint policy would allow no action; remove fewer actions or disable the service`);
    return [...actions].sort();
}
/**
 * A Bedrock interface endpoint policy after seed 004's example, narrowed from "all principals" to
 * this account's principals (and optionally its organization and named principals).
 */
function bedrockEndpointPolicy(props) {
    return (0, document_1.policyDocument)('resource', [
        {
            Sid: 'AllowThisAccountOnly',
            Effect: 'Allow',
            Principal: '*',
            Action: endpointActions(props.service, props.extraActions, props.removeActions),
            Resource: '*',
            Condition: (0, document_1.compactConditions)({
                StringEquals: { 'aws:PrincipalAccount': props.accountId, 'aws:PrincipalOrgID': props.principalOrgId },
                ArnLike: { 'aws:PrincipalArn': props.allowedPrincipalArns ? [...props.allowedPrincipalArns] : undefined },
            }),
        },
    ]);
}
