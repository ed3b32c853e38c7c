import type { Finding, RegionGuardrails } from '../model';
import { missingGuardrailRemediation, weakGuardrailRemediation } from '../remediation/governance';
import { RULES } from './catalog';
import { type Broken, type RuleContext, findingsOf } from './context';

type Guardrail = RegionGuardrails['guardrails'][number];

/** Prowler bedrock_guardrail_prompt_attack_filter_enabled: a PROMPT_ATTACK filter at HIGH input strength. */
const blocksPromptAttacks = (g: Guardrail): boolean =>
  (g.contentPolicy?.filters ?? []).some((f) => f.type === 'PROMPT_ATTACK' && f.inputStrength === 'HIGH');

/** Prowler bedrock_guardrail_sensitive_information_filter_enabled: any PII entity or regex. */
const filtersSensitiveInformation = (g: Guardrail): boolean =>
  (g.sensitiveInformationPolicy?.piiEntities?.length ?? 0) + (g.sensitiveInformationPolicy?.regexes?.length ?? 0) > 0;

/** A region has at least one guardrail, and each guardrail blocks prompt attacks and filters sensitive data. */
export function checkGuardrails(item: RegionGuardrails, ctx: RuleContext): Finding[] {
  if (item.guardrails.length === 0) {
    return findingsOf(
      { region: ctx.region, arn: `bedrock:${ctx.region}:guardrails`, name: `guardrails (${ctx.region})` },
      [[RULES.guardrailMissing, `No guardrail exists in ${ctx.region}.`]],
      () => missingGuardrailRemediation(ctx.region, ctx.expected),
    );
  }
  return item.guardrails.flatMap((g) => {
    const name = g.name ?? g.guardrailId ?? '?';
    const broken: Broken[] = [];
    if (!blocksPromptAttacks(g)) broken.push([RULES.guardrailNoPromptAttackFilter, `Guardrail ${name} has no PROMPT_ATTACK content filter at HIGH input strength.`]);
    if (!filtersSensitiveInformation(g)) broken.push([RULES.guardrailNoSensitiveInformationFilter, `Guardrail ${name} has no sensitive-information filter (no PII entities, no regexes).`]);
    return findingsOf({ region: ctx.region, arn: g.guardrailArn ?? name, name }, broken, () =>
      weakGuardrailRemediation(ctx.region, { id: g.guardrailId ?? name, name }, broken.map(([rule]) => rule.summary.replace(/^Guardrail /, ''))),
    );
  });
}
