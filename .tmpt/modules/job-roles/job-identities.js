"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JobIdentities = void 0;
const constructs_1 = require("constructs");
const iam_policy_1 = require("@cdktf/provider-aws/lib/iam-policy");
const job_kinds_1 = require("../../catalog/job-kinds");
const document_1 = require("../policy/document");
const bedrock_job_role_1 = require("./bedrock-job-role");
const job_role_policies_1 = require("./job-role-policies");
const submitter_policy_1 = require("./submitter-policy");
/**
 * The job service roles, one per job kind (seeds 000 and 001), and the managed policy for whoever
 * submits jobs. Roles come first because the key policies name them; `grantData` attaches bucket
 * and key access once those exist.
 */
class JobIdentities extends constructs_1.Construct {
    roles;
    submitterPolicy;
    region;
    constructor(scope, id, props) {
        super(scope, id);
        this.region = props.region;
        const eniScope = { region: props.region, accountId: props.accountId, subnetIds: props.subnetIds, securityGroupId: props.jobSecurityGroupId };
        const roles = {};
        for (const kind of job_kinds_1.JOB_KIND_NAMES) {
            const spec = job_kinds_1.JOB_KINDS[kind];
            roles[kind] = new bedrock_job_role_1.BedrockJobRole(this, spec.roleConstructId, {
                kind,
                roleName: `${props.namePrefix}-${spec.roleNameSuffix}`,
                description: `Assumed by Bedrock ${spec.label} jobs of this environment (VPC only)`,
                eniScope,
            });
        }
        this.roles = roles;
        const invoke = (0, job_role_policies_1.invokeModelsPolicy)({
            region: props.region,
            accountId: props.accountId,
            modelIds: props.batchModelIds ?? [],
            inferenceProfileIds: props.batchInferenceProfileIds ?? [],
        });
        if (invoke)
            roles.batchInference.addPolicy('invoke-models', invoke);
        this.submitterPolicy = new iam_policy_1.IamPolicy(this, 'submitter-policy', {
            name: `${props.namePrefix}-bedrock-job-submitter`,
            description: 'Launch, watch and stop Bedrock customization and batch inference jobs with this environment\'s roles',
            policy: (0, document_1.policyJson)((0, submitter_policy_1.jobSubmitterPolicy)({
                region: props.region,
                accountId: props.accountId,
                passableRoleArns: job_kinds_1.JOB_KIND_NAMES.map((kind) => roles[kind].role.arn),
            })),
        });
    }
    /** Each role gets exactly its kind's input and output buckets (catalog/job-kinds.ts), and the data key only through S3. */
    grantData(grant) {
        for (const kind of job_kinds_1.JOB_KIND_NAMES) {
            const { readBuckets, writeBuckets } = job_kinds_1.JOB_KINDS[kind];
            this.roles[kind].addPolicy('data-access', (0, job_role_policies_1.jobDataPolicy)({
                region: this.region,
                dataKeyArn: grant.dataKeyArn,
                readBuckets: readBuckets.map((p) => grant.buckets[p]),
                writeBuckets: writeBuckets.map((p) => grant.buckets[p]),
            }));
        }
    }
}
exports.JobIdentities = JobIdentities;
