import type { Finding, ProvisionedThroughput } from '../model';
import { RULES } from './catalog';
import { type RuleContext, findingsOf } from './context';
import { servedModelKeyProblem } from './served-model';
import { servedModelRemediation } from '../remediation/served-models';

/** Provisioned throughput of a custom or imported model: the model must carry a customer-managed key. */
export function checkProvisionedThroughput(p: ProvisionedThroughput, ctx: RuleContext): Finding[] {
  const name = p.provisionedModelName ?? p.provisionedModelArn ?? '?';
  return findingsOf(
    { region: ctx.region, arn: p.provisionedModelArn ?? name, name },
    [servedModelKeyProblem(p.served, RULES.provisionedThroughputNoCmk, { label: `Provisioned throughput ${name} (${p.status ?? 'unknown status'})`, modelArn: p.modelArn })],
    () => servedModelRemediation(ctx.region, { kind: 'provisioned-throughput', name, arn: p.provisionedModelArn, modelArn: p.modelArn }, ctx.expected),
  );
}
