import { Construct } from 'constructs';
import { BedrockCustomModel } from '@cdktf/provider-aws/lib/bedrock-custom-model';
import { type CustomModelDeploymentRequest, type DeploymentScope, type LaunchScope, customModelDeploymentRequest } from '../../catalog/launch';
import { s3Uri } from '../../catalog/buckets';
import { type CustomizationTypeName, DEFAULT_CUSTOMIZATION_TYPE } from '../../catalog/customization-types';

/** What the caller chooses; everything that makes the job compliant comes from the environment. */
export interface CompliantCustomModelProps {
  /** The environment's launch scope (VPC, key, role, buckets). */
  readonly environment: LaunchScope;
  /** Name of the custom model the job creates. */
  readonly customModelName: string;
  /** Name of the customization job; also the output prefix in the customization-output bucket. */
  readonly jobName: string;
  /** Base model id or ARN, e.g. "amazon.titan-text-lite-v1:0:4k". */
  readonly baseModelIdentifier: string;
  /** @default "FINE_TUNING" */
  readonly customizationType?: CustomizationTypeName;
  /** The base model's hyperparameters, as strings (Bedrock's API takes strings). */
  readonly hyperparameters: Readonly<Record<string, string>>;
  /** Object key of the training file inside the training bucket. */
  readonly trainingObjectKey: string;
  /** Object key of the validation file inside the validation bucket. @default no validation data */
  readonly validationObjectKey?: string;
}

/** Fields that would bypass the environment's VPC, key, role or buckets if a caller could set them. */
const GUARDED_FIELDS = ['vpcConfig', 'customModelKmsKeyId', 'roleArn', 'outputDataConfig', 'trainingDataConfig', 'validationDataConfig'] as const;

/**
 * A Bedrock custom model (aws_bedrock_custom_model) that cannot be created outside the environment's
 * VPC or without its custom-model key: vpc_config, custom_model_kms_key_id, role and data locations
 * are always the environment's, and any attempt to pass them in fails synth.
 */
export class CompliantCustomModel extends Construct {
  readonly model: BedrockCustomModel;
  private readonly customModelName: string;

  constructor(scope: Construct, id: string, props: CompliantCustomModelProps) {
    super(scope, id);
    const overridden = GUARDED_FIELDS.filter((f) => f in (props as object));
    if (overridden.length) {
      throw new Error(
        `${this.node.path}: ${overridden.join(', ')} cannot be set on a CompliantCustomModel; they always come from the environment (VPC, custom-model key, job role, data buckets). Remove them.`,
      );
    }
    this.customModelName = props.customModelName;
    const env = props.environment;
    if (!env.subnetIds.length || !env.jobSecurityGroupId) {
      throw new Error(`${this.node.path}: the environment has no VPC config (subnets and job security group); a custom model must run in the VPC.`);
    }
    if (!env.customModelKeyArn) {
      throw new Error(`${this.node.path}: the environment has no custom-model KMS key; a custom model must be encrypted with it.`);
    }
    this.model = new BedrockCustomModel(this, 'model', {
      customModelName: props.customModelName,
      jobName: props.jobName,
      baseModelIdentifier: props.baseModelIdentifier,
      customizationType: props.customizationType ?? DEFAULT_CUSTOMIZATION_TYPE,
      hyperparameters: { ...props.hyperparameters },
      roleArn: env.customizationRoleArn,
      customModelKmsKeyId: env.customModelKeyArn,
      vpcConfig: [{ subnetIds: [...env.subnetIds], securityGroupIds: [env.jobSecurityGroupId] }],
      trainingDataConfig: [{ s3Uri: s3Uri(env.buckets.training, props.trainingObjectKey) }],
      ...(props.validationObjectKey
        ? { validationDataConfig: [{ validator: [{ s3Uri: s3Uri(env.buckets.validation, props.validationObjectKey) }] }] }
        : {}),
      outputDataConfig: [{ s3Uri: s3Uri(env.buckets.customizationOutput, `${props.jobName}/`) }],
    });
  }

  /** CreateCustomModelDeployment for this model, named like it: what `job deploy-model` would send (no role, VPC or key: the API takes none). */
  deploymentRequest(scope: DeploymentScope): CustomModelDeploymentRequest {
    return customModelDeploymentRequest(scope, { deploymentName: this.customModelName, modelArn: this.model.customModelArn });
  }
}
