import type {
  CreateCustomModelDeploymentRequest,
  CreateEvaluationJobRequest,
  CreateGuardrailRequest,
  CreateGuardrailVersionRequest,
  CreateModelCopyJobRequest,
  CreateModelCustomizationJobRequest,
  CreateModelImportJobRequest,
  CreateModelInvocationJobRequest,
  DeleteCustomModelRequest,
  DeleteCustomModelDeploymentRequest,
  DeleteImportedModelRequest,
  DeleteResourcePolicyRequest,
  PutAccountDataRetentionRequest,
  PutModelInvocationLoggingConfigurationRequest,
  UpdateProvisionedModelThroughputRequest,
  VpcConfig,
} from '@aws-sdk/client-bedrock';
import type { DeleteServiceSpecificCredentialRequest, UpdateServiceSpecificCredentialRequest } from '@aws-sdk/client-iam';
import { formatCommand } from '../../shared/shell-quote';
import type { Expectations } from '../expectations';

/**
 * Every write a remediation command performs, with the SDK request type it takes. Commands are
 * built as these typed requests and only then rendered as `aws` CLI text, so a member name the API
 * does not have fails to compile (and __tests__/audit/remediation-sdk.test.ts sends each printed
 * command back through the SDK).
 */
export interface BedrockOperations {
  CreateModelCustomizationJob: CreateModelCustomizationJobRequest;
  CreateModelInvocationJob: CreateModelInvocationJobRequest;
  CreateModelImportJob: CreateModelImportJobRequest;
  CreateModelCopyJob: CreateModelCopyJobRequest;
  DeleteCustomModel: DeleteCustomModelRequest;
  DeleteImportedModel: DeleteImportedModelRequest;
  PutModelInvocationLoggingConfiguration: PutModelInvocationLoggingConfigurationRequest;
  CreateCustomModelDeployment: CreateCustomModelDeploymentRequest;
  DeleteCustomModelDeployment: DeleteCustomModelDeploymentRequest;
  UpdateProvisionedModelThroughput: UpdateProvisionedModelThroughputRequest;
  CreateEvaluationJob: CreateEvaluationJobRequest;
  DeleteResourcePolicy: DeleteResourcePolicyRequest;
  PutAccountDataRetention: PutAccountDataRetentionRequest;
  CreateGuardrail: CreateGuardrailRequest;
  CreateGuardrailVersion: CreateGuardrailVersionRequest;
}
export interface IamOperations {
  UpdateServiceSpecificCredential: UpdateServiceSpecificCredentialRequest;
  DeleteServiceSpecificCredential: DeleteServiceSpecificCredentialRequest;
}

/** Placeholders the user must fill in when neither the stack outputs nor the resource know the value. */
export const PLACEHOLDERS = {
  subnet: '<subnet-id>',
  securityGroup: '<security-group-id>',
  kmsKey: '<kms-key-arn>',
  customizationRole: '<customization-role-arn>',
  batchRole: '<batch-inference-role-arn>',
  importRole: '<model-import-role-arn>',
  baseModel: '<base-model-arn>',
  modelId: '<model-id>',
  logBucket: '<log-bucket-name>',
  loggingRole: '<logging-role-arn>',
  newModel: '<new-model-arn>',
  evaluationRole: '<evaluation-role-arn>',
  outputBucket: '<output-bucket-name>',
} as const;

/** Bedrock job and model names: at most 63 characters. */
const NAME_MAX = 63;
const SUFFIX = '-private';

/** A name for the re-created resource; the original keeps its name, and Bedrock names are unique. */
export function replacementName(name: string): string {
  return name.slice(0, NAME_MAX - SUFFIX.length).replace(/[-.+]+$/, '') + SUFFIX;
}

/** Expected placement first; else the resource's own (it was right but something else was wrong); else placeholders. */
export function vpcConfigFor(expected: Expectations, own: VpcConfig | undefined): VpcConfig {
  return {
    subnetIds: [...(expected.subnetIds ?? (own?.subnetIds?.length ? own.subnetIds : [PLACEHOLDERS.subnet]))],
    securityGroupIds: [...(expected.securityGroupIds ?? (own?.securityGroupIds?.length ? own.securityGroupIds : [PLACEHOLDERS.securityGroup]))],
  };
}

/** `roleArn` → `--role-arn`, `UserName` → `--user-name`: how the AWS CLI names a request member. */
function flagOf(member: string): string {
  return '--' + member.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * One member as a CLI value. Structures go as JSON, not shorthand: S3 URIs may contain ',' or '='
 * which shorthand would split. vpcConfig is the exception: seed 002's remediation writes it in
 * shorthand (a list runs until the next key=), and subnet and group ids cannot contain either.
 */
function valueOf(member: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (member === 'vpcConfig') {
    const vpc = value as VpcConfig;
    return `subnetIds=${(vpc.subnetIds ?? []).join(',')},securityGroupIds=${(vpc.securityGroupIds ?? []).join(',')}`;
  }
  return JSON.stringify(value);
}

function render(service: string, operation: string, head: readonly (readonly [string, string])[], request: object): string {
  const command = operation.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  const flags = Object.entries(request)
    .filter(([, value]) => value !== undefined)
    .map(([member, value]) => [flagOf(member), valueOf(member, value)] as const);
  return formatCommand(['aws', service, command], [...head, ...flags]);
}

/** `aws bedrock <operation> --region <region> ...`, flags in the request's member order. */
export function bedrockCommand<Op extends keyof BedrockOperations>(operation: Op, region: string, request: BedrockOperations[Op]): string {
  return render('bedrock', operation, [['--region', region]], request);
}

/** `aws iam <operation> ...`: IAM is global, so no --region. */
export function iamCommand<Op extends keyof IamOperations>(operation: Op, request: IamOperations[Op]): string {
  return render('iam', operation, [], request);
}

/** A remediation of several steps: why (as shell comments), then the commands in order. */
export function steps(why: readonly string[], commands: readonly string[]): string {
  return [...why.map((line) => `# ${line}`), ...commands].join('\n');
}
