import type { EnvironmentConfig } from './schema';
import type { ConfigProblem, FileOf } from './errors';
import { cidrsOverlap, firstFreeBlock, formatCidr, parseCidr } from './cidr';

/**
 * VPC blocks that overlap another environment's in the same account and region. Those VPCs sit side by
 * side: overlapping blocks cannot be peered or joined to one transit gateway, and an address means two
 * hosts. The later environment (name order) gets the problem, naming the earlier one's file and a free
 * block of the same size.
 */
export function vpcOverlapProblems(environments: readonly EnvironmentConfig[], fileOf: FileOf): ConfigProblem[] {
  const sorted = [...environments].sort((a, b) => a.name.localeCompare(b.name));
  const problems: ConfigProblem[] = [];
  sorted.forEach((env, i) => {
    const vpc = parseCidr(env.vpcCidr);
    if (!vpc) return;
    const neighbours = sorted.filter((other) => other !== env && other.accountId === env.accountId && other.region === env.region);
    const clash = sorted.slice(0, i).find((other) => neighbours.includes(other) && cidrsOverlap(vpc, parseCidr(other.vpcCidr) ?? vpc));
    if (!clash) return;
    const free = firstFreeBlock(vpc, neighbours.map((other) => parseCidr(other.vpcCidr)).filter((c) => c !== undefined));
    problems.push({
      environment: env.name,
      file: fileOf(env.name),
      field: 'vpcCidr',
      message:
        `${env.vpcCidr} overlaps ${clash.vpcCidr} of environment "${clash.name}" (${fileOf(clash.name)}), in the same account ${env.accountId} and region ${env.region}; ` +
        (free ? `use a block that overlaps no other, e.g. "${formatCidr(free)}"` : 'use a block that overlaps no other environment of the account and region'),
    });
  });
  return problems;
}
