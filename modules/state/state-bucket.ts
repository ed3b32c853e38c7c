import { Construct } from 'constructs';
import { ManagedKey } from '../keys/managed-key';
import { baseStatements } from '../keys/key-policies';
import { SecureBucket } from '../buckets/secure-bucket';
import { tlsOnlyStatement } from '../buckets/bucket-policies';
import { policyDocument } from '../policy/document';

export interface StateBucketProps {
  /** The bucket every environment's `state.bucket` names. */
  readonly bucketName: string;
  /** The account that owns the bucket; its root administers the state key. */
  readonly accountId: string;
  /** Principals that administer the state key: no use of it by its policy, but PutKeyPolicy (KEY_ADMIN_ACTIONS). @default none beyond the account root */
  readonly keyAdministratorArns?: readonly string[];
  /** Days before the key is deleted once scheduled. @default 30 (the longest KMS allows: state is unreadable without it) */
  readonly deletionWindowDays?: number;
  /** Days before noncurrent state versions expire; they are how you roll back a bad apply. @default 365 */
  readonly noncurrentVersionExpirationDays?: number;
}

/** KMS aliases allow [a-zA-Z0-9/_-]; bucket names may contain dots. */
function stateKeyAlias(bucketName: string): string {
  return `terraform-state/${bucketName.replace(/\./g, '-')}`;
}

/**
 * The bucket that holds Terraform state: versioned, SSE-KMS with its own rotating key and bucket keys,
 * every public-access block, TLS only, and prevent_destroy on both bucket and key. Access is left to
 * IAM (the key policy delegates to the account), because the principals that run Terraform differ per team.
 */
export class StateBucket extends Construct {
  readonly key: ManagedKey;
  readonly bucket: SecureBucket;

  constructor(scope: Construct, id: string, props: StateBucketProps) {
    super(scope, id);
    this.key = new ManagedKey(this, 'key', {
      alias: stateKeyAlias(props.bucketName),
      description: `Encrypts Terraform state in s3://${props.bucketName}`,
      policy: policyDocument('resource', baseStatements({ accountId: props.accountId, administratorArns: props.keyAdministratorArns })),
      deletionWindowDays: props.deletionWindowDays ?? 30,
      preventDestroy: true,
    });
    this.bucket = new SecureBucket(this, 'bucket', {
      bucketName: props.bucketName,
      encryption: { kind: 'kms', keyArn: this.key.key.arn },
      policy: policyDocument('resource', [tlsOnlyStatement(props.bucketName)]),
      noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays ?? 365,
      preventDestroy: true,
    });
  }
}
