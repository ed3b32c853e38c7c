"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildApp = buildApp;
const environment_stack_1 = require("./environment-stack");
const state_bootstrap_stack_1 = require("./state-bootstrap-stack");
const state_buckets_1 = require("../config/state-buckets");
const guardrails_1 = require("../rules/guardrails");
/** Adds one stack per environment. Kept apart from main.ts so tests and benchmarks build the same app. */
function buildApp(app, environments) {
    const stacks = environments.map((env) => new environment_stack_1.EnvironmentStack(app, env));
    // One state-bootstrap stack per account whose environments keep state in S3 (help/state.md).
    for (const plan of (0, state_buckets_1.planStateBuckets)(environments))
        new state_bootstrap_stack_1.StateBootstrapStack(app, plan);
    // Synth-time rules on every stack above; keep this call last (help/compliance.md).
    (0, guardrails_1.applyGuardrails)(app);
    return stacks;
}
