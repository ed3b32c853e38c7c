"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataProtection = void 0;
const constructs_1 = require("constructs");
const managed_key_1 = require("../keys/managed-key");
const key_policies_1 = require("../keys/key-policies");
const secure_bucket_1 = require("../buckets/secure-bucket");
const bucket_policies_1 = require("../buckets/bucket-policies");
const buckets_1 = require("../../catalog/buckets");
/** How long S3 server access logs are kept: a year covers an annual access review. */
const ACCESS_LOG_RETENTION_DAYS = 365;
/**
 * The environment's keys and buckets: a custom-model key (seed 003), a data key for the buckets,
 * a logs key, optionally the copied-model key, and five VPC-only data buckets plus their access-log bucket.
 */
class DataProtection extends constructs_1.Construct {
    customModelKey;
    copiedModelKey;
    dataKey;
    logsKey;
    accessLogBucket;
    dataBuckets;
    constructor(scope, id, props) {
        super(scope, id);
        const base = { accountId: props.accountId, region: props.region, administratorArns: props.keyAdministratorArns ?? [] };
        const keyDefaults = { deletionWindowDays: props.deletionWindowDays, preventDestroy: props.preventDestroy };
        this.customModelKey = new managed_key_1.ManagedKey(this, 'custom-model-key', {
            ...keyDefaults,
            alias: `${props.namePrefix}-custom-models`,
            description: 'Encrypts Bedrock custom models (seed 003 key policy)',
            policy: (0, key_policies_1.customModelKeyPolicy)({
                ...base,
                encryptPrincipals: [props.customizationRoleArn, ...(props.modelBuilderArns ?? [])],
                decryptPrincipals: [props.batchInferenceRoleArn, ...(props.modelInvokerArns ?? [])],
                copySourcePrincipals: props.modelCopy?.copyRoleArns,
            }),
        });
        if (props.modelCopy) {
            this.copiedModelKey = new managed_key_1.ManagedKey(this, 'copied-model-key', {
                ...keyDefaults,
                alias: `${props.namePrefix}-copied-models`,
                description: 'Encrypts Bedrock copied models (seed 003 key policy)',
                policy: (0, key_policies_1.copiedModelKeyPolicy)({ ...base, copyRoleArns: props.modelCopy.copyRoleArns, invokerArns: props.modelCopy.copiedModelInvokerArns }),
            });
        }
        this.dataKey = new managed_key_1.ManagedKey(this, 'data-key', {
            ...keyDefaults,
            alias: `${props.namePrefix}-data`,
            description: 'Encrypts the Bedrock training, validation, output and batch data buckets',
            policy: (0, key_policies_1.dataKeyPolicy)({ ...base, userArns: [props.customizationRoleArn, props.batchInferenceRoleArn] }),
        });
        this.logsKey = new managed_key_1.ManagedKey(this, 'logs-key', {
            ...keyDefaults,
            alias: `${props.namePrefix}-logs`,
            description: 'Encrypts the environment\'s CloudWatch log groups',
            policy: (0, key_policies_1.logsKeyPolicy)(base),
        });
        const logBucket = props.bucketNames.accessLogs;
        this.accessLogBucket = new secure_bucket_1.SecureBucket(this, 'bucket-accessLogs', {
            bucketName: logBucket,
            // Server access log delivery supports only SSE-S3 on the target bucket.
            encryption: { kind: 's3' },
            policy: (0, bucket_policies_1.accessLogBucketPolicy)({
                bucket: logBucket,
                accountId: props.accountId,
                sourceBucketArns: buckets_1.DATA_BUCKET_PURPOSES.map((p) => `arn:aws:s3:::${props.bucketNames[p]}`),
            }),
            noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays,
            expirationDays: ACCESS_LOG_RETENTION_DAYS,
            preventDestroy: props.preventDestroy,
        });
        const buckets = {};
        for (const purpose of buckets_1.DATA_BUCKET_PURPOSES) {
            const name = props.bucketNames[purpose];
            buckets[purpose] = new secure_bucket_1.SecureBucket(this, `bucket-${purpose}`, {
                bucketName: name,
                encryption: { kind: 'kms', keyArn: this.dataKey.key.arn },
                policy: (0, bucket_policies_1.vpcOnlyBucketPolicy)({
                    bucket: name,
                    vpcId: props.vpcId,
                    vpcEndpointId: props.s3GatewayEndpointId,
                    exemptPrincipalArns: props.exemptPrincipalArns ?? [],
                }),
                noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays,
                accessLogs: { targetBucket: this.accessLogBucket.bucket.id, targetPrefix: `${name}/` },
                preventDestroy: props.preventDestroy,
            });
        }
        this.dataBuckets = buckets;
    }
}
exports.DataProtection = DataProtection;
