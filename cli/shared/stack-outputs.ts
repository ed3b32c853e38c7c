import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../../catalog/errors';
import { ALL_BUCKET_PURPOSES, type BucketPurpose } from '../../catalog/buckets';
import type { EnvironmentStackOutput } from '../../catalog/stacks';
import { jsonSyntaxMessage } from '../../catalog/json-syntax';

/**
 * Reads the outputs of one environment stack (e.g. `bedrock-dev`) from either
 *  (a) `cdktf output --outputs-file f.json`:  { "<stack>": { "<output>": value, ... }, ... }
 *  (b) `terraform output -json`:             { "<output>": { "value": value, "type": ..., "sensitive": bool } }
 * Shared by the CLI's subcommands; each one names the outputs it needs, so a stack that does not
 * export something a command never reads is still accepted. Unknown outputs are ignored.
 */

const nonEmpty = z.string().min(1);

/** The outputs the CLI reads (names from catalog/stacks.ts, the contract the stacks write), with their types. */
const OUTPUT_SCHEMAS = {
  environment: nonEmpty,
  account_id: nonEmpty,
  region: nonEmpty,
  vpc_id: nonEmpty,
  subnet_ids: z.array(nonEmpty).min(1),
  job_security_group_id: nonEmpty,
  endpoint_security_group_id: nonEmpty,
  customization_role_arn: nonEmpty,
  batch_inference_role_arn: nonEmpty,
  custom_model_kms_key_arn: nonEmpty,
  /** Exported only by environments with model copy enabled. */
  copied_model_kms_key_arn: nonEmpty,
  data_kms_key_arn: nonEmpty,
  /** Exported only by environments with invocation logging to CloudWatch Logs. */
  invocation_log_group_name: nonEmpty,
  /** Exported only by environments with invocation logging to S3. */
  invocation_log_bucket_name: nonEmpty,
  bucket_names: z.object(Object.fromEntries(ALL_BUCKET_PURPOSES.map((p) => [p, nonEmpty])) as Record<BucketPurpose, typeof nonEmpty>),
} as const satisfies Partial<Record<EnvironmentStackOutput, z.ZodType>>;

export type OutputName = keyof typeof OUTPUT_SCHEMAS;
export type StackOutputValues = { readonly [K in OutputName]?: z.infer<(typeof OUTPUT_SCHEMAS)[K]> };

const TYPE_HINTS: Readonly<Record<OutputName, string>> = {
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
  copied_model_kms_key_arn: 'string',
  data_kms_key_arn: 'string',
  invocation_log_group_name: 'string',
  invocation_log_bucket_name: 'string',
  bucket_names: `object with ${ALL_BUCKET_PURPOSES.join(', ')}`,
};

export interface StackOutputs {
  /** The cdktf stack the values came from; undefined for a `terraform output -json` file. */
  readonly stackName: string | undefined;
  readonly values: StackOutputValues;
}

export interface ReadStackOutputsOptions {
  /** Which stack to use when a cdktf outputs file holds several. @default the only stack in the file */
  readonly stack?: string;
  /** Outputs the caller cannot work without; a missing one is an error naming it. */
  readonly required: readonly OutputName[];
  /** How the caller refers to the file in messages (the flag that named it). @default 'outputs file' */
  readonly flag?: string;
  /** Flags of the caller that supply an output instead of the file; a message about a missing output names them. @default none */
  readonly alternatives?: Partial<Record<OutputName, string>>;
}

/** A missing, unreadable or malformed outputs file: the user's to fix, so the message says how. */
export class StackOutputsError extends UserError {
  override readonly name = 'StackOutputsError';
}

const terraformEntry = z.looseObject({ value: z.unknown() }).refine((e) => 'type' in e || 'sensitive' in e);
const jsonObject = z.record(z.string(), z.unknown());

/** True for `terraform output -json`: every entry is { value, type | sensitive }. */
function isTerraformShape(doc: Readonly<Record<string, unknown>>): boolean {
  const entries = Object.values(doc);
  return entries.length > 0 && entries.every((e) => terraformEntry.safeParse(e).success);
}

function pickStack(doc: Readonly<Record<string, unknown>>, where: string, stack: string | undefined): [string, unknown] {
  const names = Object.keys(doc);
  if (stack !== undefined) {
    if (!(stack in doc)) {
      throw new StackOutputsError(`${where}: no stack named "${stack}"; the file holds: ${names.join(', ') || '(none)'}.`);
    }
    return [stack, doc[stack]];
  }
  if (names.length !== 1) {
    throw new StackOutputsError(
      `${where}: the file holds ${names.length} stacks (${names.join(', ') || 'none'}); pass --env <name> to choose the stack bedrock-<name>.`,
    );
  }
  return [names[0], doc[names[0]]];
}

export function parseStackOutputs(text: string, where: string, options: ReadStackOutputsOptions): StackOutputs {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new StackOutputsError(`${where}: not valid JSON (${jsonSyntaxMessage(text, err as Error)}). Write it with "cdktf output --outputs-file <file>" or "terraform output -json > <file>".`);
  }
  const doc = jsonObject.safeParse(raw);
  if (!doc.success) {
    throw new StackOutputsError(`${where}: expected a JSON object of stacks or outputs.`);
  }
  let stackName: string | undefined;
  let outputs: Record<string, unknown>;
  if (isTerraformShape(doc.data)) {
    outputs = Object.fromEntries(Object.entries(doc.data).map(([k, e]) => [k, (e as { value: unknown }).value]));
  } else {
    const [name, body] = pickStack(doc.data, where, options.stack);
    const parsedBody = jsonObject.safeParse(body);
    if (!parsedBody.success) throw new StackOutputsError(`${where}: stack "${name}" is not an object of outputs.`);
    stackName = name;
    outputs = parsedBody.data;
  }
  const source = stackName === undefined ? where : `${where} (stack "${stackName}")`;
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(OUTPUT_SCHEMAS) as [OutputName, z.ZodType][]) {
    if (!(name in outputs) || outputs[name] === null) {
      if (options.required.includes(name)) {
        const flag = options.alternatives?.[name];
        throw new StackOutputsError(
          `${source}: missing output "${name}" (${TYPE_HINTS[name]}). Deploy a stack version that exports it and re-run "cdktf output --outputs-file <file>"${flag ? `, or pass ${flag} instead` : ''}.`,
        );
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
  return { stackName, values: values as StackOutputValues };
}

export function readStackOutputs(path: string, options: ReadStackOutputsOptions): StackOutputs {
  const where = `${options.flag ?? 'outputs file'} ${path}`;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new StackOutputsError(`${where}: cannot read the file (${code}). Check the path, or write it with "cdktf output --outputs-file ${path}".`);
  }
  return parseStackOutputs(text, where, options);
}
