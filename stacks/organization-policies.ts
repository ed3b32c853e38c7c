import type { PolicyDocument } from '../catalog/iam-policy';
import type { OrganizationConfig } from '../config/organization';
import { platformServiceControlPolicy } from '../modules/org/service-control-policy';
import { dataPerimeterResourceControlPolicy } from '../modules/org/resource-control-policy';

/** The two organization policies, from the organization file and the environment files. */
export interface OrganizationPolicies {
  readonly serviceControlPolicy: PolicyDocument;
  readonly resourceControlPolicy: PolicyDocument;
}

/** One composition for the organization-guardrails stack and for `npm run org:render`, so both hold the same JSON. */
export function organizationPolicies(org: OrganizationConfig): OrganizationPolicies {
  return {
    serviceControlPolicy: platformServiceControlPolicy({
      namePrefixes: org.namePrefixes,
      deployerRoleArns: org.deployerRoleArns,
      submitterRoleArns: org.submitterRoleArns,
      breakGlassRoleArns: org.breakGlassRoleArns,
      logReaderRoleArns: org.logReaderRoleArns,
      modelCopierRoleArns: org.modelCopierRoleArns,
    }),
    resourceControlPolicy: dataPerimeterResourceControlPolicy({
      organizationId: org.organizationId,
      namePrefixes: org.namePrefixes,
      exemptPrincipalArns: [...org.dataExemptPrincipalArns, ...org.breakGlassRoleArns],
      deployerArns: [...org.bucketDeployerArns, ...org.bucketPlannerArns],
      breakGlassArns: org.breakGlassRoleArns,
      originBound: { principalArns: org.originBoundArns, sourceIps: org.originSourceIps },
    }),
  };
}
