import { parseCommandArgs } from '../shared/parse-command-args';
import { UsageError } from '../shared/usage-error';
import { JOB_KINDS, JOB_KIND_NAMES, type JobCliVerb, type JobKind, jobKindOfCliVerb } from '../../catalog/job-kinds';
import { CUSTOMIZATION_TYPES, type CustomizationTypeName, TEACHER_MODEL_TYPE, isCustomizationType } from '../../catalog/customization-types';
import { stackChoice } from '../shared/stack-choice';

export const JOB_USAGE = `Usage:
  bedrock-private job customize --outputs <file> [--env <name>] --job-name <name> --custom-model-name <name>
                                --base-model <id> --training-key <key> [--validation-key <key>]
                                [--hyper name=value ...] [--customization-type ${CUSTOMIZATION_TYPES.join('|')}]
                                [--teacher-model <id>]
  bedrock-private job batch     --outputs <file> [--env <name>] --job-name <name> --model-id <id> --input-key <key>
  bedrock-private job deploy-model --outputs <file> [--env <name>] --deployment-name <name> --model-arn <arn>
                                [--description <text>]

Submits a Bedrock job the compliant way: always with the environment's VPC config (subnets and job
security group) and, for customization, its custom-model KMS key, all read from the stack outputs.
deploy-model deploys a custom model for on-demand inference (CreateCustomModelDeployment, which takes no
role, VPC config or key): only a custom model of the environment's account and region, and, before
anything is sent, only one encrypted with the environment's custom-model key (GetCustomModel).

Common options:
  --outputs <file>       "cdktf output --outputs-file <file>" or "terraform output -json > <file>".
  --env <name>           Environment whose stack (bedrock-<name>) to read when the file holds several.
  --stack <stack-name>   The same by stack name (e.g. bedrock-dev); an alias of --env.
  --profile <name>       Named AWS profile. Default: the SDK's default credential chain.
  --endpoint-url <url>   Bedrock endpoint (e.g. the VPC interface endpoint's DNS name).
  --dry-run              Print the request as JSON and send nothing.
  -h, --help             Show this help.

customize:
  --customization-type   Default: FINE_TUNING (Bedrock's default). ${TEACHER_MODEL_TYPE} needs --teacher-model.
  --teacher-model <id>   The model whose answers a ${TEACHER_MODEL_TYPE} job learns from.

deploy-model:
  --deployment-name      The deployment's name, unique in the account and region.
  --model-arn <arn>      The custom model to deploy (arn:aws:bedrock:<region>:<account>:custom-model/...).
  --description <text>   Default: "On-demand deployment of a custom model of environment <env>".`;

export interface JobArgs {
  /** The job kind the verb (`customize`, `batch`, `deploy-model`) selects. */
  readonly kind: JobKind;
  readonly outputs: string;
  readonly stack?: string;
  readonly profile?: string;
  readonly endpointUrl?: string;
  readonly dryRun: boolean;
  /** The job's name; for deploy-model, the deployment's (--deployment-name). */
  readonly jobName: string;
  // customize
  readonly customModelName?: string;
  readonly baseModel?: string;
  readonly trainingKey?: string;
  readonly validationKey?: string;
  readonly hyperParameters: Readonly<Record<string, string>>;
  readonly customizationType?: CustomizationTypeName;
  readonly teacherModel?: string;
  // batch
  readonly modelId?: string;
  readonly inputKey?: string;
  // deploy-model
  readonly modelArn?: string;
  readonly description?: string;
}

function required(value: string | undefined, flag: string, verb: JobCliVerb): string {
  if (value === undefined || value === '') throw new UsageError(`${verb}: ${flag} is required. Run "bedrock-private job --help" for the options.`);
  return value;
}

export function parseJobArgs(argv: readonly string[]): JobArgs | { help: true } {
  const parsed = parseCommandArgs('job', {
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        outputs: { type: 'string' },
        env: { type: 'string' },
        stack: { type: 'string' },
        profile: { type: 'string' },
        'endpoint-url': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'job-name': { type: 'string' },
        'custom-model-name': { type: 'string' },
        'base-model': { type: 'string' },
        'training-key': { type: 'string' },
        'validation-key': { type: 'string' },
        hyper: { type: 'string', multiple: true },
        'customization-type': { type: 'string' },
        'teacher-model': { type: 'string' },
        'model-id': { type: 'string' },
        'input-key': { type: 'string' },
        'deployment-name': { type: 'string' },
        'model-arn': { type: 'string' },
        description: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  const v = parsed.values;
  if (v.help) return { help: true };
  const [verbArg, ...extra] = parsed.positionals;
  const kind = verbArg === undefined ? undefined : jobKindOfCliVerb(verbArg);
  if (kind === undefined) {
    const verbs = JOB_KIND_NAMES.map((k) => `"job ${JOB_KINDS[k].cliVerb}"`).join(' or ');
    throw new UsageError(`say what to submit: ${verbs} (got ${verbArg === undefined ? 'nothing' : `"${verbArg}"`}).`);
  }
  const verb = JOB_KINDS[kind].cliVerb;
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}".`);

  const hyperParameters: Record<string, string> = {};
  for (const pair of v.hyper ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--hyper expects name=value, e.g. --hyper epochCount=2 (got "${pair}").`);
    hyperParameters[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const type = v['customization-type'];
  if (type !== undefined && !isCustomizationType(type)) {
    throw new UsageError(`--customization-type must be one of ${CUSTOMIZATION_TYPES.join(', ')} (got "${type}").`);
  }
  const teacherModel = v['teacher-model'];
  if ((type === TEACHER_MODEL_TYPE) !== (teacherModel !== undefined)) {
    throw new UsageError(`--teacher-model goes with --customization-type ${TEACHER_MODEL_TYPE}, and only with it: pass both or neither.`);
  }
  const common = {
    kind,
    outputs: required(v.outputs, '--outputs', verb),
    stack: stackChoice(v.env, v.stack),
    profile: v.profile,
    endpointUrl: v['endpoint-url'],
    dryRun: v['dry-run'] ?? false,
    jobName: kind === 'customModelDeployment' ? required(v['deployment-name'], '--deployment-name', verb) : required(v['job-name'], '--job-name', verb),
    hyperParameters,
  };
  if (kind === 'customModelDeployment') return { ...common, modelArn: required(v['model-arn'], '--model-arn', verb), description: v.description };
  if (kind === 'customization') {
    return {
      ...common,
      customModelName: required(v['custom-model-name'], '--custom-model-name', verb),
      baseModel: required(v['base-model'], '--base-model', verb),
      trainingKey: required(v['training-key'], '--training-key', verb),
      validationKey: v['validation-key'],
      customizationType: type,
      teacherModel,
    };
  }
  return { ...common, modelId: required(v['model-id'], '--model-id', verb), inputKey: required(v['input-key'], '--input-key', verb) };
}
