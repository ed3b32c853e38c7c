import { Construct } from 'constructs';
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { policyJson } from '../policy/document';
import { BedrockJobRole } from './bedrock-job-role';
import { invokeModelsPolicy, jobDataPolicy } from './job-role-policies';
import { jobSubmitterPolicy } from './submitter-policy';

export interface JobIdentitiesProps {
  readonly accountId: string;
  readonly region: string;
  /** `<prefix>-<env>`, used in role and policy names. */
  readonly namePrefix: string;
  readonly subnetIds: readonly string[];
  readonly jobSecurityGroupId: string;
  /** Foundation model ids the batch role may invoke. @default none */
  readonly batchModelIds?: readonly string[];
  /** Inference profile ids the batch role may invoke. @default none */
  readonly batchInferenceProfileIds?: readonly string[];
}

export interface JobDataGrant {
  readonly training: string;
  readonly validation: string;
  readonly customizationOutput: string;
  readonly batchInput: string;
  readonly batchOutput: string;
  readonly dataKeyArn: string;
}

/**
 * The two job service roles (seeds 000 and 001) and the managed policy for whoever submits jobs.
 * Roles come first because the key policies name them; `grantData` attaches bucket and key access
 * once those exist.
 */
export class JobIdentities extends Construct {
  readonly customizationRole: BedrockJobRole;
  readonly batchInferenceRole: BedrockJobRole;
  readonly submitterPolicy: IamPolicy;
  private readonly props: JobIdentitiesProps;

  constructor(scope: Construct, id: string, props: JobIdentitiesProps) {
    super(scope, id);
    this.props = props;
    const eniScope = { region: props.region, accountId: props.accountId, subnetIds: props.subnetIds, securityGroupId: props.jobSecurityGroupId };
    this.customizationRole = new BedrockJobRole(this, 'customization-role', {
      kind: 'customization',
      roleName: `${props.namePrefix}-customization-job`,
      description: 'Assumed by Bedrock model customization jobs of this environment (VPC only)',
      eniScope,
    });
    this.batchInferenceRole = new BedrockJobRole(this, 'batch-inference-role', {
      kind: 'batchInference',
      roleName: `${props.namePrefix}-batch-inference-job`,
      description: 'Assumed by Bedrock batch inference jobs of this environment (VPC only)',
      eniScope,
    });
    const invoke = invokeModelsPolicy({
      region: props.region,
      accountId: props.accountId,
      modelIds: props.batchModelIds ?? [],
      inferenceProfileIds: props.batchInferenceProfileIds ?? [],
    });
    if (invoke) this.batchInferenceRole.addPolicy('invoke-models', invoke);

    this.submitterPolicy = new IamPolicy(this, 'submitter-policy', {
      name: `${props.namePrefix}-bedrock-job-submitter`,
      description: 'Launch, watch and stop Bedrock customization and batch inference jobs with this environment\'s roles',
      policy: policyJson(
        jobSubmitterPolicy({
          region: props.region,
          accountId: props.accountId,
          passableRoleArns: [this.customizationRole.role.arn, this.batchInferenceRole.role.arn],
        }),
      ),
    });
  }

  /** Exact buckets per role, and the data key only through S3. */
  grantData(grant: JobDataGrant): void {
    const region = this.props.region;
    this.customizationRole.addPolicy(
      'data-access',
      jobDataPolicy({ region, dataKeyArn: grant.dataKeyArn, readBuckets: [grant.training, grant.validation], writeBuckets: [grant.customizationOutput] }),
    );
    this.batchInferenceRole.addPolicy(
      'data-access',
      jobDataPolicy({ region, dataKeyArn: grant.dataKeyArn, readBuckets: [grant.batchInput], writeBuckets: [grant.batchOutput] }),
    );
  }
}
