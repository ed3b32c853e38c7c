import { Construct } from 'constructs';
import { Fn, TerraformOutput } from '../framework';
import { IndependentStack } from './independent-stack';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import type { EnvironmentConfig } from '../config/schema';
import { configureBackend } from '../modules/state/backend';
import { PrivateNetwork } from '../modules/network/private-network';
import { EndpointSecurityGroups } from '../modules/network/security-groups';
import { VpcFlowLogs } from '../modules/network/flow-logs';
import { S3GatewayEndpoint } from '../modules/endpoints/s3-gateway-endpoint';
import { BedrockInterfaceEndpoints } from '../modules/endpoints/bedrock-interface-endpoints';
import { DataProtection } from '../modules/data-protection/data-protection';
import { ModelInvocationLogging } from '../modules/invocation-logging/model-invocation-logging';
import { JobIdentities } from '../modules/job-roles/job-identities';
import { CompliantCustomModel } from '../modules/job-roles/compliant-custom-model';
import { BaselineGuardrail } from '../modules/guardrail/baseline-guardrail';
import { ModelInvokers } from '../modules/invokers/model-invokers';
import { DataEventTrail } from '../modules/trail/data-event-trail';
import { trailEnabled } from '../config/trail';
import { type LaunchScope, batchInferenceJobFragment, customizationJobCliCommand, customizationJobFragment } from '../catalog/launch';
import { type BucketNames, DATA_BUCKET_PURPOSES, bucketNames, slugBucketName } from '../catalog/buckets';
import { JOB_KINDS, JOB_KIND_NAMES } from '../catalog/job-kinds';
import { ENVIRONMENT_STACK_OUTPUTS, type EnvironmentStackOutput } from '../catalog/stacks';
import { invocationLogBucketName } from '../catalog/invocation-logging';
import type { BedrockServiceName } from '../catalog/bedrock-services';
import type { Suppression } from '../rules/types';
import auditorPolicy from '../catalog/auditor-policy.json';
import { AuditorRole } from '../modules/auditor/auditor-role';

/**
 * One environment = one stack (`bedrock-<env>`): VPC, endpoints, keys, buckets and job roles
 * reference each other densely, and one state per environment keeps a deploy atomic and
 * cross-stack plumbing out of the way (help/architecture.md).
 */
export class EnvironmentStack extends IndependentStack {
  readonly network: PrivateNetwork;
  readonly securityGroups: EndpointSecurityGroups;
  readonly s3Gateway: S3GatewayEndpoint;
  readonly interfaceEndpoints: BedrockInterfaceEndpoints;
  readonly jobs: JobIdentities;
  readonly data: DataProtection;
  readonly invocationLogging?: ModelInvocationLogging;
  readonly guardrail?: BaselineGuardrail;
  readonly invokers?: ModelInvokers;
  readonly trail?: DataEventTrail;
  readonly launchScope: LaunchScope;
  /**
   * This environment's accepted guardrail exceptions, each with the reason its config file gives
   * (full construct paths, so they apply to this stack only). buildApp hands them to the guardrails.
   */
  readonly guardrailSuppressions: readonly Suppression[];
  /** The custom models this stack trains (config `customModels`), by name. */
  readonly customModels: Readonly<Record<string, CompliantCustomModel>>;

