import { BedrockClient, CreateCustomModelDeploymentCommand, CreateModelCustomizationJobCommand, CreateModelInvocationJobCommand, GetCustomModelCommand } from '@aws-sdk/client-bedrock';
import { createBedrockClient } from '../audit/client';
import { awsCallFailure } from '../shared/aws-errors';
import { readStackOutputs } from '../shared/stack-outputs';
import { UsageError } from '../shared/usage-error';
import { JOB_USAGE, type JobArgs, parseJobArgs } from './args';
import { DEPLOYMENT_OUTPUTS, type DeploymentOutputs, LAUNCH_OUTPUTS, assertCompliant, batchRequest, customizationRequest, deploymentRequest, deploymentScope, launchScope } from './requests';
import { JOB_KINDS } from '../../catalog/job-kinds';
import type { StackOutputValues } from '../shared/stack-outputs';

export interface JobDeps {
  readonly createClient: (options: { region: string; profile?: string; endpointUrl?: string }) => BedrockClient;
  readonly out: (text: string) => void;
}

const SUBMITTER_POLICY = 'attach the managed policy of the stack output job_submitter_policy_arn';

/** A job ready to go: the request checked and printed is the one sent, and what to grant if AWS denies it. */
interface Submission {
  readonly region: string;
  readonly request: object;
  readonly permissions: string;
  /** Checks that need AWS (run before sending, never on --dry-run). @default none */
  readonly precheck?: (client: BedrockClient) => Promise<void>;
  readonly send: (client: BedrockClient) => Promise<string | undefined>;
}

function submission(values: StackOutputValues, args: JobArgs): Submission {
  if (args.kind === 'customModelDeployment') return deployment(deploymentScope(values), args);
  const scope = launchScope(values);
  if (args.kind === 'customization') {
    const request = customizationRequest(scope, args);
    assertCompliant(request, true);
    return {
      region: scope.region,
      request,
      permissions: `bedrock:CreateModelCustomizationJob and iam:PassRole on ${scope.customizationRoleArn}: ${SUBMITTER_POLICY}`,
      send: async (client) => (await client.send(new CreateModelCustomizationJobCommand(request))).jobArn,
    };
  }
  const request = batchRequest(scope, args);
  assertCompliant(request, false);
  return {
    region: scope.region,
    request,
    permissions: `bedrock:CreateModelInvocationJob and iam:PassRole on ${scope.batchInferenceRoleArn}: ${SUBMITTER_POLICY}`,
    send: async (client) => (await client.send(new CreateModelInvocationJobCommand(request))).jobArn,
  };
}

/**
 * A custom model deployment: no role, VPC config or key in the request (the API takes none), so the
 * model is what has to be compliant. Before sending, the model must carry the environment's key: the
 * audit reports a deployment of a model without a customer-managed key, and this refuses to create one.
 */
function deployment(scope: DeploymentOutputs, args: JobArgs): Submission {
  const request = deploymentRequest(scope, args);
  return {
    region: scope.region,
    request,
    permissions: `bedrock:CreateCustomModelDeployment and bedrock:GetCustomModel on ${request.modelArn}: ${SUBMITTER_POLICY}`,
    precheck: async (client) => {
      let keyArn: string | undefined;
      try {
        keyArn = (await client.send(new GetCustomModelCommand({ modelIdentifier: request.modelArn }))).modelKmsKeyArn;
      } catch (error) {
        throw awsCallFailure({ operation: 'GetCustomModel', permissions: `bedrock:GetCustomModel on ${request.modelArn}: ${SUBMITTER_POLICY}`, request: '--model-arn' }, error);
      }
      if (keyArn !== scope.customModelKeyArn) {
        throw new UsageError(
          `refusing to deploy ${request.modelArn}: it is encrypted with ${keyArn ?? 'an AWS owned key'}, not the environment's custom-model key ${scope.customModelKeyArn}. Deploy a model trained with "bedrock-private job customize" (or one copied into that key).`,
        );
      }
    },
    send: async (client) => (await client.send(new CreateCustomModelDeploymentCommand(request))).customModelDeploymentArn,
  };
}

const defaultDeps: JobDeps = { createClient: createBedrockClient, out: (text) => process.stdout.write(text) };

/** `bedrock-private job customize|batch|deploy-model`: submits a job that always carries the environment's VPC config and key, or deploys only a model that does. */
export async function run(argv: readonly string[], deps: JobDeps = defaultDeps): Promise<number> {
  const args = parseJobArgs(argv);
  if ('help' in args) {
    deps.out(JOB_USAGE + '\n');
    return 0;
  }
  const required = args.kind === 'customModelDeployment' ? DEPLOYMENT_OUTPUTS : LAUNCH_OUTPUTS;
  const { values } = readStackOutputs(args.outputs, { stack: args.stack, required, flag: '--outputs' });
  const { region, request, permissions, precheck, send } = submission(values, args);
  const operation = JOB_KINDS[args.kind].createOperation;

  if (args.dryRun) {
    deps.out(JSON.stringify({ operation, region, request }, null, 2) + '\n');
    return 0;
  }
  const client = deps.createClient({ region, profile: args.profile, endpointUrl: args.endpointUrl });
  await precheck?.(client);
  let arn: string | undefined;
  try {
    arn = await send(client);
  } catch (error) {
    throw awsCallFailure({ operation, permissions, request: 'the flags and the stack outputs the request is built from (--dry-run prints it)' }, error);
  }
  deps.out(`${arn}\n`);
  return 0;
}
