/**
 * What a compliant resource looks like in this account: the VPC placement and keys the stacks
 * created. Every field is optional; without one, the matching check only asks "is there any".
 */
export interface Expectations {
  readonly subnetIds?: readonly string[];
  readonly securityGroupIds?: readonly string[];
  /** Customer-managed key for custom models; used in remediation commands. */
  readonly customModelKmsKeyArn?: string;
  /** Roles with the ENI permissions a VPC job needs; used in remediation commands. */
  readonly customizationRoleArn?: string;
  readonly batchInferenceRoleArn?: string;
}
