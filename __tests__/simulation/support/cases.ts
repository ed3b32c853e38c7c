import type { Simulation } from '@cloud-copilot/iam-simulate';
import { ACCOUNT, ADDRESSES, IDS, ORG_ID, ORIGINS, OTHER_ORG_ID, type SynthesizedPolicies } from './synthesized-policies';
import { type Expected, expectOutcome } from './simulate';

/**
 * Where a request comes from: `vpc` through our S3 gateway endpoint (aws:SourceVpc/aws:SourceVpce, and its
 * endpoint policy); `origin` from a declared corporate egress address; `transfer` through the transfer
 * network's S3 endpoint of our organization; `internet` from any other address.
 */
export type Where = 'vpc' | 'origin' | 'transfer' | 'internet';

/** The network keys AWS puts in the request context for each origin. */
function networkContext(where: Where | undefined): Record<string, string> {
  switch (where) {
    case 'vpc':
      return { 'aws:SourceVpc': IDS.vpc, 'aws:SourceVpce': IDS.s3Vpce, 'aws:VpceOrgID': ORG_ID, 'aws:VpceAccount': ACCOUNT };
    case 'transfer':
      return { 'aws:SourceVpc': 'vpc-0a7a7a7a7a7a7a7a7', 'aws:SourceVpce': ORIGINS.vpcEndpointIds[0], 'aws:VpceOrgID': ORG_ID, 'aws:VpceAccount': ACCOUNT };
    case 'origin':
      return { 'aws:SourceIp': ADDRESSES.declared };
    default:
      return { 'aws:SourceIp': ADDRESSES.elsewhere };
  }
}

const FULL_AWS_ACCESS = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

/** One request IAM would evaluate, and what it must decide. */
export interface Case {
  readonly name: string;
  readonly expected: Expected;
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  /** Account owning the resource. @default ours */
  readonly resourceAccount?: string;
  readonly context?: Record<string, string | string[]>;
  /** Where the request comes from. @default neither VPC key is set (outside the VPC) */
  readonly from?: Where;
  /** Resource policy path in the stack (bucket, key, trust, …). */
  readonly resourcePolicy?: { readonly path: string; readonly attribute?: string };
  /** Interface endpoint the request goes through (its policy applies). */
  readonly endpoint?: string;
  /** Seed statements the row demonstrates, for the reader. */
  readonly note?: string;
}

/** Identity policies attached to a principal, for one suite. */
export type IdentityOf = (principal: string, policies: SynthesizedPolicies) => Simulation['identityPolicies'];

export const allowEverythingIn = (...services: string[]) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: services.map((s) => `${s}:*`), Resource: '*' }],
});

/** Request context IAM would supply: the caller, TLS, and where the request came from. */
export function buildSimulation(c: Case, policies: SynthesizedPolicies, identity: IdentityOf): Simulation {
  const isService = c.principal.endsWith('.amazonaws.com');
  const principalAccount = isService ? undefined : c.principal.split(':')[4];
  const context: Record<string, string | string[]> = {
    ...(isService
      ? {}
      : { 'aws:PrincipalArn': c.principal, 'aws:PrincipalAccount': principalAccount as string, 'aws:PrincipalOrgID': principalAccount === ACCOUNT ? ORG_ID : OTHER_ORG_ID }),
    'aws:SecureTransport': 'true',
    ...(isService || c.from === undefined ? {} : networkContext(c.from)),
    ...c.context,
  };
  const endpointPolicies = [
    ...(c.from === 'vpc' ? [{ name: 's3-gateway', policy: policies.at('s3-gateway/endpoint') }] : []),
    ...(c.endpoint ? [{ name: c.endpoint, policy: policies.at(c.endpoint) }] : []),
  ];
  return {
    request: { principal: c.principal, action: c.action, resource: { resource: c.resource, accountId: c.resourceAccount ?? ACCOUNT }, contextVariables: context },
    identityPolicies: isService ? [] : identity(c.principal, policies),
    // The organization's policies, as AWS attaches them: FullAWSAccess at every level, ours on the OU. SCPs govern
    // only the organization's own principals; the RCP every principal on the organization's resources.
    serviceControlPolicies:
      isService || principalAccount !== ACCOUNT
        ? []
        : [
            { orgIdentifier: 'r-ab12', policies: [{ name: 'FullAWSAccess', policy: FULL_AWS_ACCESS }] },
            { orgIdentifier: 'ou-ab12-34cd56ef', policies: [{ name: 'FullAWSAccess', policy: FULL_AWS_ACCESS }, { name: 'bedrock-platform-guardrails', policy: policies.organization.serviceControlPolicy }] },
            { orgIdentifier: ACCOUNT, policies: [{ name: 'FullAWSAccess', policy: FULL_AWS_ACCESS }] },
          ],
    resourceControlPolicies: [{ orgIdentifier: 'ou-ab12-34cd56ef', policies: [{ name: 'bedrock-platform-data-perimeter', policy: policies.organization.resourceControlPolicy }] }],
    ...(c.resourcePolicy ? { resourcePolicy: policies.at(c.resourcePolicy.path, c.resourcePolicy.attribute) } : {}),
    ...(endpointPolicies.length ? { vpcEndpointPolicies: endpointPolicies } : {}),
  };
}

/** Runs every case as its own test, failing with the decisive statements when IAM would decide otherwise. */
export function itDecides(cases: readonly Case[], policies: () => SynthesizedPolicies, identity: IdentityOf): void {
  it('names every case once and has both outcomes', () => {
    expect(new Set(cases.map((c) => c.expected))).toEqual(new Set(['Allowed', 'Denied']));
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await expectOutcome(buildSimulation(c, policies(), identity), c.expected, c.note);
  });
}
