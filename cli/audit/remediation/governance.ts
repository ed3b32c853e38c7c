import type { Expectations } from '../expectations';
import type { CustomModelPolicy, EvaluationJob } from '../model';
import { PLACEHOLDERS, bedrockCommand, replacementName, steps } from './command';

/** An evaluation job cannot be changed: run it again writing into the environment's bucket with the data key. */
export function evaluationRemediation(region: string, job: EvaluationJob, expected: Expectations): string {
  const bucket = expected.batchBuckets?.output ?? PLACEHOLDERS.outputBucket;
  const rerun = bedrockCommand('CreateEvaluationJob', region, {
    jobName: replacementName(job.jobName ?? 'evaluation'),
    roleArn: job.roleArn ?? PLACEHOLDERS.evaluationRole,
    customerEncryptionKeyId: expected.dataKmsKeyArn ?? PLACEHOLDERS.kmsKey,
    applicationType: job.applicationType,
    evaluationConfig: job.evaluationConfig,
    inferenceConfig: job.inferenceConfig,
    outputDataConfig: { s3Uri: `s3://${bucket}/evaluations/${job.jobName ?? 'evaluation'}/` },
  });
  return steps(['An evaluation job cannot be changed: run it again into the environment\'s output bucket with the data key,', 'then delete the results it wrote before.'], [rerun]);
}

/** Removing the policy stops the sharing at once; put back a policy limited to the organization if sharing is meant. */
export function modelPolicyRemediation(region: string, policy: CustomModelPolicy): string {
  return steps(
    ['Delete the resource policy (or replace it with one whose statements carry an aws:PrincipalOrgID condition).'],
    [bedrockCommand('DeleteResourcePolicy', region, { resourceArn: policy.modelArn })],
  );
}

export function dataRetentionRemediation(region: string): string {
  return steps(['Set the account data-retention mode back (none = zero data retention; default = the model\'s standard handling).'], [
    bedrockCommand('PutAccountDataRetention', region, { mode: 'default' }),
  ]);
}

/** The baseline guardrail of the platform (issue 21, item 1): prompt attacks at HIGH, PII masked and blocked. */
export function missingGuardrailRemediation(region: string, expected: Expectations): string {
  const create = bedrockCommand('CreateGuardrail', region, {
    name: 'baseline',
    blockedInputMessaging: 'This request was blocked by the organization guardrail.',
    blockedOutputsMessaging: 'This response was blocked by the organization guardrail.',
    contentPolicyConfig: { filtersConfig: [{ type: 'PROMPT_ATTACK', inputStrength: 'HIGH', outputStrength: 'NONE' }] },
    sensitiveInformationPolicyConfig: { piiEntitiesConfig: [{ type: 'EMAIL', action: 'ANONYMIZE' }, { type: 'US_SOCIAL_SECURITY_NUMBER', action: 'BLOCK' }] },
    ...(expected.dataKmsKeyArn && { kmsKeyId: expected.dataKmsKeyArn }),
  });
  return steps(['Create a guardrail (or deploy the environment baseline guardrail), publish a version, and require it in invocations.'], [
    create,
    bedrockCommand('CreateGuardrailVersion', region, { guardrailIdentifier: '<guardrail-id-from-above>' }),
  ]);
}

/** UpdateGuardrail replaces every policy, so the fix is to edit the current configuration, not to send a partial one. */
export function weakGuardrailRemediation(region: string, guardrail: { readonly id: string; readonly name: string }, missing: readonly string[]): string {
  return steps(
    [
      `Guardrail ${guardrail.name} lacks: ${missing.join('; ')}.`,
      `Edit it (aws bedrock get-guardrail --guardrail-identifier ${guardrail.id}, add the filters, and send the whole configuration to update-guardrail,`,
      'which replaces every policy it is not given), then publish a version and move invocations to it:',
    ],
    [bedrockCommand('CreateGuardrailVersion', region, { guardrailIdentifier: guardrail.id })],
  );
}

/** The network mode of a runtime is set by UpdateAgentRuntime together with its artifact and role. */
export function agentCoreRuntimeRemediation(region: string, runtime: { readonly id: string }, expected: Expectations): string {
  const subnets = (expected.subnetIds ?? [PLACEHOLDERS.subnet]).join(',');
  const groups = (expected.securityGroupIds ?? [PLACEHOLDERS.securityGroup]).join(',');
  return steps(
    [
      `Move the runtime into the VPC: aws bedrock-agentcore-control update-agent-runtime --region ${region} --agent-runtime-id ${runtime.id}`,
      `  --network-configuration 'networkMode=VPC,networkModeConfig={subnets=[${subnets}],securityGroups=[${groups}]}'`,
      '  with its current --agent-runtime-artifact and --role-arn (get-agent-runtime prints them); the endpoints then serve the new version.',
    ],
    [],
  );
}
