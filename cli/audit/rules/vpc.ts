import type { VpcConfig } from '@aws-sdk/client-bedrock';
import type { Expectations } from '../expectations';
import type { RuleInfo } from './catalog';
import type { Broken } from './context';

/** Subnets and security groups of a job that are not among the expected ones (empty = in place). */
function unexpectedPlacement(vpc: VpcConfig, expected: Expectations): readonly string[] {
  const outside = (actual: readonly string[] | undefined, allowed: readonly string[] | undefined): string[] =>
    allowed === undefined ? [] : (actual ?? []).filter((id) => !allowed.includes(id));
  return [...outside(vpc.subnetIds, expected.subnetIds), ...outside(vpc.securityGroupIds, expected.securityGroupIds)];
}

/** A vpcConfig counts only if it names at least one subnet: an empty one places the job nowhere. */
function hasVpc(vpc: VpcConfig | undefined): vpc is VpcConfig {
  return vpc !== undefined && (vpc.subnetIds?.length ?? 0) > 0;
}

/**
 * The VPC rule pair every job kind has: no VPC at all, or a VPC outside the expected placement.
 * `job` names the resource in messages, e.g. "Customization job tune-1 (Completed)".
 */
export function placementProblem(
  vpc: VpcConfig | undefined,
  expected: Expectations,
  rules: { readonly none: RuleInfo; readonly outside: RuleInfo },
  job: { readonly label: string; readonly name: string; readonly status: string | undefined },
): Broken | undefined {
  if (!hasVpc(vpc)) return [rules.none, `${job.label} ${job.name} (${job.status ?? 'unknown status'}) has no vpcConfig.`];
  const outside = unexpectedPlacement(vpc, expected);
  if (outside.length === 0) return undefined;
  return [rules.outside, `${job.label} ${job.name} uses ${outside.join(', ')}, not in the expected VPC placement.`];
}
