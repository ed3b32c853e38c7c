"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.EnvironmentStack = void 0;
const cdktf_1 = require("cdktf");
const provider_1 = require("@cdktf/provider-aws/lib/provider");
const backend_1 = require("../modules/state/backend");
const private_network_1 = require("../modules/network/private-network");
const security_groups_1 = require("../modules/network/security-groups");
const flow_logs_1 = require("../modules/network/flow-logs");
const s3_gateway_endpoint_1 = require("../modules/endpoints/s3-gateway-endpoint");
const bedrock_interface_endpoints_1 = require("../modules/endpoints/bedrock-interface-endpoints");
const data_protection_1 = require("../modules/data-protection/data-protection");
const job_identities_1 = require("../modules/job-roles/job-identities");
const compliant_custom_model_1 = require("../modules/job-roles/compliant-custom-model");
const launch_1 = require("../catalog/launch");
const buckets_1 = require("../catalog/buckets");
const job_kinds_1 = require("../catalog/job-kinds");
const stacks_1 = require("../catalog/stacks");
const auditor_policy_json_1 = __importDefault(require("../catalog/auditor-policy.json"));
/**
 * One environment = one stack (`bedrock-<env>`): VPC, endpoints, keys, buckets and job roles
 * reference each other densely, and one state per environment keeps a deploy atomic and
 * cross-stack plumbing out of the way (help/architecture.md).
 */
class EnvironmentStack extends cdktf_1.TerraformStack {
    network;
    securityGroups;
    s3Gateway;
    interfaceEndpoints;
    jobs;
    data;
    launchScope;
    constructor(scope, env) {
        super(scope, env.stackName);
        const prefix = `${env.namePrefix}-${env.name}`;
        const buckets = (0, buckets_1.bucketNames)(env);
        new provider_1.AwsProvider(this, 'aws', {
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
        (0, backend_1.configureBackend)(this, env.stackName, env.state, env.region);
        this.network = new private_network_1.PrivateNetwork(this, 'network', { namePrefix: prefix, cidr: env.vpcCidr, subnets: env.subnets });
        const vpcId = this.network.vpc.id;
        const subnetIds = this.network.subnets.map((s) => s.id);
        this.securityGroups = new security_groups_1.EndpointSecurityGroups(this, 'security-groups', { vpcId, vpcCidr: env.vpcCidr, namePrefix: prefix });
        this.s3Gateway = new s3_gateway_endpoint_1.S3GatewayEndpoint(this, 's3-gateway', {
            vpcId,
            region: env.region,
            accountId: env.accountId,
            namePrefix: prefix,
            routeTableIds: [this.network.routeTable.id],
            // What jobs read and write, kind by kind (catalog/job-kinds.ts): nothing else is reachable from the VPC.
            readBuckets: job_kinds_1.JOB_KIND_NAMES.flatMap((kind) => job_kinds_1.JOB_KINDS[kind].readBuckets.map((p) => buckets[p])),
            writeBuckets: job_kinds_1.JOB_KIND_NAMES.flatMap((kind) => job_kinds_1.JOB_KINDS[kind].writeBuckets.map((p) => buckets[p])),
        });
        this.securityGroups.allowJobsToS3(this.s3Gateway.endpoint.prefixListId);
        this.interfaceEndpoints = new bedrock_interface_endpoints_1.BedrockInterfaceEndpoints(this, 'bedrock-endpoints', {
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
        this.jobs = new job_identities_1.JobIdentities(this, 'jobs', {
            accountId: env.accountId,
            region: env.region,
            namePrefix: prefix,
            subnetIds,
            jobSecurityGroupId: this.securityGroups.jobSecurityGroup.id,
            batchModelIds: env.jobs.batchModelIds,
            batchInferenceProfileIds: env.jobs.batchInferenceProfileIds,
        });
        this.data = new data_protection_1.DataProtection(this, 'data', {
            accountId: env.accountId,
            region: env.region,
            namePrefix: prefix,
            bucketNames: buckets,
            vpcId,
            s3GatewayEndpointId: this.s3Gateway.endpoint.id,
            customizationRoleArn: this.jobs.roles.customization.role.arn,
            batchInferenceRoleArn: this.jobs.roles.batchInference.role.arn,
            keyAdministratorArns: env.keys.administratorArns,
            modelBuilderArns: env.keys.modelBuilderArns,
            modelInvokerArns: env.keys.modelInvokerArns,
            modelCopy: env.keys.modelCopy,
            deletionWindowDays: env.keys.deletionWindowDays,
            noncurrentVersionExpirationDays: env.buckets.noncurrentVersionExpirationDays,
            exemptPrincipalArns: env.buckets.exemptPrincipalArns,
            preventDestroy: env.protection.preventDestroy,
        });
        this.jobs.grantData({ buckets, dataKeyArn: this.data.dataKey.key.arn });
        new flow_logs_1.VpcFlowLogs(this, 'flow-logs', {
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
        for (const model of env.customModels) {
            new compliant_custom_model_1.CompliantCustomModel(this, `custom-model-${model.name}`, {
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
    /** Output names and descriptions come from catalog/stacks.ts, the contract the CLIs read: add, never rename. */
    addOutputs(env) {
        const out = (name, value) => new cdktf_1.TerraformOutput(this, name, { value, description: stacks_1.ENVIRONMENT_STACK_OUTPUTS[name] });
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
        out('customization_role_arn', this.jobs.roles.customization.role.arn);
        out('batch_inference_role_arn', this.jobs.roles.batchInference.role.arn);
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
        out('bucket_names', (0, buckets_1.bucketNames)(env));
        out('bucket_arns', Object.fromEntries([...Object.entries(d.dataBuckets).map(([p, b]) => [p, b.bucket.arn]), ['accessLogs', d.accessLogBucket.bucket.arn]]));
        out('customization_job_request', (0, launch_1.customizationJobFragment)(this.launchScope));
        out('batch_inference_job_request', (0, launch_1.batchInferenceJobFragment)(this.launchScope));
        out('create_customization_job_cli', (0, launch_1.customizationJobCliCommand)(this.launchScope, cdktf_1.Fn.join(',', [...this.launchScope.subnetIds])));
        out('auditor_policy_json', JSON.stringify(auditor_policy_json_1.default));
    }
}
exports.EnvironmentStack = EnvironmentStack;
