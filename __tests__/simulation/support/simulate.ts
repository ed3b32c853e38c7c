import { getDenialReasons, getGrantReasons, runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';

export type Expected = 'Allowed' | 'Denied';

export interface Outcome {
  readonly result: 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied' | string;
  /** Which statements decided it, for failure messages. */
  readonly explanation: string;
}

/**
 * Runs one request. A simulation that iam-simulate rejects (invalid policy, action or ARN) or that drops a
 * context key as not applicable to the action throws, so no case can pass on a request IAM would not see.
 */
export async function simulate(simulation: Simulation): Promise<Outcome> {
  const response = await runSimulation(simulation, {});
  if (response.resultType === 'error') throw new Error(`iam-simulate rejected the request: ${JSON.stringify(response.errors)}`);
  if (response.resultType !== 'single') throw new Error(`expected one resource, got a ${response.resultType} simulation`);
  const { result } = response;
  if (result.ignoredContextKeys?.length) {
    throw new Error(`context keys ignored for ${simulation.request.action}: ${result.ignoredContextKeys.join(', ')}`);
  }
  const reasons = response.overallResult === 'Allowed' ? getGrantReasons(result.analysis) : getDenialReasons(result.analysis);
  return { result: response.overallResult, explanation: JSON.stringify(reasons) };
}

/** Simulates one request and fails, naming the decisive statements, when IAM answers other than expected. */
export async function expectOutcome(simulation: Simulation, expected: Expected, note?: string): Promise<Outcome> {
  const outcome = await simulate(simulation);
  const actual: Expected = outcome.result === 'Allowed' ? 'Allowed' : 'Denied';
  if (actual !== expected) throw new Error(`expected ${expected}, got ${outcome.result}${note ? ` (${note})` : ''}; decisive statements: ${outcome.explanation}`);
  return outcome;
}
