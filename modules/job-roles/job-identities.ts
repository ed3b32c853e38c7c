import { Construct } from 'constructs';
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { JOB_KINDS, SERVICE_ROLE_JOB_KIND_NAMES, type ServiceRoleJobKind } from '../../catalog/job-kinds';
import type { DataBucketPurpose } from '../../catalog/buckets';
import { policyJson } from '../policy/document';
import { BedrockJobRole } from './bedrock-job-role';
import { invokeModelsPolicy, jobDataPolicy } from './job-role-policies';
import { jobSubmitterPolicy } from './submitter-policy';

export interface JobIdentitiesProps {
  /** The account whose jobs may assume the roles (aws:SourceAccount) and whose ENIs they manage. */
  readonly accountId: string;
  /** The region of the jobs, subnets and data key. */
  readonly region: string;
  /** `<prefix>-<env>`: the start of every role and policy name. */
  readonly namePrefix: string;
  /** Subnets job ENIs may be placed in (the seeds' ENI statements name exactly these). */
  readonly subnetIds: readonly string[];
  /** The security group job ENIs must carry. */
  readonly jobSecurityGroupId: string;
  /** Foundation model ids the batch role may invoke. @default none: the batch role gets no invoke policy */
  readonly batchModelIds?: readonly string[];
  /** Inference profile ids the batch role may invoke. @default none */
  readonly batchInferenceProfileIds?: readonly string[];
}

/** Bucket names by purpose plus the key that encrypts them: what `grantData` gives the roles. */
export interface JobDataGrant {
  readonly buckets: Readonly<Record<DataBucketPurpose, string>>;
  readonly dataKeyArn: string;
}

/**
 * The job service roles, one per job kind (seeds 000 and 001), and the managed policy for whoever
 * submits jobs. Roles come first because the key policies name them; `grantData` attaches bucket
 * and key access once those exist.
 */
export class JobIdentities extends Construct {
  readonly roles: Readonly<Record<ServiceRoleJobKind, BedrockJobRole>>;
  readonly submitterPolicy: IamPolicy;
  private readonly region: string;

  constructor(scope: Construct, id: string, props: JobIdentitiesProps) {
    super(scope, id);
    this.region = props.region;
    const eniScope = { region: props.region, accountId: props.accountId, subnetIds: props.subnetIds, securityGroupId: props.jobSecurityGroupId };
    const roles = {} as Record<ServiceRoleJobKind, BedrockJobRole>;
    for (const kind of SERVICE_ROLE_JOB_KIND_NAMES) {
      const spec = JOB_KINDS[kind];
      roles[kind] = new BedrockJobRole(this, spec.roleConstructId, {
        kind,
        roleName: `${props.namePrefix}-${spec.roleNameSuffix}`,
        description: `Assumed by Bedrock ${spec.label} jobs of this environment (VPC only)`,
        eniScope,
      });
    }
    this.roles = roles;
    const invoke = invokeModelsPolicy({
      region: props.region,
      accountId: props.accountId,
      modelIds: props.batchModelIds ?? [],
      inferenceProfileIds: props.batchInferenceProfileIds ?? [],
    });
    if (invoke) roles.batchInference.addPolicy('invoke-models', invoke);

    // The description stays as first written although the policy now also deploys custom models: it
    // forces replacement of the policy, which would detach it from everyone it is attached to.
    this.submitterPolicy = new IamPolicy(this, 'submitter-policy', {
      name: `${props.namePrefix}-bedrock-job-submitter`,
      description: 'Launch, watch and stop Bedrock customization and batch inference jobs with this environment\'s roles',
      policy: policyJson(
        jobSubmitterPolicy({
          region: props.region,
          accountId: props.accountId,
          passableRoleArns: SERVICE_ROLE_JOB_KIND_NAMES.map((kind) => roles[kind].role.arn),
        }),
      ),
    });
  }

  /** Each kind's role output name (catalog/job-kinds.ts roleOutput) with its role's ARN, in table order. */
  roleOutputs(): Array<[(typeof JOB_KINDS)[ServiceRoleJobKind]['roleOutput'], string]> {
    return SERVICE_ROLE_JOB_KIND_NAMES.map((kind) => [JOB_KINDS[kind].roleOutput, this.roles[kind].role.arn]);
  }

  /** Each role gets exactly its kind's input and output buckets (catalog/job-kinds.ts), and the data key only through S3. */
  grantData(grant: JobDataGrant): void {
    for (const kind of SERVICE_ROLE_JOB_KIND_NAMES) {
      const { readBuckets, writeBuckets } = JOB_KINDS[kind];
      this.roles[kind].addPolicy(
        'data-access',
        jobDataPolicy({
          region: this.region,
          dataKeyArn: grant.dataKeyArn,
          readBuckets: readBuckets.map((p) => grant.buckets[p]),
          writeBuckets: writeBuckets.map((p) => grant.buckets[p]),
        }),
      );
    }
  }
}
