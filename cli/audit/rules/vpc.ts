import type { VpcConfig } from '@aws-sdk/client-bedrock';
import type { Expectations } from '../expectations';

/** Subnets and security groups of a job that are not among the expected ones (empty = in place). */
export function unexpectedPlacement(vpc: VpcConfig, expected: Expectations): readonly string[] {
  const outside = (actual: readonly string[] | undefined, allowed: readonly string[] | undefined): string[] =>
    allowed === undefined ? [] : (actual ?? []).filter((id) => !allowed.includes(id));
  return [...outside(vpc.subnetIds, expected.subnetIds), ...outside(vpc.securityGroupIds, expected.securityGroupIds)];
}

/** A vpcConfig counts only if it names at least one subnet: an empty one places the job nowhere. */
export function hasVpc(vpc: VpcConfig | undefined): vpc is VpcConfig {
  return vpc !== undefined && (vpc.subnetIds?.length ?? 0) > 0;
}
