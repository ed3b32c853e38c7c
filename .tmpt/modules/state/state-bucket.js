"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StateBucket = void 0;
const constructs_1 = require("constructs");
const managed_key_1 = require("../keys/managed-key");
const key_policies_1 = require("../keys/key-policies");
const secure_bucket_1 = require("../buckets/secure-bucket");
const bucket_policies_1 = require("../buckets/bucket-policies");
const document_1 = require("../policy/document");
/** KMS aliases allow [a-zA-Z0-9/_-]; bucket names may contain dots. */
function stateKeyAlias(bucketName) {
    return `terraform-state/${bucketName.replace(/\./g, '-')}`;
}
/**
 * The bucket that holds Terraform state: versioned, SSE-KMS with its own rotating key and bucket keys,
 * every public-access block, TLS only, and prevent_destroy on both bucket and key. Access is left to
 * IAM (the key policy delegates to the account), because the principals that run Terraform differ per team.
 */
class StateBucket extends constructs_1.Construct {
    key;
    bucket;
    constructor(scope, id, props) {
        super(scope, id);
        const admins = props.keyAdministratorArns ?? [];
        const keyStatements = [(0, key_policies_1.rootAdministration)(props.accountId)];
        if (admins.length) {
            keyStatements.push({ Sid: 'AllowKeyAdministration', Effect: 'Allow', Principal: { AWS: [...admins] }, Action: [...key_policies_1.KEY_ADMIN_ACTIONS], Resource: '*' });
        }
        this.key = new managed_key_1.ManagedKey(this, 'key', {
            alias: stateKeyAlias(props.bucketName),
            description: `Encrypts Terraform state in s3://${props.bucketName}`,
            policy: (0, document_1.policyDocument)('resource', keyStatements),
            deletionWindowDays: props.deletionWindowDays ?? 30,
            preventDestroy: true,
        });
        this.bucket = new secure_bucket_1.SecureBucket(this, 'bucket', {
            bucketName: props.bucketName,
            encryption: { kind: 'kms', keyArn: this.key.key.arn },
            policy: (0, document_1.policyDocument)('resource', [(0, bucket_policies_1.tlsOnlyStatement)(props.bucketName)]),
            noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays ?? 365,
            preventDestroy: true,
        });
    }
}
exports.StateBucket = StateBucket;
