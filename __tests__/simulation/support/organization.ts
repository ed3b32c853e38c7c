import type { Simulation } from '@cloud-copilot/iam-simulate';
import { validateEnvironments } from '../../../config/load';
import { validateOrganization } from '../../../config/organization';
import { type OrganizationPolicies, organizationPolicies } from '../../../stacks/organization-policies';
import { BREAK_GLASS, PEOPLE, SIM_ENVIRONMENT } from './synthesized-policies';

/** The organization the simulation environment belongs to. */
export const ORG_ID = 'o-a1b2c3d4e5';
const TARGET_OU = 'ou-ab12-34cd56ef';

/**
 * The organization guardrails (SCP and RCP) exactly as `npm run org:render` writes them for the
 * simulation environment, with its own people as the organization's deployers and submitters. Only the
 * four kinds of people every organization file covers are carried over, so a kind of person added to the
 * simulation environment later does not need a pattern in this fixture.
 */
export function simulationOrganizationPolicies(): OrganizationPolicies {
  const { deployers, dataStewards, jobSubmitters, modelInvokers } = SIM_ENVIRONMENT.people;
  const environments = validateEnvironments([{ name: 'sim', raw: { ...SIM_ENVIRONMENT, people: { deployers, dataStewards, jobSubmitters, modelInvokers } } }]);
  return organizationPolicies(
    validateOrganization(
      {
        organizationId: ORG_ID,
        managementAccountId: '555555555555',
        targetIds: [TARGET_OU],
        deployerRoleArns: [PEOPLE.deployer],
        submitterRoleArns: [PEOPLE.submitter],
        breakGlassRoleArns: [BREAK_GLASS],
      },
      environments,
      'organization fixture',
    ),
  );
}

const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const fullAwsAccess = { name: 'FullAWSAccess', policy: allowAll };

/**
 * The SCP and RCP layers of a request by a principal of the organization: FullAWSAccess at every level
 * (AWS attaches it; iam-simulate does not), the platform SCP on the OU, the RCP beside it.
 */
export function organizationLayers(policies: OrganizationPolicies, account: string): Pick<Simulation, 'serviceControlPolicies' | 'resourceControlPolicies'> {
  return {
    serviceControlPolicies: [
      { orgIdentifier: 'r-ab12', policies: [fullAwsAccess] },
      { orgIdentifier: TARGET_OU, policies: [fullAwsAccess, { name: 'bedrock-platform-guardrails', policy: policies.serviceControlPolicy }] },
      { orgIdentifier: account, policies: [fullAwsAccess] },
    ],
    resourceControlPolicies: [{ orgIdentifier: TARGET_OU, policies: [{ name: 'bedrock-platform-data-perimeter', policy: policies.resourceControlPolicy }] }],
  };
}
