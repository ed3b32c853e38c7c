import { loadEnvironments, validateEnvironments } from '../config/load';
import { type OrganizationConfig, loadOrganization } from '../config/organization';
import type { EnvironmentConfig } from '../config/schema';
import type { PolicyDocument } from '../catalog/iam-policy';
import { runEntryPoint } from '../catalog/errors';
import { ORGANIZATION_POLICY_MAX_BYTES, organizationPolicySize } from '../modules/org/policy-size';
import { organizationPolicies } from '../stacks/organization-policies';

/**
 * `npm run org:sizes [-- --environments N]`: the bytes of every statement of the SCP and RCP (minified, as
 * AWS Organizations counts them) against the 5,120-byte limit, for the shipped configuration and for the same
 * organization with N environments (default 30), each in its own account, named like the shipped ones.
 */

/** N environments shaped like the shipped ones: one account each, the same role names, disjoint VPCs. */
export function syntheticEnvironments(shipped: readonly EnvironmentConfig[], count: number): EnvironmentConfig[] {
  const template = shipped[0];
  const raws = Array.from({ length: count }, (_, i) => {
    const account = String(100000000000 + i * 1111);
    const swap = (arn: string) => arn.replace(/::\d{12}:/, `::${account}:`);
    const { name: _n, stackName: _s, subnets: _sub, protection, ...file } = template;
    return {
      name: `env${String(i).padStart(2, '0')}`,
      raw: {
        ...file,
        protection: { preventDestroy: protection.preventDestroy },
        accountId: account,
        vpcCidr: `10.${(i % 200) + 10}.0.0/20`,
        // Every environment adds its own state bucket only when named: keep local state.
        state: { type: 'local' },
        invocationLogging: template.invocationLogging,
        people: {
          ...template.people,
          deployers: template.people.deployers.map(swap),
          planners: template.people.planners.map(swap),
          dataStewards: template.people.dataStewards.map(swap),
          jobSubmitters: template.people.jobSubmitters.map(swap),
          modelInvokers: template.people.modelInvokers.map(swap),
          logReaders: template.people.logReaders.map(swap),
          serviceRoles: template.people.serviceRoles.map((r) => ({ ...r, arn: swap(r.arn) })),
        },
        keys: { ...template.keys, administratorArns: template.keys.administratorArns.map(swap), modelCopy: undefined },
        buckets: { ...template.buckets, exemptPrincipalArns: template.buckets.exemptPrincipalArns.map(swap) },
      },
    };
  });
  return validateEnvironments(raws);
}

export interface StatementSize {
  readonly policy: 'SCP' | 'RCP';
  readonly sid: string;
  readonly bytes: number;
}

/** Each statement's minified size, and each whole document's. */
export function statementSizes(org: OrganizationConfig): { statements: StatementSize[]; totals: Record<'SCP' | 'RCP', number> } {
  const { serviceControlPolicy: scp, resourceControlPolicy: rcp } = organizationPolicies(org);
  const of = (policy: 'SCP' | 'RCP', doc: PolicyDocument) => doc.Statement.map((s) => ({ policy, sid: s.Sid ?? '(no Sid)', bytes: Buffer.byteLength(JSON.stringify(s), 'utf8') }));
  return { statements: [...of('SCP', scp), ...of('RCP', rcp)], totals: { SCP: organizationPolicySize(scp), RCP: organizationPolicySize(rcp) } };
}

function report(label: string, org: OrganizationConfig): void {
  const { statements, totals } = statementSizes(org);
  console.log(`\n${label}`);
  for (const s of statements) console.log(`  ${s.policy} ${s.sid.padEnd(52)} ${String(s.bytes).padStart(5)} B`);
  for (const policy of ['SCP', 'RCP'] as const) console.log(`  ${policy} total ${String(totals[policy]).padStart(56)} B of ${ORGANIZATION_POLICY_MAX_BYTES}`);
}

if (require.main === module) {
  runEntryPoint({ name: 'org:sizes', exitCode: 1 }, () => {
    const i = process.argv.indexOf('--environments');
    const count = i > 0 ? Number(process.argv[i + 1]) : 30;
    const shipped = loadEnvironments();
    const org = loadOrganization(shipped);
    if (!org) throw new Error('no config/organization.json');
    report(`shipped configuration (${shipped.length} environments)`, org);
    const many = syntheticEnvironments(shipped, count);
    report(`${count} environments, one account each`, loadOrganization(many)!);
    return 0;
  });
}
