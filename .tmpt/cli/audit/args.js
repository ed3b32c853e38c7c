"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AUDIT_USAGE = exports.DEFAULT_CONCURRENCY = exports.FORMATS = void 0;
exports.parseAuditArgs = parseAuditArgs;
const node_util_1 = require("node:util");
const stack_outputs_1 = require("../shared/stack-outputs");
const usage_error_1 = require("../shared/usage-error");
const bedrock_regions_1 = require("../../catalog/bedrock-regions");
exports.FORMATS = ['table', 'json', 'sarif'];
exports.DEFAULT_CONCURRENCY = 8;
const MAX_CONCURRENCY = 64;
exports.AUDIT_USAGE = `Usage: bedrock-private audit [options]

Finds Bedrock model customization jobs, batch inference jobs and custom models that run outside
the expected VPC or without a customer-managed KMS key, and prints the command that fixes each.

Options:
  --region <region>              Region to audit; repeat for several. Default: the outputs file's
                                 region, else AWS_REGION / AWS_DEFAULT_REGION.
  --profile <name>               Named AWS profile. Default: the SDK's default credential chain.
  --endpoint-url <url>           Bedrock endpoint (a VPC interface endpoint, or an emulator).
  --since <ISO date>             Only resources created after this instant, e.g. 2026-11-01 or
                                 2026-11-01T00:00:00Z. Default: everything.
  --expect-from <file>           Stack outputs: "cdktf output --outputs-file <file>" or
                                 "terraform output -json > <file>". Supplies the expected subnets,
                                 job security group, KMS key and roles.
  --stack <name>                 Stack to read when the outputs file holds several (e.g. bedrock-dev).
  --expect-subnets <ids>         Expected subnet ids, comma-separated (overrides the outputs file).
  --expect-security-groups <ids> Expected security group ids, comma-separated (overrides it too).
  --format table|json|sarif      Output format. Default: table.
  --concurrency <n>              Get calls in flight at once (1-${MAX_CONCURRENCY}). Default: ${exports.DEFAULT_CONCURRENCY}.
  -h, --help                     Show this help.

Exit codes: 0 compliant, 1 findings, 2 could not complete (bad input, or anything "not checked").`;
/** Full ISO 8601 date or date-time; Date.parse alone would accept "March 3" or "1". */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
function parseSince(value) {
    const date = new Date(value);
    if (!ISO_DATE.test(value) || Number.isNaN(date.getTime())) {
        throw new usage_error_1.UsageError(`--since "${value}": not an ISO 8601 date; use e.g. 2026-11-01 or 2026-11-01T00:00:00Z.`);
    }
    return date;
}
function parseConcurrency(value) {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > MAX_CONCURRENCY) {
        throw new usage_error_1.UsageError(`--concurrency "${value}": use a whole number from 1 to ${MAX_CONCURRENCY}.`);
    }
    return n;
}
function parseIdList(flag, values, prefix) {
    if (values === undefined)
        return undefined;
    const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
    const bad = ids.find((id) => !new RegExp(`^${prefix}-[0-9a-zA-Z]+$`).test(id));
    if (ids.length === 0 || bad !== undefined) {
        throw new usage_error_1.UsageError(`${flag} "${bad ?? values.join(',')}": expected comma-separated ids like ${prefix}-0123456789abcdef0.`);
    }
    return ids;
}
function parseEndpoint(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new usage_error_1.UsageError(`--endpoint-url "${value}": not a URL; use e.g. https://vpce-0abc-def.bedrock.us-east-1.vpce.amazonaws.com.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new usage_error_1.UsageError(`--endpoint-url "${value}": use an http(s) URL.`);
    }
    return value;
}
function parseFormat(value) {
    const format = exports.FORMATS.find((f) => f === value);
    if (format === undefined)
        throw new usage_error_1.UsageError(`--format "${value}": use one of ${exports.FORMATS.join(', ')}.`);
    return format;
}
function checkRegion(region, source) {
    if (!(0, bedrock_regions_1.isBedrockRegion)(region)) {
        throw new usage_error_1.UsageError(`${source} "${region}": Amazon Bedrock is not offered there (or the name is misspelled); use one of: ${bedrock_regions_1.BEDROCK_REGION_NAMES.join(', ')}.`);
    }
    return region;
}
function parseAuditArgs(argv, env = process.env) {
    let parsed;
    try {
        parsed = (0, node_util_1.parseArgs)({
            args: [...argv],
            strict: true,
            allowPositionals: false,
            options: {
                region: { type: 'string', multiple: true },
                profile: { type: 'string' },
                'endpoint-url': { type: 'string' },
                since: { type: 'string' },
                'expect-from': { type: 'string' },
                stack: { type: 'string' },
                'expect-subnets': { type: 'string', multiple: true },
                'expect-security-groups': { type: 'string', multiple: true },
                format: { type: 'string', default: 'table' },
                concurrency: { type: 'string', default: String(exports.DEFAULT_CONCURRENCY) },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (err) {
        throw new usage_error_1.UsageError(`${err.message}\nRun "bedrock-private audit --help" for the options.`);
    }
    const v = parsed.values;
    if (v.help)
        return { help: true };
    const explicitRegions = (v.region ?? []).map((r) => checkRegion(r, '--region'));
    const required = ['subnet_ids', 'job_security_group_id', 'custom_model_kms_key_arn'];
    if (explicitRegions.length === 0)
        required.push('region');
    if (v.stack !== undefined && v['expect-from'] === undefined) {
        throw new usage_error_1.UsageError('--stack names a stack in the outputs file: pass --expect-from <file> too.');
    }
    let outputs;
    if (v['expect-from'] !== undefined) {
        try {
            outputs = (0, stack_outputs_1.readStackOutputs)(v['expect-from'], { stack: v.stack, required, flag: '--expect-from' }).values;
        }
        catch (err) {
            if (err instanceof stack_outputs_1.StackOutputsError)
                throw new usage_error_1.UsageError(err.message);
            throw err;
        }
    }
    let regions = [...new Set(explicitRegions)];
    if (regions.length === 0) {
        const fallback = outputs?.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
        if (fallback === undefined) {
            throw new usage_error_1.UsageError('No region to audit: pass --region <region> (repeatable), or --expect-from <outputs file>, or set AWS_REGION.');
        }
        regions = [checkRegion(fallback, outputs?.region !== undefined ? 'region output of --expect-from' : 'AWS_REGION')];
    }
    const expected = {
        subnetIds: parseIdList('--expect-subnets', v['expect-subnets'], 'subnet') ?? outputs?.subnet_ids,
        securityGroupIds: parseIdList('--expect-security-groups', v['expect-security-groups'], 'sg') ??
            (outputs?.job_security_group_id !== undefined ? [outputs.job_security_group_id] : undefined),
        customModelKmsKeyArn: outputs?.custom_model_kms_key_arn,
        customizationRoleArn: outputs?.customization_role_arn,
        batchInferenceRoleArn: outputs?.batch_inference_role_arn,
    };
    return {
        help: false,
        options: {
            regions,
            ...(v.profile !== undefined && { profile: v.profile }),
            ...(v['endpoint-url'] !== undefined && { endpointUrl: parseEndpoint(v['endpoint-url']) }),
            ...(v.since !== undefined && { since: parseSince(v.since) }),
            format: parseFormat(v.format),
            concurrency: parseConcurrency(v.concurrency),
            expected,
        },
    };
}
