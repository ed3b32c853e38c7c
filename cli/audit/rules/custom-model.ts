import type { CustomModel, Finding } from '../model';
import { customModelRemediation } from '../remediation/models';
import { RULES } from './catalog';
import { type RuleContext, findingsOf } from './context';
import { modelKeyProblem } from './keys';

/** Seed 003: a custom model (copies included) must be encrypted with the environment's customer-managed key. */
export function checkCustomModel(model: CustomModel, ctx: RuleContext): Finding[] {
  const name = model.modelName ?? model.modelArn ?? '?';
  const copiedBy = model.modelArn === undefined ? undefined : ctx.copyJobFor(model.modelArn);
  return findingsOf(
    { region: ctx.region, arn: model.modelArn ?? name, name },
    [modelKeyProblem(model.modelKmsKeyArn, ctx.expected, { none: RULES.customModelNoCmk, foreign: RULES.customModelForeignKey }, { label: copiedBy ? 'Copied model' : 'Custom model', name })],
    () => customModelRemediation(ctx.region, model, ctx.expected, copiedBy),
  );
}
