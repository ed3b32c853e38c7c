import type { CustomModelDeployment, Finding } from '../model';
import { RULES } from './catalog';
import { type RuleContext, findingsOf } from './context';
import { servedModelKeyProblem } from './served-model';
import { servedModelRemediation } from '../remediation/served-models';

/** A deployment is only as private as the model it serves: its key is the model's (issue 21, item 3). */
export function checkCustomModelDeployment(d: CustomModelDeployment, ctx: RuleContext): Finding[] {
  const name = d.customModelDeploymentName ?? d.customModelDeploymentArn ?? '?';
  return findingsOf(
    { region: ctx.region, arn: d.customModelDeploymentArn ?? name, name },
    [servedModelKeyProblem(d.served, RULES.customModelDeploymentNoCmk, { label: `Custom model deployment ${name} (${d.status ?? 'unknown status'})`, modelArn: d.modelArn })],
    () => servedModelRemediation(ctx.region, { kind: 'deployment', name, arn: d.customModelDeploymentArn, modelArn: d.modelArn }, ctx.expected),
  );
}
