import type { DataRetention, Finding } from '../model';
import { dataRetentionRemediation } from '../remediation/governance';
import { RULES } from './catalog';
import { type RuleContext, findingsOf } from './context';

/** Modes that let request data leave the customer: AWS review, or sharing with the model provider. */
const SHARING_MODES: readonly string[] = ['aws_review', 'provider_data_share'];

/** The account's data-retention mode, one item per partition (it is account-wide). */
export function checkDataRetention(setting: DataRetention, ctx: RuleContext): Finding[] {
  const mode = setting.mode ?? 'unset';
  return findingsOf(
    { region: ctx.region, arn: `bedrock:${setting.partition}:account-data-retention`, name: `data retention (${setting.partition})` },
    [SHARING_MODES.includes(mode) ? [RULES.dataRetentionShared, `The account data-retention mode is ${mode}.`] : undefined],
    () => dataRetentionRemediation(setting.readIn),
  );
}
