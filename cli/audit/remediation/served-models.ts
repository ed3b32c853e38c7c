import type { Expectations } from '../expectations';
import { PLACEHOLDERS, bedrockCommand, replacementName, steps } from './command';

interface Server {
  readonly kind: 'deployment' | 'provisioned-throughput';
  readonly name: string;
  readonly arn: string | undefined;
  readonly modelArn: string | undefined;
}

/**
 * A model's key is fixed: the model is re-created with the key first (its own finding prints how),
 * then the deployment or provisioned throughput is moved to the new model.
 */
export function servedModelRemediation(region: string, server: Server, expected: Expectations): string {
  const why = [
    `Re-create ${server.modelArn ?? 'the model'} with the customer-managed key ${expected.customModelKmsKeyArn ?? ''}`.trimEnd() + ' (the model\'s own finding prints the command),',
    `then serve the new model from ${server.name} and delete the old model once nothing serves it.`,
  ];
  if (server.kind === 'provisioned-throughput') {
    return steps(why, [bedrockCommand('UpdateProvisionedModelThroughput', region, { provisionedModelId: server.arn ?? server.name, desiredModelId: PLACEHOLDERS.newModel })]);
  }
  return steps(why, [
    bedrockCommand('CreateCustomModelDeployment', region, { modelDeploymentName: replacementName(server.name), modelArn: PLACEHOLDERS.newModel }),
    bedrockCommand('DeleteCustomModelDeployment', region, { customModelDeploymentIdentifier: server.arn ?? server.name }),
  ]);
}
