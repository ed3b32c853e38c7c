/**
 * Model customization types, one list for `bedrock-private job customize --customization-type` and the
 * config's `customModels[].customizationType`. The names are values of the SDK's CustomizationType
 * (a test checks them against @aws-sdk/client-bedrock, so a rename there fails here first). Left out:
 * IMPORTED, which labels models imported from elsewhere rather than a job, and
 * REINFORCEMENT_FINE_TUNING, which needs a grader configuration nothing here provides.
 */
export const CUSTOMIZATION_TYPES = ['FINE_TUNING', 'CONTINUED_PRE_TRAINING', 'DISTILLATION'] as const;

export type CustomizationTypeName = (typeof CUSTOMIZATION_TYPES)[number];

/** What Bedrock and the custom-model construct use when no type is given. */
export const DEFAULT_CUSTOMIZATION_TYPE: CustomizationTypeName = 'FINE_TUNING';

/**
 * Distillation trains from a teacher model's answers, so its request needs the teacher
 * (customizationConfig.distillationConfig). aws_bedrock_custom_model has no such argument (provider
 * 6.25), so only the `job` command can launch it.
 */
export const TEACHER_MODEL_TYPE: CustomizationTypeName = 'DISTILLATION';

export function isCustomizationType(value: string): value is CustomizationTypeName {
  return (CUSTOMIZATION_TYPES as readonly string[]).includes(value);
}
