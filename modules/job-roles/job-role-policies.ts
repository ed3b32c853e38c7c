import type { PolicyDocument, PolicyStatement } from '../../catalog/iam-policy';
import { policyDocument } from '../policy/document';
import { S3_READ_ACTIONS, S3_WRITE_ACTIONS, bucketAndObjectArns } from '../policy/s3';
import type { EniScope } from '../../catalog/seed-eni-statements';
import { type ServiceRoleJobKind, jobEniStatements } from '../../catalog/job-kinds';

export interface JobDataAccess {
  /** Exact bucket names the job reads. */
  readonly readBuckets: readonly string[];
  /** Exact bucket names the job writes. */
  readonly writeBuckets: readonly string[];
  /** The data buckets' KMS key. */
  readonly dataKeyArn: string;
  readonly region: string;
}

/** S3 on exactly the job's buckets, and the data key only through S3. */
export function jobDataPolicy(access: JobDataAccess): PolicyDocument {
  return policyDocument('identity', [
    { Sid: 'ReadInputData', Effect: 'Allow', Action: [...S3_READ_ACTIONS], Resource: access.readBuckets.flatMap(bucketAndObjectArns) },
    { Sid: 'WriteOutputData', Effect: 'Allow', Action: [...S3_WRITE_ACTIONS], Resource: access.writeBuckets.flatMap(bucketAndObjectArns) },
    {
      Sid: 'UseDataKeyThroughS3',
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Resource: access.dataKeyArn,
      Condition: { StringEquals: { 'kms:ViaService': `s3.${access.region}.amazonaws.com` } },
    },
  ]);
}

/** The kind's seed ENI statements (catalog/job-kinds.ts) as the role's `vpc-eni` policy. */
export function jobEniPolicy(kind: ServiceRoleJobKind, scope: EniScope): PolicyDocument {
  return policyDocument('identity', jobEniStatements(kind, scope));
}

export interface InvokeModelsProps {
  /** Region of the foundation models and inference profiles. */
  readonly region: string;
  /** Account that owns the inference profiles. */
  readonly accountId: string;
  /** Foundation model ids, e.g. "anthropic.claude-3-haiku-20240307-v1:0". */
  readonly modelIds: readonly string[];
  /** Inference profile ids, e.g. "us.anthropic.claude-3-haiku-20240307-v1:0". */
  readonly inferenceProfileIds: readonly string[];
}

/** Model id of an inference profile id: "us.anthropic.claude-x" → "anthropic.claude-x". */
function profileModelId(profileId: string): string {
  return profileId.slice(profileId.indexOf('.') + 1);
}

/**
 * bedrock:InvokeModel only on the configured models and inference profiles. A cross-region profile
 * routes to the same model in other regions, so its model is allowed in any region, but only
 * when called through the profile (bedrock:InferenceProfileArn).
 */
export function invokeModelsPolicy(props: InvokeModelsProps): PolicyDocument | undefined {
  const statements: PolicyStatement[] = [];
  if (props.modelIds.length) {
    statements.push({
      Sid: 'InvokeConfiguredModels',
      Effect: 'Allow',
      Action: ['bedrock:InvokeModel'],
      Resource: props.modelIds.map((id) => `arn:aws:bedrock:${props.region}::foundation-model/${id}`),
    });
  }
  if (props.inferenceProfileIds.length) {
    const profileArns = props.inferenceProfileIds.map((id) => `arn:aws:bedrock:${props.region}:${props.accountId}:inference-profile/${id}`);
    statements.push({ Sid: 'InvokeConfiguredInferenceProfiles', Effect: 'Allow', Action: ['bedrock:InvokeModel'], Resource: profileArns });
    statements.push({
      Sid: 'InvokeProfileModelsThroughProfileOnly',
      Effect: 'Allow',
      Action: ['bedrock:InvokeModel'],
      Resource: props.inferenceProfileIds.map((id) => `arn:aws:bedrock:*::foundation-model/${profileModelId(id)}`),
      Condition: { StringLike: { 'bedrock:InferenceProfileArn': profileArns } },
    });
  }
  return statements.length ? policyDocument('identity', statements) : undefined;
}
