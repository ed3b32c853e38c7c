"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceTrustPolicy = serviceTrustPolicy;
const document_1 = require("./document");
/**
 * A trust policy for a service role with confused-deputy protection: the service may assume the role
 * only on behalf of this account's own resources.
 */
function serviceTrustPolicy(props) {
    return (0, document_1.policyDocument)('resource', [
        {
            Sid: 'AllowServiceToAssumeForThisAccountOnly',
            Effect: 'Allow',
            Principal: { Service: props.service },
            Action: 'sts:AssumeRole',
            Condition: {
                StringEquals: { 'aws:SourceAccount': props.sourceAccount },
                ArnLike: { 'aws:SourceArn': props.sourceArnLike },
            },
        },
    ]);
}
