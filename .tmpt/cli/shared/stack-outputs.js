"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StackOutputsError = void 0;
exports.parseStackOutputs = parseStackOutputs;
exports.readStackOutputs = readStackOutputs;
const node_fs_1 = require("node:fs");
const zod_1 = require("zod");
const errors_1 = require("../../catalog/errors");
const buckets_1 = require("../../catalog/buckets");
/**
 * Reads the outputs of one environment stack (e.g. `bedrock-dev`) from either
 *  (a) `cdktf output --outputs-file f.json`:  { "<stack>": { "<output>": value, ... }, ... }
 *  (b) `terraform output -json`:             { "<output>": { "value": value, "type": ..., "sensitive": bool } }
 * Shared by the CLI's subcommands; each one names the outputs it needs, so a stack that does not
 * export something a command never reads is still accepted. Unknown outputs are ignored.
 */
const nonEmpty = zod_1.z.string().min(1);
/** The outputs the CLI reads (names from catalog/stacks.ts, the contract the stacks write), with their types. */
const OUTPUT_SCHEMAS = {
    environment: nonEmpty,
    account_id: nonEmpty,
    region: nonEmpty,
    vpc_id: nonEmpty,
    subnet_ids: zod_1.z.array(nonEmpty).min(1),
    job_security_group_id: nonEmpty,
    endpoint_security_group_id: nonEmpty,
    customization_role_arn: nonEmpty,
    batch_inference_role_arn: nonEmpty,
    custom_model_kms_key_arn: nonEmpty,
    data_kms_key_arn: nonEmpty,
    bucket_names: zod_1.z.object(Object.fromEntries(buckets_1.ALL_BUCKET_PURPOSES.map((p) => [p, nonEmpty]))),
};
const TYPE_HINTS = {
    environment: 'string',
    account_id: 'string',
    region: 'string',
    vpc_id: 'string',
    subnet_ids: 'non-empty string[]',
    job_security_group_id: 'string',
    endpoint_security_group_id: 'string',
    customization_role_arn: 'string',
    batch_inference_role_arn: 'string',
    custom_model_kms_key_arn: 'string',
    data_kms_key_arn: 'string',
    bucket_names: `object with ${buckets_1.ALL_BUCKET_PURPOSES.join(', ')}`,
};
/** A missing, unreadable or malformed outputs file: the user's to fix, so the message says how. */
class StackOutputsError extends errors_1.UserError {
    name = 'StackOutputsError';
}
exports.StackOutputsError = StackOutputsError;
const terraformEntry = zod_1.z.looseObject({ value: zod_1.z.unknown() }).refine((e) => 'type' in e || 'sensitive' in e);
const jsonObject = zod_1.z.record(zod_1.z.string(), zod_1.z.unknown());
/** True for `terraform output -json`: every entry is { value, type | sensitive }. */
function isTerraformShape(doc) {
    const entries = Object.values(doc);
    return entries.length > 0 && entries.every((e) => terraformEntry.safeParse(e).success);
}
function pickStack(doc, where, stack) {
    const names = Object.keys(doc);
    if (stack !== undefined) {
        if (!(stack in doc)) {
            throw new StackOutputsError(`${where}: no stack named "${stack}"; the file holds: ${names.join(', ') || '(none)'}.`);
        }
        return [stack, doc[stack]];
    }
    if (names.length !== 1) {
        throw new StackOutputsError(`${where}: the file holds ${names.length} stacks (${names.join(', ') || 'none'}); pass --stack <name> to choose one.`);
    }
    return [names[0], doc[names[0]]];
}
function parseStackOutputs(text, where, options) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        throw new StackOutputsError(`${where}: not valid JSON (${err.message}). Write it with "cdktf output --outputs-file <file>" or "terraform output -json > <file>".`);
    }
    const doc = jsonObject.safeParse(raw);
    if (!doc.success) {
        throw new StackOutputsError(`${where}: expected a JSON object of stacks or outputs.`);
    }
    let stackName;
    let outputs;
    if (isTerraformShape(doc.data)) {
        outputs = Object.fromEntries(Object.entries(doc.data).map(([k, e]) => [k, e.value]));
    }
    else {
        const [name, body] = pickStack(doc.data, where, options.stack);
        const parsedBody = jsonObject.safeParse(body);
        if (!parsedBody.success)
            throw new StackOutputsError(`${where}: stack "${name}" is not an object of outputs.`);
        stackName = name;
        outputs = parsedBody.data;
    }
    const source = stackName === undefined ? where : `${where} (stack "${stackName}")`;
    const values = {};
    for (const [name, schema] of Object.entries(OUTPUT_SCHEMAS)) {
        if (!(name in outputs) || outputs[name] === null) {
            if (options.required.includes(name)) {
                throw new StackOutputsError(`${source}: missing output "${name}" (${TYPE_HINTS[name]}). Deploy a stack version that exports it and re-run "cdktf output --outputs-file <file>", or pass the value with a flag instead.`);
            }
            continue;
        }
        const parsed = schema.safeParse(outputs[name]);
        if (!parsed.success) {
            const detail = parsed.error.issues.map((i) => [name, ...i.path.map(String)].join('.') + `: ${i.message}`).join('; ');
            throw new StackOutputsError(`${source}: output "${name}" should be ${TYPE_HINTS[name]} (${detail}).`);
        }
        values[name] = parsed.data;
    }
    return { stackName, values: values };
}
function readStackOutputs(path, options) {
    const where = `${options.flag ?? 'outputs file'} ${path}`;
    let text;
    try {
        text = (0, node_fs_1.readFileSync)(path, 'utf8');
    }
    catch (err) {
        const code = err.code ?? 'error';
        throw new StackOutputsError(`${where}: cannot read the file (${code}). Check the path, or write it with "cdktf output --outputs-file ${path}".`);
    }
    return parseStackOutputs(text, where, options);
}
