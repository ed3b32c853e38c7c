import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Construct, IConstruct } from 'constructs';
import { Annotations, Aspects, IAspect, ISynthesisSession, TerraformStack } from '../framework';
// Internal cdktf hook (what TerraformStack's own synthesis uses): runs after every aspect, before the
// error annotations are collected, so the rules see the final resolved JSON and can fail synth.
import { addCustomSynthesis } from '../framework';
import { BEDROCK_PRIVATE_PLATFORM_RULES } from './pack';
import { PLATFORM_SUPPRESSIONS } from './suppressions';
import { errorsOf, evaluateStack } from './evaluate';
import { buildReport, reportMarkdown } from './report';
import type { GuardrailRule, Suppression } from './types';

export interface GuardrailsProps {
  /** @default BEDROCK_PRIVATE_PLATFORM_RULES */
  readonly rules?: readonly GuardrailRule[];
  /** @default PLATFORM_SUPPRESSIONS */
  readonly suppressions?: readonly Suppression[];
}

export const REPORT_JSON = 'guardrails.json';
export const REPORT_MARKDOWN = 'guardrails.md';
const CHECKER_ID = 'Guardrails';

/**
 * Visits the tree at synth; for every stack it finds, it adds a checker that evaluates the stack's
 * resolved Terraform JSON, writes guardrails.json and guardrails.md beside cdk.tf.json, and turns
 * each error into an error annotation on the offending construct (cdktf then fails synth with
 * `[construct path] message`).
 */
export class GuardrailsAspect implements IAspect {
  private readonly rules: readonly GuardrailRule[];
  private readonly suppressions: readonly Suppression[];

  constructor(props: GuardrailsProps = {}) {
    this.rules = props.rules ?? BEDROCK_PRIVATE_PLATFORM_RULES;
    this.suppressions = props.suppressions ?? PLATFORM_SUPPRESSIONS;
  }

  visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node) || node.node.tryFindChild(CHECKER_ID)) return;
    const checker = new Construct(node, CHECKER_ID);
    addCustomSynthesis(checker, { onSynthesize: (session) => this.check(node, session) });
  }

  private check(stack: TerraformStack, session: ISynthesisSession): void {
    const name = stack.node.id;
    const json = stack.toTerraform();
    writeWhatWasChecked(stack, json);
    const evaluation = evaluateStack(name, json, this.rules, this.suppressions);
    const report = buildReport(evaluation, this.rules);
    const dir = join(session.outdir, session.manifest.forStack(stack).workingDirectory);
    writeFileSync(join(dir, REPORT_JSON), `${JSON.stringify(report, undefined, 2)}\n`);
    writeFileSync(join(dir, REPORT_MARKDOWN), reportMarkdown(report));

    const byPath = new Map(stack.node.findAll().map((c) => [c.node.path, c] as const));
    const rulesById = new Map(this.rules.map((r) => [r.id, r] as const));
    for (const problem of evaluation.invalidSuppressions) Annotations.of(stack).addError(`Guardrails: ${problem}`);
    for (const finding of evaluation.findings.filter((f) => f.status === 'fail')) {
      const rule = rulesById.get(finding.ruleId);
      const message = `${finding.ruleId} ${rule?.description ?? ''}: ${finding.detail ?? ''}. Fix: ${rule?.fix ?? ''}`;
      const target = byPath.get(finding.path) ?? stack;
      if (errorsOf(evaluation).includes(finding)) Annotations.of(target).addError(message);
      else Annotations.of(target).addWarning(message);
    }
  }
}

/**
 * cdktf resolves the stack once more to write cdk.tf.json, after every custom synthesis (this check)
 * has run and nothing can change the tree. Handing it the JSON the rules just evaluated means the file
 * is exactly what passed, and saves that resolve: about a sixth of synth (npm run bench). Only this
 * stack instance, only from here on: the tree is final once cdktf calls its custom syntheses.
 */
function writeWhatWasChecked(stack: TerraformStack, json: ReturnType<TerraformStack['toTerraform']>): void {
  Object.defineProperty(stack, 'toTerraform', { value: () => json, configurable: true });
}

/**
 * Applies the guardrails to every stack under `scope` (normally the App). cdktf runs aspects per stack,
 * never from the App, so the aspect goes on each stack that exists now; a stack created after this call
 * would escape the rules, so the App refuses to finish synth when one does.
 */
export function applyGuardrails(scope: IConstruct, props?: GuardrailsProps): GuardrailsAspect {
  const aspect = new GuardrailsAspect(props);
  const covered = new Set(scope.node.findAll().filter(TerraformStack.isStack));
  if (covered.size === 0) throw new Error(`${scope.node.path || 'app'}: applyGuardrails found no stack; call it after the stacks are created.`);
  for (const stack of covered) Aspects.of(stack).add(aspect);
  scope.node.addValidation({
    validate: () =>
      scope.node
        .findAll()
        .filter((c) => TerraformStack.isStack(c) && !covered.has(c))
        .map((c) => `stack ${c.node.id} was created after applyGuardrails, so no guardrail checked it; call applyGuardrails after creating every stack`),
  });
  return aspect;
}
