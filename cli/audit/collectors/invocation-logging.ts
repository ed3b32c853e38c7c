import { GetModelInvocationLoggingConfigurationCommand } from '@aws-sdk/client-bedrock';
import type { InvocationLogging } from '../model';
import { type CollectContext, type Collected, failureReason } from './context';

/**
 * One GetModelInvocationLoggingConfiguration per region (the setting is regional, not per
 * resource). --since does not apply: a configuration is a state, not something created.
 */
export async function collectInvocationLogging(ctx: CollectContext): Promise<Collected<InvocationLogging>> {
  try {
    const { loggingConfig } = await ctx.limit(() => ctx.client.send(new GetModelInvocationLoggingConfigurationCommand({})));
    return { items: [{ region: ctx.region, ...(loggingConfig && { loggingConfig }) }], notChecked: [] };
  } catch (err) {
    return {
      items: [],
      notChecked: [{ kind: 'invocation-logging', region: ctx.region, resource: `model invocation logging configuration in ${ctx.region}`, reason: failureReason(err) }],
    };
  }
}
