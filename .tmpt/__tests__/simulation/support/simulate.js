"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.simulate = simulate;
const iam_simulate_1 = require("@cloud-copilot/iam-simulate");
/**
 * Runs one request. A simulation that iam-simulate rejects (invalid policy, action or ARN) or that drops a
 * context key as not applicable to the action throws, so no case can pass on a request IAM would not see.
 */
async function simulate(simulation) {
    const response = await (0, iam_simulate_1.runSimulation)(simulation, {});
    if (response.resultType === 'error')
        throw new Error(`iam-simulate rejected the request: ${JSON.stringify(response.errors)}`);
    if (response.resultType !== 'single')
        throw new Error(`expected one resource, got a ${response.resultType} simulation`);
    const { result } = response;
    if (result.ignoredContextKeys?.length) {
        throw new Error(`context keys ignored for ${simulation.request.action}: ${result.ignoredContextKeys.join(', ')}`);
    }
    const reasons = response.overallResult === 'Allowed' ? (0, iam_simulate_1.getGrantReasons)(result.analysis) : (0, iam_simulate_1.getDenialReasons)(result.analysis);
    return { result: response.overallResult, explanation: JSON.stringify(reasons) };
}
