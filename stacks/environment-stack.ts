import { Construct } from 'constructs';
import { Fn, TerraformOutput, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import type { EnvironmentConfig } from '../config/schema';
import { configureBackend } from '../modules/state/backend';
import { PrivateNetwork } from '../modules/network/private-network';
import { EndpointSecurityGroups } from '../modules/network/security-groups';
import { VpcFlowLogs } from '../modules/network/flow-logs';
import { S3GatewayEndpoint } from '../modules/endpoints/s3-gateway-endpoint';
import { BedrockInterfaceEndpoints } from '../modules/endpoints/bedrock-interface-endpoints';
import { DataProtection } from '../modules/data-protection/data-protection';
import { JobIdentities } from '../modules/job-roles/job-identities';
import { CompliantCustomModel } from '../modules/job-roles/compliant-custom-model';
import { LaunchScope, batchInferenceJobFragment, customizationJobCliCommand, customizationJobFragment } from '../modules/job-roles/launch-config';
import { bucketNames } from '../modules/naming/names';
import auditorPolicy from '../cli/audit/auditor-policy.json';

/**
 * One environment = one stack (`bedrock-<env>`): VPC, endpoints, keys, buckets and job roles
 * reference each other densely, and one state per environment keeps a deploy atomic and
 * cross-stack plumbing out of the way (help/architecture.md).
 */
export class EnvironmentStack extends TerraformStack {
  readonly network: PrivateNetwork;
  readonly securityGroups: EndpointSecurityGroups;
  readonly s3Gateway: S3GatewayEndpoint;
  readonly interfaceEndpoints: BedrockInterfaceEndpoints;
  readonly jobs: JobIdentities;
  readonly data: DataProtection;
  readonly launchScope: LaunchScope;

  constructor(scope: Construct, env: EnvironmentConfig) {
    super(scope, env.stackName);
    const prefix = `${env.namePrefix}-${env.name}`;
    const buckets = bucketNames(env);

    new AwsProvider(this, 'aws', {
      region: env.region,
      allowedAccountIds: [env.accountId],
      defaultTags: [
        {
          tags: {
            ...env.tags.extra,
            Environment: env.name,
            Owner: env.tags.owner,
            CostCentre: env.tags.costCentre,
            ManagedBy: 'cdktf',
            Stack: env.stackName,
          },
        },
      ],
    });
    configureBackend(this, env.stackName, env.state, env.region);

    this.network = new PrivateNetwork(this, 'network', { namePrefix: prefix, cidr: env.vpcCidr, subnets: env.subnets });
    const vpcId = this.network.vpc.id;
    const subnetIds = this.network.subnets.map((s) => s.id);

    this.securityGroups = new EndpointSecurityGroups(this, 'security-groups', { vpcId, vpcCidr: env.vpcCidr, namePrefix: prefix });
    this.s3Gateway = new S3GatewayEndpoint(this, 's3-gateway', {
      vpcId,
      region: env.region,
      accountId: env.accountId,
      namePrefix: prefix,
      routeTableIds: [this.network.routeTable.id],
      readBuckets: [buckets.training, buckets.validation, buckets.batchInput],
      writeBuckets: [buckets.customizationOutput, buckets.batchOutput],
    });
    this.securityGroups.allowJobsToS3(this.s3Gateway.endpoint.prefixListId);

    this.interfaceEndpoints = new BedrockInterfaceEndpoints(this, 'bedrock-endpoints', {
      vpcId,
      region: env.region,
      accountId: env.accountId,
      namePrefix: prefix,
      services: env.endpoints.services,
      subnets: env.subnets.map((plan, i) => ({ azId: plan.azId, subnetId: subnetIds[i] })),
      securityGroupId: this.securityGroups.endpointSecurityGroup.id,
      principalOrgId: env.endpoints.principalOrgId,
      allowedPrincipalArns: env.endpoints.allowedPrincipalArns,
      extraActions: env.endpoints.extraActions,
      removeActions: env.endpoints.removeActions,
    });

    this.jobs = new JobIdentities(this, 'jobs', {
      accountId: env.accountId,
      region: env.region,
      namePrefix: prefix,
      subnetIds,
      jobSecurityGroupId: this.securityGroups.jobSecurityGroup.id,
      batchModelIds: env.jobs.batchModelIds,
      batchInferenceProfileIds: env.jobs.batchInferenceProfileIds,
    });

    this.data = new DataProtection(this, 'data', {
      accountId: env.accountId,
      region: env.region,
      namePrefix: prefix,
      bucketNames: buckets,
      vpcId,
      s3GatewayEndpointId: this.s3Gateway.endpoint.id,
      customizationRoleArn: this.jobs.customizationRole.role.arn,
      batchInferenceRoleArn: this.jobs.batchInferenceRole.role.arn,
      keyAdministratorArns: env.keys.administratorArns,
      modelBuilderArns: env.keys.modelBuilderArns,
      modelInvokerArns: env.keys.modelInvokerArns,
      modelCopy: env.keys.modelCopy,
      deletionWindowDays: env.keys.deletionWindowDays,
      noncurrentVersionExpirationDays: env.buckets.noncurrentVersionExpirationDays,
      exemptPrincipalArns: env.buckets.exemptPrincipalArns,
      preventDestroy: env.protection.preventDestroy,
    });
    this.jobs.grantData({ ...buckets, dataKeyArn: this.data.dataKey.key.arn });

    new VpcFlowLogs(this, 'flow-logs', {
      vpcId,
      namePrefix: prefix,
      accountId: env.accountId,
      region: env.region,
      retentionDays: env.flowLogs.retentionDays,
      kmsKeyArn: this.data.logsKey.key.arn,
    });

    this.launchScope = {
      region: env.region,
      subnetIds,
      jobSecurityGroupId: this.securityGroups.jobSecurityGroup.id,
      customizationRoleArn: this.jobs.customizationRole.role.arn,
      batchInferenceRoleArn: this.jobs.batchInferenceRole.role.arn,
      customModelKeyArn: this.data.customModelKey.key.arn,
      dataKeyArn: this.data.dataKey.key.arn,
      buckets,
    };
    for (const model of env.customModels) {
      new CompliantCustomModel(this, `custom-model-${model.name}`, {
        environment: this.launchScope,
        customModelName: `${prefix}-${model.name}`,
        jobName: `${prefix}-${model.name}`,
        baseModelIdentifier: model.baseModelIdentifier,
        customizationType: model.customizationType,
        hyperparameters: model.hyperparameters,
        trainingObjectKey: model.trainingObjectKey,
        validationObjectKey: model.validationObjectKey,
      });
    }
    this.addOutputs(env);
  }

  /** Output names are a contract (README, the audit and job CLIs): add, never rename. */
  private addOutputs(env: EnvironmentConfig): void {
    const out = (id: string, value: unknown, description: string) => new TerraformOutput(this, id, { value, description });
    const d = this.data;
    out('environment', env.name, 'Environment name');
    out('account_id', env.accountId, 'AWS account id');
    out('region', env.region, 'AWS region');
    out('vpc_id', this.network.vpc.id, 'The private VPC');
    out('subnet_ids', this.network.subnets.map((s) => s.id), 'Private subnet ids, in configured AZ order');
    out('job_security_group_id', this.securityGroups.jobSecurityGroup.id, 'Security group for Bedrock job ENIs (VpcConfig.securityGroupIds)');
    out('endpoint_security_group_id', this.securityGroups.endpointSecurityGroup.id, 'Security group on the Bedrock interface endpoints');
    out('s3_gateway_endpoint_id', this.s3Gateway.endpoint.id, 'S3 gateway endpoint id (aws:SourceVpce in bucket policies)');
    const endpoints = Object.entries(this.interfaceEndpoints.endpoints);
    out('interface_endpoint_ids', Object.fromEntries(endpoints.map(([s, e]) => [s, e.id])), 'Bedrock interface endpoint ids by service');
    out('interface_endpoint_dns_entries', Object.fromEntries(endpoints.map(([s, e]) => [s, e.dnsEntry])), 'Bedrock interface endpoint DNS entries by service');
    out('customization_role_arn', this.jobs.customizationRole.role.arn, 'Service role for model customization jobs');
    out('batch_inference_role_arn', this.jobs.batchInferenceRole.role.arn, 'Service role for batch inference jobs');
    out('job_submitter_policy_arn', this.jobs.submitterPolicy.arn, 'Managed policy to attach to people or CI that launch jobs');
    out('custom_model_kms_key_arn', d.customModelKey.key.arn, 'KMS key for custom models (customModelKmsKeyId)');
    out('custom_model_kms_key_alias', d.customModelKey.alias.name, 'Alias of the custom-model key');
    if (d.copiedModelKey) {
      out('copied_model_kms_key_arn', d.copiedModelKey.key.arn, 'KMS key for copied models');
      out('copied_model_kms_key_alias', d.copiedModelKey.alias.name, 'Alias of the copied-model key');
    }
    out('data_kms_key_arn', d.dataKey.key.arn, 'KMS key of the data buckets');
    out('data_kms_key_alias', d.dataKey.alias.name, 'Alias of the data key');
    out('logs_kms_key_arn', d.logsKey.key.arn, 'KMS key of the log groups');
    out('logs_kms_key_alias', d.logsKey.alias.name, 'Alias of the logs key');
    out('bucket_names', bucketNames(env), 'Bucket names by purpose');
    out(
      'bucket_arns',
      Object.fromEntries([...Object.entries(d.dataBuckets).map(([p, b]) => [p, b.bucket.arn]), ['accessLogs', d.accessLogBucket.bucket.arn]]),
      'Bucket ARNs by purpose',
    );
    out('customization_job_request', customizationJobFragment(this.launchScope), 'CreateModelCustomizationJob request fragment (SDK field names)');
    out('batch_inference_job_request', batchInferenceJobFragment(this.launchScope), 'CreateModelInvocationJob request fragment (SDK field names)');
    out(
      'create_customization_job_cli',
      customizationJobCliCommand(this.launchScope, Fn.join(',', [...this.launchScope.subnetIds])),
      'aws bedrock create-model-customization-job with --vpc-config and --custom-model-kms-key-id prefilled',
    );
    out('auditor_policy_json', JSON.stringify(auditorPolicy), 'Read-only IAM policy for `bedrock-private audit` (help/audit.md)');
  }
}
