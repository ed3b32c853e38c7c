import type { Finding, ImportedModel } from '../model';
import { importedModelRemediation } from '../remediation/models';
import { RULES } from './catalog';
import { type RuleContext, findingsOf } from './context';
import { modelKeyProblem } from './keys';

/** Seed 003 for imported models: a customer-managed key, and the environment's when it is known. */
export function checkImportedModel(model: ImportedModel, ctx: RuleContext): Finding[] {
  const name = model.modelName ?? model.modelArn ?? '?';
  return findingsOf(
    { region: ctx.region, arn: model.modelArn ?? name, name },
    [modelKeyProblem(model.modelKmsKeyArn, ctx.expected, { none: RULES.importedModelNoCmk, foreign: RULES.importedModelForeignKey }, { label: 'Imported model', name })],
    () => importedModelRemediation(ctx.region, model, ctx.expected),
  );
}
