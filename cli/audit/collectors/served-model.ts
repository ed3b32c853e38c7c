import { type BedrockClient, GetCustomModelCommand, GetImportedModelCommand } from '@aws-sdk/client-bedrock';
import type { ServedModel } from '../model';

/**
 * The key of the model a deployment or provisioned throughput serves. Only custom and imported
 * models have one of their own (GetCustomModel / GetImportedModel: modelKmsKeyArn); a foundation
 * model is AWS's and has none to check.
 */
export async function servedModel(client: BedrockClient, modelArn: string | undefined): Promise<ServedModel> {
  if (modelArn?.includes(':custom-model/')) {
    const { modelKmsKeyArn } = await client.send(new GetCustomModelCommand({ modelIdentifier: modelArn }));
    return { kind: 'custom', ...(modelKmsKeyArn && { modelKmsKeyArn }) };
  }
  if (modelArn?.includes(':imported-model/')) {
    const { modelKmsKeyArn } = await client.send(new GetImportedModelCommand({ modelIdentifier: modelArn }));
    return { kind: 'imported', ...(modelKmsKeyArn && { modelKmsKeyArn }) };
  }
  return { kind: 'foundation' };
}
