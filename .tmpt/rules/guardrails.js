"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GuardrailsAspect = exports.REPORT_MARKDOWN = exports.REPORT_JSON = void 0;
exports.applyGuardrails = applyGuardrails;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const constructs_1 = require("constructs");
const cdktf_1 = require("cdktf");
// Internal cdktf hook (what TerraformStack's own synthesis uses): runs after every aspect, before the
// error annotations are collected, so the rules see the final resolved JSON and can fail synth.
const synthesizer_1 = require("cdktf/lib/synthesize/synthesizer");
const pack_1 = require("./pack");
const suppressions_1 = require("./suppressions");
const evaluate_1 = require("./evaluate");
const report_1 = require("./report");
exports.REPORT_JSON = 'guardrails.json';
exports.REPORT_MARKDOWN = 'guardrails.md';
const CHECKER_ID = 'Guardrails';
/**
 * Visits the tree at synth; for every stack it finds, it adds a checker that evaluates the stack's
 * resolved Terraform JSON, writes guardrails.json and guardrails.md beside cdk.tf.json, and turns
 * each error into an error annotation on the offending construct (cdktf then fails synth with
 * `[construct path] message`).
 */
class GuardrailsAspect {
    rules;
    suppressions;
    constructor(props = {}) {
        this.rules = props.rules ?? pack_1.BEDROCK_PRIVATE_PLATFORM_RULES;
        this.suppressions = props.suppressions ?? suppressions_1.PLATFORM_SUPPRESSIONS;
    }
    visit(node) {
        if (!cdktf_1.TerraformStack.isStack(node) || node.node.tryFindChild(CHECKER_ID))
            return;
        const checker = new constructs_1.Construct(node, CHECKER_ID);
        (0, synthesizer_1.addCustomSynthesis)(checker, { onSynthesize: (session) => this.check(node, session) });
    }
    check(stack, session) {
        const name = stack.node.id;
        const evaluation = (0, evaluate_1.evaluateStack)(name, stack.toTerraform(), this.rules, this.suppressions);
        const report = (0, report_1.buildReport)(evaluation, this.rules);
        const dir = (0, node_path_1.join)(session.outdir, session.manifest.forStack(stack).workingDirectory);
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, exports.REPORT_JSON), `${JSON.stringify(report, undefined, 2)}\n`);
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, exports.REPORT_MARKDOWN), (0, report_1.reportMarkdown)(report));
        const byPath = new Map(stack.node.findAll().map((c) => [c.node.path, c]));
        const rulesById = new Map(this.rules.map((r) => [r.id, r]));
        for (const problem of evaluation.invalidSuppressions)
            cdktf_1.Annotations.of(stack).addError(`Guardrails: ${problem}`);
        for (const finding of evaluation.findings.filter((f) => f.status === 'fail')) {
            const rule = rulesById.get(finding.ruleId);
            const message = `${finding.ruleId} ${rule?.description ?? ''}: ${finding.detail ?? ''}. Fix: ${rule?.fix ?? ''}`;
            const target = byPath.get(finding.path) ?? stack;
            if ((0, evaluate_1.errorsOf)(evaluation).includes(finding))
                cdktf_1.Annotations.of(target).addError(message);
            else
                cdktf_1.Annotations.of(target).addWarning(message);
        }
    }
}
exports.GuardrailsAspect = GuardrailsAspect;
/**
 * Applies the guardrails to every stack under `scope` (normally the App). cdktf runs aspects per stack,
 * never from the App, so the aspect goes on each stack that exists now; a stack created after this call
 * would escape the rules, so the App refuses to finish synth when one does.
 */
function applyGuardrails(scope, props) {
    const aspect = new GuardrailsAspect(props);
    const covered = new Set(scope.node.findAll().filter(cdktf_1.TerraformStack.isStack));
    if (covered.size === 0)
        throw new Error(`${scope.node.path || 'app'}: applyGuardrails found no stack; call it after the stacks are created.`);
    for (const stack of covered)
        cdktf_1.Aspects.of(stack).add(aspect);
    scope.node.addValidation({
        validate: () => scope.node
            .findAll()
            .filter((c) => cdktf_1.TerraformStack.isStack(c) && !covered.has(c))
            .map((c) => `stack ${c.node.id} was created after applyGuardrails, so no guardrail checked it; call applyGuardrails after creating every stack`),
    });
    return aspect;
}
