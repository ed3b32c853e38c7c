"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULE_LIST = exports.RULES = void 0;
exports.RULES = {
    customizationJobNoVpc: {
        id: 'BRP001',
        name: 'CustomizationJobWithoutVpc',
        summary: 'Model customization job runs without a VPC configuration',
        why: 'Without vpcConfig the job reads training data and writes output over the public network path instead of your VPC and its S3 gateway endpoint, so VPC-only bucket policies cannot protect the data. A job cannot be changed: re-create it with --vpc-config.',
        level: 'error',
    },
    customizationJobUnexpectedVpc: {
        id: 'BRP002',
        name: 'CustomizationJobOutsideExpectedVpc',
        summary: 'Model customization job uses subnets or security groups outside the expected ones',
        why: 'The job runs in a VPC, but not in the private subnets and job security group that the platform stacks built for Bedrock jobs, so their endpoint and bucket controls may not apply.',
        level: 'error',
    },
    customizationJobNoCmk: {
        id: 'BRP003',
        name: 'CustomizationJobOutputWithoutCmk',
        summary: 'Model customization job encrypts its output model with an AWS-owned key',
        why: 'Without --custom-model-kms-key-id the custom model is encrypted with an AWS-owned key: you cannot audit or revoke access to it through a key policy.',
        level: 'error',
    },
    invocationJobNoVpc: {
        id: 'BRP004',
        name: 'BatchInferenceJobWithoutVpc',
        summary: 'Batch inference (model invocation) job runs without a VPC configuration',
        why: 'Without vpcConfig the batch job reads prompts and writes responses outside your VPC, so VPC-only bucket policies cannot protect them.',
        level: 'error',
    },
    invocationJobUnexpectedVpc: {
        id: 'BRP005',
        name: 'BatchInferenceJobOutsideExpectedVpc',
        summary: 'Batch inference job uses subnets or security groups outside the expected ones',
        why: 'The batch job runs in a VPC, but not in the subnets and job security group that the platform stacks built for Bedrock jobs.',
        level: 'error',
    },
    customModelNoCmk: {
        id: 'BRP006',
        name: 'CustomModelWithoutCmk',
        summary: 'Custom model is encrypted with an AWS-owned key instead of a customer-managed key',
        why: "A custom model's key is fixed when it is created: re-create the model with a customer-managed key, then delete the old one.",
        level: 'error',
    },
};
exports.RULE_LIST = Object.values(exports.RULES);
