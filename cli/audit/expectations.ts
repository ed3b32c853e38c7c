/**
 * What a compliant resource looks like in this account: the VPC placement, keys, buckets and log
 * destinations the stacks created. Every field is optional; without one, the matching check only
 * asks "is there any" (or, for buckets and log destinations, is not evaluated).
 */
export interface Expectations {
  readonly subnetIds?: readonly string[];
  readonly securityGroupIds?: readonly string[];
  /**
   * The environment's custom-model key (output custom_model_kms_key_arn). With it, custom and
   * imported models under any other key are flagged; it also fills remediation commands.
   */
  readonly customModelKmsKeyArn?: string;
  /** The optional copied-model key (output copied_model_kms_key_arn): also an environment model key. */
  readonly copiedModelKmsKeyArn?: string;
  /** The data key (output data_kms_key_arn): s3EncryptionKeyId in batch remediation commands. */
  readonly dataKmsKeyArn?: string;
  /** Roles with the ENI permissions a VPC job needs; used in remediation commands. */
  readonly customizationRoleArn?: string;
  readonly batchInferenceRoleArn?: string;
  /** The batch buckets (output bucket_names.batchInput / batchOutput). */
  readonly batchBuckets?: { readonly input: string; readonly output: string };
  /**
   * Where invocation logs belong: the outputs invocation_log_bucket_name / invocation_log_group_name
   * (--expect-from), or --expect-log-bucket / --expect-log-group, which win; without either only
   * "is logging on" is checked.
   */
  readonly invocationLogBucket?: string;
  readonly invocationLogGroup?: string;
  /**
   * Accounts of the organization, when the run listed them (--organization or --accounts): a custom
   * model shared with one of them is not shared outside. Without it only the owning account counts.
   */
  readonly organizationAccountIds?: readonly string[];
}

/** The environment's model keys, or undefined when the key check is not asked for. */
export function environmentModelKeys(expected: Expectations): readonly string[] | undefined {
  if (expected.customModelKmsKeyArn === undefined) return undefined;
  return [expected.customModelKmsKeyArn, ...(expected.copiedModelKmsKeyArn ? [expected.copiedModelKmsKeyArn] : [])];
}
