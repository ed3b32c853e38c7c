import type { AgentCoreRuntime, Finding } from '../model';
import { agentCoreRuntimeRemediation } from '../remediation/governance';
import { RULES } from './catalog';
import { type RuleContext, findingsOf } from './context';

/** Security Hub BedrockAgentCore.1: a runtime's networkMode is VPC. */
export function checkAgentCoreRuntime(runtime: AgentCoreRuntime, ctx: RuleContext): Finding[] {
  const name = runtime.agentRuntimeName ?? runtime.agentRuntimeId ?? '?';
  const mode = runtime.networkConfiguration?.networkMode;
  return findingsOf(
    { region: ctx.region, arn: runtime.agentRuntimeArn ?? name, name },
    [mode === 'VPC' ? undefined : [RULES.agentCoreRuntimeNotInVpc, `AgentCore runtime ${name} (${runtime.status ?? 'unknown status'}) runs in ${mode ?? 'no'} network mode, not VPC.`]],
    () => agentCoreRuntimeRemediation(ctx.region, { id: runtime.agentRuntimeId ?? name }, ctx.expected),
  );
}
