import type { PolicyDocument } from '../../catalog/iam-policy';
import { policyDocument } from './document';

export interface ServiceTrustProps {
  /** Service principal, e.g. "bedrock.amazonaws.com". */
  readonly service: string;
  /** The only account whose resources may make the service assume the role (aws:SourceAccount). */
  readonly sourceAccount: string;
  /** ARN pattern of the resources allowed to assume it (aws:SourceArn), e.g. ".../model-customization-job/*". */
  readonly sourceArnLike: string;
}

/**
 * A trust policy for a service role with confused-deputy protection: the service may assume the role
 * only on behalf of this account's own resources.
 */
export function serviceTrustPolicy(props: ServiceTrustProps): PolicyDocument {
  return policyDocument('resource', [
    {
      Sid: 'AllowServiceToAssumeForThisAccountOnly',
      Effect: 'Allow',
      Principal: { Service: props.service },
      Action: 'sts:AssumeRole',
      Condition: {
        StringEquals: { 'aws:SourceAccount': props.sourceAccount },
        ArnLike: { 'aws:SourceArn': props.sourceArnLike },
      },
    },
  ]);
}
