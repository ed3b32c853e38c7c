import type { Simulation } from '@cloud-copilot/iam-simulate';
import { ACCOUNT, IDS, type SynthesizedPolicies } from './synthesized-policies';
import { type Expected, expectOutcome } from './simulate';

/** Where a request comes from; `vpc` adds aws:SourceVpc/aws:SourceVpce and the S3 gateway endpoint policy. */
export type Where = 'vpc' | 'internet';

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
    ...(isService ? {} : { 'aws:PrincipalArn': c.principal, 'aws:PrincipalAccount': principalAccount as string }),
    'aws:SecureTransport': 'true',
    ...(c.from === 'vpc' ? { 'aws:SourceVpc': IDS.vpc, 'aws:SourceVpce': IDS.s3Vpce } : {}),
    ...c.context,
  };
  const endpointPolicies = [
    ...(c.from === 'vpc' ? [{ name: 's3-gateway', policy: policies.at('s3-gateway/endpoint') }] : []),
    ...(c.endpoint ? [{ name: c.endpoint, policy: policies.at(c.endpoint) }] : []),
  ];
  return {
    request: { principal: c.principal, action: c.action, resource: { resource: c.resource, accountId: c.resourceAccount ?? ACCOUNT }, contextVariables: context },
    identityPolicies: isService ? [] : identity(c.principal, policies),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
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
