import { App, Testing } from '../../../framework';
import { validateEnvironments } from '../../../config/load';
import { validateOrganization } from '../../../config/organization';
import { buildApp } from '../../../stacks/app';
import { type OrganizationPolicies, organizationPolicies } from '../../../stacks/organization-policies';

/**
 * Builds the real app for one test environment in-process and returns its policies exactly as
 * synthesized, with every Terraform reference replaced from an explicit table of realistic values.
 */

export const ACCOUNT = '111111111111';
export const OTHER_ACCOUNT = '999999999999';
export const REGION = 'us-east-1';
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
/** buckets.exemptPrincipalArns: exempt from the whole VPC-only deny. */
export const BREAK_GLASS = role('BreakGlass');
/** The people of the environment (config `people`), one role each. */
export const PEOPLE = {
  deployer: role('PlatformDeployer'),
  steward: role('DataSteward'),
  submitter: role('JobSubmitter'),
  invoker: role('InferenceService'),
  keyAdmin: role('KeyAdmin'),
  planner: role('PlatformPlanner'),
  logReader: role('LogReader'),
} as const;
/** Macie's service-linked role, admitted by name (people.serviceRoles) to read the training bucket. */
export const MACIE_ROLE = role('aws-service-role/macie.amazonaws.com/AWSServiceRoleForAmazonMacie');
/** The organization the simulation's account belongs to, and another one. */
export const ORG_ID = 'o-s1m2u3l4a5';
export const OTHER_ORG_ID = 'o-zzzzzzzzzz';
/** people.origins: a corporate egress block and a transfer network's S3 endpoint. */
export const ORIGINS = { sourceIps: ['198.51.100.0/24'], vpcEndpointIds: ['vpce-0a7a7a7a7a7a7a7a7'] } as const;
export const ADDRESSES = { declared: '198.51.100.7', elsewhere: '203.0.113.7' } as const;

/** dev.json's shape (torn down: buckets.forceDestroy) plus what the matrices need: every person named, a break-glass principal, opt-in endpoints, logging. */
export const SIM_ENVIRONMENT = {
  accountId: ACCOUNT,
  region: REGION,
  vpcCidr: '10.40.0.0/20',
  azIds: ['use1-az1', 'use1-az2', 'use1-az4'],
  tags: { owner: 'ml-platform', costCentre: 'cc-1001' },
  people: {
    deployers: [PEOPLE.deployer],
    planners: [PEOPLE.planner],
    dataStewards: [PEOPLE.steward],
    jobSubmitters: [PEOPLE.submitter],
    modelInvokers: [PEOPLE.invoker],
    logReaders: [PEOPLE.logReader],
    origins: ORIGINS,
    serviceRoles: [{ arn: MACIE_ROLE, buckets: ['training'], reason: 'Macie sensitive-data discovery' }],
  },
  keys: { deletionWindowDays: 7, administratorArns: [PEOPLE.keyAdmin] },
  buckets: { exemptPrincipalArns: [BREAK_GLASS], forceDestroy: true },
  jobs: { batchModelIds: ['anthropic.claude-3-haiku-20240307-v1:0'] },
  // The newer surface: opt-in endpoints and model invocation logging to both destinations.
  endpoints: { services: ['bedrock', 'bedrock-runtime', 'bedrock-agent', 'bedrock-agent-runtime', 'bedrock-mantle', 'bedrock-agentcore'] },
  invocationLogging: {},
};

/** The same environment kept, not torn down: no force_destroy, so nobody may empty its buckets. */
export const PROTECTED: Readonly<Record<string, unknown>> = { buckets: { exemptPrincipalArns: [BREAK_GLASS], forceDestroy: false }, protection: { preventDestroy: true } };

