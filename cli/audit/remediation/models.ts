import type { Expectations } from '../expectations';
import type { CustomModel, ImportedModel, ModelCopyJob } from '../model';
import { PLACEHOLDERS, bedrockCommand, replacementName, steps, vpcConfigFor } from './command';
import { customizationCommand } from './jobs';

const FIXED_KEY = (what: string, how: string): string[] => [
  `The key of an existing ${what} cannot be changed: ${how} with the customer-managed key,`,
  'move deployments and provisioned throughput to the new model, then delete the old one.',
];

/**
 * Seed 003: a model's key cannot be changed. A model that a copy job made is copied again; any
 * other custom model has its customization re-run (the model carries everything but the role).
 */
export function customModelRemediation(region: string, model: CustomModel, expected: Expectations, copiedBy?: ModelCopyJob): string {
  if (copiedBy !== undefined) return copyRemediation(region, copiedBy, expected);
  const recreate = customizationCommand(region, {
    // Named after the model, so it cannot collide with the replacement of the job that made it.
    jobName: replacementName(model.modelName ?? 'job'),
    customModelName: replacementName(model.modelName ?? 'model'),
    roleArn: expected.customizationRoleArn ?? PLACEHOLDERS.customizationRole,
    baseModelIdentifier: model.baseModelArn ?? PLACEHOLDERS.baseModel,
    customizationType: model.customizationType,
    trainingDataConfig: model.trainingDataConfig,
    validationDataConfig: model.validationDataConfig,
    outputDataConfig: model.outputDataConfig,
    hyperParameters: model.hyperParameters,
    customizationConfig: model.customizationConfig,
    customModelKmsKeyId: expected.customModelKmsKeyArn ?? PLACEHOLDERS.kmsKey,
    vpcConfig: vpcConfigFor(expected, undefined),
  });
  const remove = bedrockCommand('DeleteCustomModel', region, { modelIdentifier: model.modelArn ?? model.modelName ?? '<model-arn>' });
  return steps(FIXED_KEY('model', 're-create it'), [recreate, remove]);
}

/** Copy the source again with the environment's copied-model key (else its model key); drop the old copy. */
export function copyRemediation(region: string, job: ModelCopyJob, expected: Expectations): string {
  const copy = bedrockCommand('CreateModelCopyJob', region, {
    sourceModelArn: job.sourceModelArn ?? '<source-model-arn>',
    targetModelName: replacementName(job.targetModelName ?? 'model-copy'),
    modelKmsKeyId: expected.copiedModelKmsKeyArn ?? expected.customModelKmsKeyArn ?? PLACEHOLDERS.kmsKey,
  });
  // Only a finished copy left a model behind; a failed or running one has nothing to delete yet.
  const remove = job.status === 'Completed' && job.targetModelArn
    ? [bedrockCommand('DeleteCustomModel', region, { modelIdentifier: job.targetModelArn })]
    : [];
  return steps(FIXED_KEY('model copy', 'copy the source again'), [copy, ...remove]);
}

/** Import the model again from the same files, in the VPC and with the key; then delete the old one. */
export function importedModelRemediation(region: string, model: ImportedModel, expected: Expectations): string {
  const reimport = bedrockCommand('CreateModelImportJob', region, {
    jobName: replacementName(model.modelName ?? 'import-job'),
    importedModelName: replacementName(model.modelName ?? 'model'),
    roleArn: PLACEHOLDERS.importRole,
    modelDataSource: model.modelDataSource,
    vpcConfig: vpcConfigFor(expected, undefined),
    importedModelKmsKeyId: expected.customModelKmsKeyArn ?? PLACEHOLDERS.kmsKey,
  });
  const remove = bedrockCommand('DeleteImportedModel', region, { modelIdentifier: model.modelArn ?? model.modelName ?? '<model-arn>' });
  return steps(FIXED_KEY('imported model', 'import it again'), [reimport, remove]);
}
