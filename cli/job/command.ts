import { BedrockClient, CreateModelCustomizationJobCommand, CreateModelInvocationJobCommand } from '@aws-sdk/client-bedrock';
import { createBedrockClient } from '../audit/client';
import { awsCallFailure } from '../shared/aws-errors';
import { readStackOutputs } from '../shared/stack-outputs';
import { JOB_USAGE, type JobArgs, parseJobArgs } from './args';
import { LAUNCH_OUTPUTS, assertCompliant, batchRequest, customizationRequest, launchScope } from './requests';
import { JOB_KINDS } from '../../catalog/job-kinds';
import type { LaunchScope } from '../../catalog/launch';

export interface JobDeps {
  readonly createClient: (options: { region: string; profile?: string; endpointUrl?: string }) => BedrockClient;
  readonly out: (text: string) => void;
}

/** The job's request, built once, and how to send it: the request checked and printed is the one sent. */
function submission(scope: LaunchScope, args: JobArgs) {
  if (args.kind === 'customization') {
    const request = customizationRequest(scope, args);
    return { request, send: (client: BedrockClient) => client.send(new CreateModelCustomizationJobCommand(request)) };
  }
  const request = batchRequest(scope, args);
  return { request, send: (client: BedrockClient) => client.send(new CreateModelInvocationJobCommand(request)) };
}

const defaultDeps: JobDeps = { createClient: createBedrockClient, out: (text) => process.stdout.write(text) };

/** `bedrock-private job customize|batch`: submits a job that always carries the VPC config and the key. */
export async function run(argv: readonly string[], deps: JobDeps = defaultDeps): Promise<number> {
  const args = parseJobArgs(argv);
  if ('help' in args) {
    deps.out(JOB_USAGE + '\n');
    return 0;
  }
  const { values } = readStackOutputs(args.outputs, { stack: args.stack, required: LAUNCH_OUTPUTS, flag: '--outputs' });
  const scope = launchScope(values);
  const isCustomization = args.kind === 'customization';
  const { request, send } = submission(scope, args);
  assertCompliant(request, isCustomization);
  const operation = JOB_KINDS[args.kind].createOperation;

  if (args.dryRun) {
    deps.out(JSON.stringify({ operation, region: scope.region, request }, null, 2) + '\n');
    return 0;
  }
  const client = deps.createClient({ region: scope.region, profile: args.profile, endpointUrl: args.endpointUrl });
  const roleArn = isCustomization ? scope.customizationRoleArn : scope.batchInferenceRoleArn;
  try {
    const response = await send(client);
    deps.out(`${response.jobArn}\n`);
    return 0;
  } catch (error) {
    throw awsCallFailure(
      {
        operation,
        permissions: `bedrock:${operation} and iam:PassRole on ${roleArn}: attach the managed policy of the stack output job_submitter_policy_arn`,
        request: 'the flags and the stack outputs the request is built from (--dry-run prints it)',
      },
      error,
    );
  }
}
