import type { Expectations } from '../expectations';
import type { CustomModel, Finding } from '../model';
import { customModelRemediation } from '../remediation';
import { RULES } from './catalog';

/** Seed 003: a custom model must be encrypted with a customer-managed key. */
export function checkCustomModel(region: string, model: CustomModel, expected: Expectations): Finding[] {
  if (model.modelKmsKeyArn) return [];
  const name = model.modelName ?? model.modelArn ?? '?';
  return [{
    ruleId: RULES.customModelNoCmk.id,
    kind: 'custom-model',
    region,
    resourceArn: model.modelArn ?? name,
    resourceName: name,
    message: `Custom model ${name} has no modelKmsKeyArn: it is encrypted with an AWS-owned key.`,
    remediation: customModelRemediation(region, model, expected),
  }];
}
