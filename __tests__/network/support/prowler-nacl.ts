/** An entry of DescribeNetworkAcls' Entries, the shape Prowler reads (boto3 and the EC2 API use the same names). */
export interface DescribedEntry {
  readonly RuleNumber: number;
  readonly Protocol: string;
  readonly RuleAction: 'allow' | 'deny';
  readonly Egress: boolean;
  readonly CidrBlock: string;
  readonly PortRange?: { readonly From: number; readonly To: number };
}

/**
 * Prowler's check_network_acl (prowler/providers/aws/services/ec2/lib/network_acls.py), IPv4 part, ported
 * line for line: the first ingress entry for 0.0.0.0/0 that matches the protocol and port decides; true
 * means "open to the internet" (the check fails). The checks call it with ("-1", 0), ("6", 22), ("6", 3389).
 */
export function prowlerOpenToInternet(entries: readonly DescribedEntry[], protocol: string, port: number): boolean {
  const ingress = entries.filter((e) => !e.Egress).sort((a, b) => a.RuleNumber - b.RuleNumber);
  for (const rule of ingress) {
    const matches = rule.Protocol === '-1' || (rule.Protocol === protocol && rule.PortRange !== undefined && rule.PortRange.From <= port && port <= rule.PortRange.To);
    if (rule.CidrBlock === '0.0.0.0/0' && rule.RuleAction === 'deny' && matches) return false;
    if (rule.CidrBlock === '0.0.0.0/0' && rule.RuleAction === 'allow' && matches) return true;
  }
  return false;
}

/** The entry AWS adds to every NACL in each direction and nobody can remove: rule "*" (32767), deny all. */
export const FINAL_DENY = (egress: boolean): DescribedEntry => ({ RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: egress, CidrBlock: '0.0.0.0/0' });

