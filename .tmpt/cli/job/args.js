"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JOB_USAGE = void 0;
exports.parseJobArgs = parseJobArgs;
const node_util_1 = require("node:util");
const usage_error_1 = require("../shared/usage-error");
const job_kinds_1 = require("../../catalog/job-kinds");
const stacks_1 = require("../../catalog/stacks");
exports.JOB_USAGE = `Usage:
  bedrock-private job customize --outputs <file> [--env <name>] --job-name <name> --custom-model-name <name>
                                --base-model <id> --training-key <key> [--validation-key <key>]
                                [--hyper name=value ...] [--customization-type FINE_TUNING|CONTINUED_PRE_TRAINING]
  bedrock-private job batch     --outputs <file> [--env <name>] --job-name <name> --model-id <id> --input-key <key>

Submits a Bedrock job the compliant way: always with the environment's VPC config (subnets and job
security group) and, for customization, its custom-model KMS key, all read from the stack outputs.

Common options:
  --outputs <file>       "cdktf output --outputs-file <file>" or "terraform output -json > <file>".
  --env <name>           Environment whose stack (bedrock-<name>) to read when the file holds several.
  --profile <name>       Named AWS profile. Default: the SDK's default credential chain.
  --endpoint-url <url>   Bedrock endpoint (e.g. the VPC interface endpoint's DNS name).
  --dry-run              Print the request as JSON and send nothing.
  -h, --help             Show this help.`;
function required(value, flag, verb) {
    if (value === undefined || value === '')
        throw new usage_error_1.UsageError(`${verb}: ${flag} is required. Run "bedrock-private job --help" for the options.`);
    return value;
}
function parseJobArgs(argv) {
    let parsed;
    try {
        parsed = (0, node_util_1.parseArgs)({
            args: [...argv],
            strict: true,
            allowPositionals: true,
            options: {
                outputs: { type: 'string' },
                env: { type: 'string' },
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
                'model-id': { type: 'string' },
                'input-key': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (err) {
        throw new usage_error_1.UsageError(`${err.message}\nRun "bedrock-private job --help" for the options.`);
    }
    const v = parsed.values;
    if (v.help)
        return { help: true };
    const [verbArg, ...extra] = parsed.positionals;
    const kind = verbArg === undefined ? undefined : (0, job_kinds_1.jobKindOfCliVerb)(verbArg);
    if (kind === undefined) {
        const verbs = job_kinds_1.JOB_KIND_NAMES.map((k) => `"job ${job_kinds_1.JOB_KINDS[k].cliVerb}"`).join(' or ');
        throw new usage_error_1.UsageError(`say what to submit: ${verbs} (got ${verbArg === undefined ? 'nothing' : `"${verbArg}"`}).`);
    }
    const verb = job_kinds_1.JOB_KINDS[kind].cliVerb;
    if (extra.length)
        throw new usage_error_1.UsageError(`unexpected argument "${extra[0]}".`);
    const hyperParameters = {};
    for (const pair of v.hyper ?? []) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            throw new usage_error_1.UsageError(`--hyper expects name=value, e.g. --hyper epochCount=2 (got "${pair}").`);
        hyperParameters[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    const type = v['customization-type'];
    if (type !== undefined && type !== 'FINE_TUNING' && type !== 'CONTINUED_PRE_TRAINING') {
        throw new usage_error_1.UsageError(`--customization-type must be FINE_TUNING or CONTINUED_PRE_TRAINING (got "${type}").`);
    }
    const common = {
        kind,
        outputs: required(v.outputs, '--outputs', verb),
        stack: v.env === undefined ? undefined : (0, stacks_1.environmentStackName)(v.env),
        profile: v.profile,
        endpointUrl: v['endpoint-url'],
        dryRun: v['dry-run'] ?? false,
        jobName: required(v['job-name'], '--job-name', verb),
        hyperParameters,
    };
    if (kind === 'customization') {
        return {
            ...common,
            customModelName: required(v['custom-model-name'], '--custom-model-name', verb),
            baseModel: required(v['base-model'], '--base-model', verb),
            trainingKey: required(v['training-key'], '--training-key', verb),
            validationKey: v['validation-key'],
            customizationType: type,
        };
    }
    return { ...common, modelId: required(v['model-id'], '--model-id', verb), inputKey: required(v['input-key'], '--input-key', verb) };
}