  constructor(scope: Construct, env: EnvironmentConfig) {
    super(scope, env.stackName);
    const prefix = `${env.namePrefix}-${env.name}`;
    const buckets = bucketNames(env);
    const logging = env.invocationLogging;
    const invocationLogBucket = logging?.destinations.includes('s3') ? invocationLogBucketName(env) : undefined;
    const trailBucket = trailEnabled(env) ? slugBucketName(env, 'data-events') : undefined;

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
      // What jobs read and write, kind by kind (catalog/job-kinds.ts): nothing else is reachable from the VPC.
      readBuckets: JOB_KIND_NAMES.flatMap((kind) => JOB_KINDS[kind].readBuckets.map((p) => buckets[p])),
      writeBuckets: JOB_KIND_NAMES.flatMap((kind) => JOB_KINDS[kind].writeBuckets.map((p) => buckets[p])),
      // Log buckets are read from inside the VPC only, so through this endpoint: invocation logs and the data-event trail.
      logReadBuckets: [...(invocationLogBucket ? [invocationLogBucket] : []), ...(trailBucket ? [trailBucket] : [])],
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
      oauthResourceArns: env.endpoints.agentCoreOAuth?.resourceArns,
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
      customizationRoleArn: this.jobs.roles.customization.role.arn,
      batchInferenceRoleArn: this.jobs.roles.batchInference.role.arn,
      keyAdministratorArns: env.keys.administratorArns,
      deployerArns: env.people.deployers,
      plannerArns: env.people.planners,
      dataStewardArns: env.people.dataStewards,
      origins: env.people.origins,
      serviceRoles: env.people.serviceRoles,
      jobSubmitterArns: env.people.jobSubmitters,
      modelInvokerArns: env.people.modelInvokers,
      modelCopy: env.keys.modelCopy,
      deletionWindowDays: env.keys.deletionWindowDays,
      noncurrentVersionExpirationDays: env.buckets.noncurrentVersionExpirationDays,
      exemptPrincipalArns: env.buckets.exemptPrincipalArns,
      otherAccessLoggedBucketNames: [...(invocationLogBucket ? [invocationLogBucket] : []), ...(trailBucket ? [trailBucket] : [])],
      preventDestroy: env.protection.preventDestroy,
      forceDestroyBuckets: env.buckets.forceDestroy,
    });
    this.jobs.grantData({ buckets, dataKeyArn: this.data.dataKey.key.arn });

    if (logging) {
      this.invocationLogging = new ModelInvocationLogging(this, 'invocation-logging', {
        environment: env,
        destinations: logging.destinations,
        retentionDays: logging.retentionDays,
        dataTypes: logging.dataTypes,
        logsKeyArn: this.data.logsKey.key.arn,
        vpcId,
        s3GatewayEndpointId: this.s3Gateway.endpoint.id,
        accessLogBucket: this.data.accessLogBucket.bucket.id,
        noncurrentVersionExpirationDays: env.buckets.noncurrentVersionExpirationDays,
        deletionWindowDays: env.keys.deletionWindowDays,
        keyAdministratorArns: env.keys.administratorArns,
        deployerArns: env.people.deployers,
        plannerArns: env.people.planners,
        logReaderArns: env.people.logReaders,
        origins: env.people.origins,
        breakGlassArns: env.buckets.exemptPrincipalArns,
        preventDestroy: env.protection.preventDestroy,
        forceDestroy: env.buckets.forceDestroy,
      });
    }

    if (env.guardrail) {
      this.guardrail = new BaselineGuardrail(this, 'guardrail', {
        ...env.guardrail,
        accountId: env.accountId,
        region: env.region,
        namePrefix: prefix,
        creatorArns: env.people.deployers,
        userArns: env.people.modelInvokers,
        keyAdministratorArns: env.keys.administratorArns,
        deletionWindowDays: env.keys.deletionWindowDays,
        preventDestroy: env.protection.preventDestroy,
      });
    }
    const runtimeEndpoint = this.interfaceEndpoints.endpoints['bedrock-runtime'];
    if (env.invokers && runtimeEndpoint) {
      const g = this.guardrail;
      this.invokers = new ModelInvokers(this, 'invokers', {
        namePrefix: prefix,
        region: env.region,
        accountId: env.accountId,
        modelIds: env.invokers.modelIds,
        inferenceProfileIds: env.invokers.inferenceProfileIds,
        runtimeEndpointId: runtimeEndpoint.id,
        // The same condition as the custom_model_deployment_requests output: the environment trains custom models.
        customModelDeployments: env.customModels.length > 0,
        guardrail: g ? { arn: g.guardrail.guardrailArn, versionArn: g.versionArn, keyArn: g.key.key.arn } : undefined,
      });
    }
    if (trailBucket) {
      this.trail = new DataEventTrail(this, 'trail', {
        accountId: env.accountId,
        region: env.region,
        namePrefix: prefix,
        bucketName: trailBucket,
        // Who read the training data, and who read or wrote the state (which holds every resource's attributes).
        recordedBucketNames: [...DATA_BUCKET_PURPOSES.map((p) => buckets[p]), ...(env.state.type === 's3' ? [env.state.bucket] : [])],
        vpcId,
        s3GatewayEndpointId: this.s3Gateway.endpoint.id,
        accessLogBucket: this.data.accessLogBucket.bucket.id,
        deployerArns: env.people.deployers,
        keyAdministratorArns: env.keys.administratorArns,
        retentionDays: env.trail.retentionDays,
        noncurrentVersionExpirationDays: env.buckets.noncurrentVersionExpirationDays,
        deletionWindowDays: env.keys.deletionWindowDays,
        preventDestroy: env.protection.preventDestroy,
        forceDestroy: env.buckets.forceDestroy,
      });
    }

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
      customizationRoleArn: this.jobs.roles.customization.role.arn,
      batchInferenceRoleArn: this.jobs.roles.batchInference.role.arn,
      customModelKeyArn: this.data.customModelKey.key.arn,
      dataKeyArn: this.data.dataKey.key.arn,
      buckets,
    };
    const customModels: Record<string, CompliantCustomModel> = {};
    for (const model of env.customModels) {
      customModels[model.name] = new CompliantCustomModel(this, `custom-model-${model.name}`, {
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
    this.customModels = customModels;
    this.guardrailSuppressions = this.oauthSuppressions(env);
    this.addOutputs(env, buckets);
  }

  /** endpoints.agentCoreOAuth: BPP-VPCE-4 flags each endpoint's `Principal: "*"` statement, excused by the file's justification. */
  private oauthSuppressions(env: EnvironmentConfig): Suppression[] {
    const oauth = env.endpoints.agentCoreOAuth;
    if (!oauth) return [];
    return (Object.keys(oauth.resourceArns) as BedrockServiceName[]).flatMap((service) => {
      const endpoint = this.interfaceEndpoints.endpoints[service];
      return endpoint ? [{ ruleId: 'BPP-VPCE-4', path: endpoint.node.path, reason: `endpoints.agentCoreOAuth of environment ${env.name}: ${oauth.justification}` }] : [];
    });
  }

  /** Output names and descriptions come from catalog/stacks.ts, the contract the CLIs read: add, never rename. */
  private addOutputs(env: EnvironmentConfig, buckets: BucketNames): void {
    const out = (name: EnvironmentStackOutput, value: unknown) => new TerraformOutput(this, name, { value, description: ENVIRONMENT_STACK_OUTPUTS[name] });
    const d = this.data;
    out('environment', env.name);
    out('account_id', env.accountId);
    out('region', env.region);
    out('vpc_id', this.network.vpc.id);
    out('subnet_ids', this.network.subnets.map((s) => s.id));
    out('job_security_group_id', this.securityGroups.jobSecurityGroup.id);
    out('endpoint_security_group_id', this.securityGroups.endpointSecurityGroup.id);
    out('s3_gateway_endpoint_id', this.s3Gateway.endpoint.id);
    const endpoints = Object.entries(this.interfaceEndpoints.endpoints);
    out('interface_endpoint_ids', Object.fromEntries(endpoints.map(([s, e]) => [s, e.id])));
    out('interface_endpoint_dns_entries', Object.fromEntries(endpoints.map(([s, e]) => [s, e.dnsEntry])));
    for (const [name, arn] of this.jobs.roleOutputs()) out(name, arn);
    out('job_submitter_policy_arn', this.jobs.submitterPolicy.arn);
    out('custom_model_kms_key_arn', d.customModelKey.key.arn);
    out('custom_model_kms_key_alias', d.customModelKey.alias.name);
    if (d.copiedModelKey) {
      out('copied_model_kms_key_arn', d.copiedModelKey.key.arn);
      out('copied_model_kms_key_alias', d.copiedModelKey.alias.name);
    }
    out('data_kms_key_arn', d.dataKey.key.arn);
    out('data_kms_key_alias', d.dataKey.alias.name);
    out('logs_kms_key_arn', d.logsKey.key.arn);
    out('logs_kms_key_alias', d.logsKey.alias.name);
    out('bucket_names', buckets);
    out('bucket_arns', Object.fromEntries([...Object.entries(d.dataBuckets).map(([p, b]) => [p, b.bucket.arn]), ['accessLogs', d.accessLogBucket.bucket.arn]]));
    out('customization_job_request', customizationJobFragment(this.launchScope));
    out('batch_inference_job_request', batchInferenceJobFragment(this.launchScope));
    out('create_customization_job_cli', customizationJobCliCommand(this.launchScope, Fn.join(',', [...this.launchScope.subnetIds])));
    const models = Object.entries(this.customModels);
    const deploymentScope = { environment: env.name, region: env.region, accountId: env.accountId };
    if (models.length) out('custom_model_deployment_requests', Object.fromEntries(models.map(([name, m]) => [name, m.deploymentRequest(deploymentScope)])));
    out('auditor_policy_json', JSON.stringify(auditorPolicy));
    if (env.auditor) out('auditor_role_arn', new AuditorRole(this, 'auditor', { ...env.auditor, policy: auditorPolicy }).role.arn);
    const logging = this.invocationLogging;
    if (logging?.logGroup) out('invocation_log_group_name', logging.logGroup.name);
    if (logging?.bucket) out('invocation_log_bucket_name', logging.bucket.bucket.id);
    if (logging?.key) out('invocation_logs_kms_key_arn', logging.key.key.arn);
    if (this.invokers) out('model_invoker_policy_arn', this.invokers.policy.arn);
    if (this.guardrail) {
      out('guardrail_id', this.guardrail.guardrail.guardrailId);
      out('guardrail_version', this.guardrail.version.version);
      out('guardrail_kms_key_arn', this.guardrail.key.key.arn);
    }
    if (this.trail) {
      out('trail_arn', this.trail.trail.arn);
      out('trail_bucket_name', this.trail.bucket.bucket.id);
    }
  }
}
