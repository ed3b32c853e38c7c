"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CompliantCustomModel = void 0;
const constructs_1 = require("constructs");
const bedrock_custom_model_1 = require("@cdktf/provider-aws/lib/bedrock-custom-model");
const buckets_1 = require("../../catalog/buckets");
/** Fields that would bypass the environment's VPC, key, role or buckets if a caller could set them. */
const GUARDED_FIELDS = ['vpcConfig', 'customModelKmsKeyId', 'roleArn', 'outputDataConfig', 'trainingDataConfig', 'validationDataConfig'];
/**
 * A Bedrock custom model (aws_bedrock_custom_model) that cannot be created outside the environment's
 * VPC or without its custom-model key: vpc_config, custom_model_kms_key_id, role and data locations
 * are always the environment's, and any attempt to pass them in fails synth.
 */
class CompliantCustomModel extends constructs_1.Construct {
    model;
    constructor(scope, id, props) {
        super(scope, id);
        const overridden = GUARDED_FIELDS.filter((f) => f in props);
        if (overridden.length) {
            throw new Error(`${this.node.path}: ${overridden.join(', ')} cannot be set on a CompliantCustomModel; they always come from the environment (VPC, custom-model key, job role, data buckets). Remove them.`);
        }
        const env = props.environment;
        if (!env.subnetIds.length || !env.jobSecurityGroupId) {
            throw new Error(`${this.node.path}: the environment has no VPC config (subnets and job security group); a custom model must run in the VPC.`);
        }
        if (!env.customModelKeyArn) {
            throw new Error(`${this.node.path}: the environment has no custom-model KMS key; a custom model must be encrypted with it.`);
        }
        this.model = new bedrock_custom_model_1.BedrockCustomModel(this, 'model', {
            customModelName: props.customModelName,
            jobName: props.jobName,
            baseModelIdentifier: props.baseModelIdentifier,
            customizationType: props.customizationType ?? 'FINE_TUNING',
            hyperparameters: { ...props.hyperparameters },
            roleArn: env.customizationRoleArn,
            customModelKmsKeyId: env.customModelKeyArn,
            vpcConfig: [{ subnetIds: [...env.subnetIds], securityGroupIds: [env.jobSecurityGroupId] }],
            trainingDataConfig: [{ s3Uri: (0, buckets_1.s3Uri)(env.buckets.training, props.trainingObjectKey) }],
            ...(props.validationObjectKey
                ? { validationDataConfig: [{ validator: [{ s3Uri: (0, buckets_1.s3Uri)(env.buckets.validation, props.validationObjectKey) }] }] }
                : {}),
            outputDataConfig: [{ s3Uri: (0, buckets_1.s3Uri)(env.buckets.customizationOutput, `${props.jobName}/`) }],
        });
    }
}
exports.CompliantCustomModel = CompliantCustomModel;