export const IDS = {
  vpc: 'vpc-0a1b2c3d4e5f60718',
  s3Vpce: 'vpce-0s3gateway0000001',
  subnets: { 'use1-az1': 'subnet-0aaa1111aaaa1111a', 'use1-az2': 'subnet-0bbb2222bbbb2222b', 'use1-az4': 'subnet-0ccc4444cccc4444c' },
  foreignSubnet: 'subnet-0fff9999ffff9999f',
  jobSecurityGroup: 'sg-0jobs000000000001',
  dataKey: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1111aaaa-0000-4000-8000-00000000da7a`,
  customModelKey: `arn:aws:kms:${REGION}:${ACCOUNT}:key/2222bbbb-0000-4000-8000-0000000c0de1`,
  customizationRole: `arn:aws:iam::${ACCOUNT}:role/bedrock-sim-customization-job`,
  batchRole: `arn:aws:iam::${ACCOUNT}:role/bedrock-sim-batch-inference-job`,
  runtimeVpce: 'vpce-0runtime00000001',
  guardrailArn: `arn:aws:bedrock:${REGION}:${ACCOUNT}:guardrail/q1w2e3r4t5y6`,
  guardrailVersion: '3',
  guardrailKey: `arn:aws:kms:${REGION}:${ACCOUNT}:key/4444dddd-0000-4000-8000-0000000900a4`,
};

/** Terraform reference (type, logical-name prefix, attribute) → value. Anything else fails the suite. */
const SUBSTITUTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^aws_vpc\.network_vpc_\w+\.id$/, IDS.vpc],
  [/^aws_vpc_endpoint\.s3-gateway_endpoint_\w+\.id$/, IDS.s3Vpce],
  [/^aws_subnet\.network_subnet-use1-az1_\w+\.id$/, IDS.subnets['use1-az1']],
  [/^aws_subnet\.network_subnet-use1-az2_\w+\.id$/, IDS.subnets['use1-az2']],
  [/^aws_subnet\.network_subnet-use1-az4_\w+\.id$/, IDS.subnets['use1-az4']],
  [/^aws_security_group\.security-groups_jobs_\w+\.id$/, IDS.jobSecurityGroup],
  [/^aws_kms_key\.data_data-key_\w+\.arn$/, IDS.dataKey],
  [/^aws_kms_key\.data_custom-model-key_\w+\.arn$/, IDS.customModelKey],
  [/^aws_iam_role\.jobs_customization-role_\w+\.arn$/, IDS.customizationRole],
  [/^aws_iam_role\.jobs_batch-inference-role_\w+\.arn$/, IDS.batchRole],
  [/^aws_vpc_endpoint\.bedrock-endpoints_bedrock-runtime_[0-9A-F]+\.id$/, IDS.runtimeVpce],
  [/^aws_bedrock_guardrail\.guardrail_[0-9A-F]+\.guardrail_arn$/, IDS.guardrailArn],
  [/^aws_bedrock_guardrail_version\.guardrail_version_[0-9A-F]+\.version$/, IDS.guardrailVersion],
  [/^aws_kms_key\.guardrail_key_[0-9A-F]+\.arn$/, IDS.guardrailKey],
];

export function substitute(policy: string): string {
  return policy.replace(/\$\{([^}]+)\}/g, (token: string, ref: string) => {
    const hit = SUBSTITUTIONS.find(([pattern]) => pattern.test(ref));
    if (!hit) throw new Error(`no substitution for ${token}; add it to SUBSTITUTIONS with a realistic value`);
    return hit[1];
  });
}

type Resources = Record<string, Record<string, Record<string, unknown> & { '//'?: { metadata?: { path?: string } } }>>;

export interface SynthesizedPolicies {
  /** Policy JSON object of the resource at `path` (relative to the stack), tokens substituted. */
  at(path: string, attribute?: string): unknown;
  /** The organization's SCP and RCP, rendered as org:render would from an organization file over this environment. */
  readonly organization: OrganizationPolicies;
}

/** The organization file of the simulation: every person of the environment covered, break-glass pinned to the organization. */
const SIM_ORGANIZATION = {
  organizationId: ORG_ID,
  managementAccountId: '555555555555',
  targetIds: ['ou-ab12-34cd56ef'],
  deployerRoleArns: [PEOPLE.deployer],
  submitterRoleArns: [PEOPLE.submitter],
  breakGlassRoleArns: [BREAK_GLASS],
  logReaderRoleArns: [PEOPLE.logReader],
};

/** Synthesizes the simulation environment, with top-level keys of `overrides` replacing its own (e.g. PROTECTED). */
export function synthesizePolicies(overrides: Readonly<Record<string, unknown>> = {}): SynthesizedPolicies {
  const [env] = validateEnvironments([{ name: 'sim', raw: { ...SIM_ENVIRONMENT, ...overrides } }]);
  const [stack] = buildApp(Testing.app() as App, [env]);
  // toTerraform() is what synth writes, with the construct paths Testing.synth strips.
  const resources = (stack.toTerraform() as { resource: Resources }).resource;
  const byPath = new Map<string, Record<string, unknown>>();
  for (const ofType of Object.values(resources)) {
    for (const config of Object.values(ofType)) {
      const path = config['//']?.metadata?.path;
      if (path) byPath.set(path.slice(`${env.stackName}/`.length), config);
    }
  }
  const organization = organizationPolicies(validateOrganization(SIM_ORGANIZATION, [env]));
  return {
    organization,
    at(path, attribute = 'policy') {
      const value = byPath.get(path)?.[attribute];
      if (typeof value !== 'string') throw new Error(`no ${attribute} at ${path}; the construct tree changed`);
      return JSON.parse(substitute(value)) as unknown;
    },
  };
}
