import { Construct } from 'constructs';
import { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import {
  GITHUB_OIDC_AUDIENCE,
  GITHUB_OIDC_THUMBPRINTS,
  GITHUB_OIDC_URL,
  ciBoundaryName,
  ciRoleArn,
  ciRoleName,
  environmentSubject,
  pullRequestSubject,
} from '../../catalog/ci-identities';
import { policyJson } from '../policy/document';
import { ciBoundaryPolicy, deployerPolicy, githubTrustPolicy, plannerPolicy, type PlannerPolicyProps } from './policies';

/** The reusable workflow every deploy job runs (.github/workflows/deploy-environment.yml), on main. */
export const DEPLOY_WORKFLOW = '.github/workflows/deploy-environment.yml';
export const DEPLOY_BRANCH = 'refs/heads/main';

export interface CiIdentitiesProps {
  /** The account the roles live in (their ARNs, and the names the boundary admits, are in it). */
  readonly accountId: string;
  /** The platform's name prefix: the roles' and boundary's names start with it, and the boundary admits IAM writes only to names that do. */
  readonly namePrefix: string;
  /** "<owner>/<repo>": the only repository whose tokens the roles admit. */
  readonly repository: string;
  /** GitHub environments (the platform's environment names) whose deploy jobs the deployer admits. */
  readonly environments: readonly string[];
  /** State objects the planner reads and locks. */
  readonly state: PlannerPolicyProps['state'];
  /** The account's existing GitHub OIDC provider. @default created here */
  readonly oidcProviderArn?: string;
}

/**
 * One account's CI identities: the GitHub OIDC provider (unless one exists), a deployer only the deploy
 * workflow's jobs in this account's GitHub environments may assume, and a planner only this repository's
 * pull requests may assume; both bounded by a permissions boundary that keeps their IAM writes to the
 * platform's names. Construct IDs ("oidc-provider", "boundary", "deployer", "planner") are addresses: keep them.
 */
export class CiIdentities extends Construct {
  readonly oidcProviderArn: string;
  readonly boundary: IamPolicy;
  readonly deployer: IamRole;
  readonly planner: IamRole;

  constructor(scope: Construct, id: string, props: CiIdentitiesProps) {
    super(scope, id);
    if (props.environments.length === 0) throw new Error(`${this.node.path}: the deployer needs at least one environment to admit`);
    this.oidcProviderArn =
      props.oidcProviderArn ??
      new IamOpenidConnectProvider(this, 'oidc-provider', {
        url: GITHUB_OIDC_URL,
        clientIdList: [GITHUB_OIDC_AUDIENCE],
        thumbprintList: [...GITHUB_OIDC_THUMBPRINTS],
      }).arn;

    const boundaryName = ciBoundaryName(props.namePrefix);
    const boundaryArn = `arn:aws:iam::${props.accountId}:policy/${boundaryName}`;
    this.boundary = new IamPolicy(this, 'boundary', {
      name: boundaryName,
      description: 'Permissions boundary of the CI roles: IAM writes only to the platform\'s names, no managed policy but the platform\'s, no change to the CI roles',
      policy: policyJson(
        ciBoundaryPolicy({
          accountId: props.accountId,
          namePrefix: props.namePrefix,
          protectedRoleArns: [ciRoleArn(props.accountId, props.namePrefix, 'deployer'), ciRoleArn(props.accountId, props.namePrefix, 'planner')],
          boundaryArn,
        }),
      ),
    });

    this.deployer = new IamRole(this, 'deployer', {
      name: ciRoleName(props.namePrefix, 'deployer'),
      description: `Deploys the platform from ${props.repository}'s deploy workflow (GitHub environments ${props.environments.join(', ')})`,
      permissionsBoundary: this.boundary.arn,
      maxSessionDuration: 3600,
      assumeRolePolicy: policyJson(
        githubTrustPolicy({
          providerArn: this.oidcProviderArn,
          subjects: props.environments.map((env) => environmentSubject(props.repository, env)),
          workflowRefs: [`${props.repository}/${DEPLOY_WORKFLOW}@${DEPLOY_BRANCH}`],
        }),
      ),
    });
    new IamRolePolicy(this, 'deployer-policy', { role: this.deployer.name, name: 'deploy', policy: policyJson(deployerPolicy({ accountId: props.accountId, namePrefix: props.namePrefix })) });

    this.planner = new IamRole(this, 'planner', {
      name: ciRoleName(props.namePrefix, 'planner'),
      description: `Plans the platform for ${props.repository}'s pull requests: reads, and takes the state lock`,
      permissionsBoundary: this.boundary.arn,
      maxSessionDuration: 3600,
      assumeRolePolicy: policyJson(githubTrustPolicy({ providerArn: this.oidcProviderArn, subjects: [pullRequestSubject(props.repository)] })),
    });
    new IamRolePolicy(this, 'planner-policy', { role: this.planner.name, name: 'plan', policy: policyJson(plannerPolicy({ state: props.state })) });
  }
}
