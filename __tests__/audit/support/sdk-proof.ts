import * as bedrockSdk from '@aws-sdk/client-bedrock';
import * as iamSdk from '@aws-sdk/client-iam';
import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { isDeepStrictEqual } from 'node:util';

/** One `aws ...` command of a remediation, as the shell splits it and as the SDK serialized it. */
export interface ProvenCall {
  readonly service: 'bedrock' | 'iam';
  /** The SDK operation, e.g. CreateModelCopyJob. */
  readonly operation: string;
  readonly region?: string;
  /** The request as the flags describe it (flag → member, values parsed as the AWS CLI would). */
  readonly input: Record<string, unknown>;
}

const RECORD = '\x1e';

/** Runs the remediation text through bash with `aws` replaced by a function that prints its argv. */
function shellSplit(text: string): string[][] {
  const script = `aws() { printf '%s\\0' "$@"; printf '${RECORD}'; }\n${text}`;
  const out = execFileSync('bash', ['-c', script], { encoding: 'utf8' });
  return out.split(RECORD).filter((r) => r.length > 0).map((r) => r.split('\0').filter((_, i, a) => i < a.length - 1));
}

/** The AWS CLI's shorthand for a structure of lists, e.g. subnetIds=a,b,securityGroupIds=c. */
function shorthand(value: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let key = '';
  for (const part of value.split(',')) {
    const eq = /^(\w+)=(.*)$/.exec(part);
    if (eq) {
      key = eq[1];
      out[key] = [eq[2]];
    } else out[key].push(part);
  }
  return out;
}

function parseValue(value: string): unknown {
  if (/^[[{]/.test(value)) return JSON.parse(value);
  if (/^\w+=/.test(value) && !value.includes('://')) return shorthand(value);
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

const camel = (kebab: string, upperFirst: boolean): string =>
  kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^./, (c) => (upperFirst ? c.toUpperCase() : c));

function toCall(argv: readonly string[]): ProvenCall {
  const [service, command, ...rest] = argv;
  if (service !== 'bedrock' && service !== 'iam') throw new Error(`unexpected service "${service}" in ${argv.join(' ')}`);
  const input: Record<string, unknown> = {};
  let region: string | undefined;
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (!flag.startsWith('--') || value === undefined) throw new Error(`flag without value at "${flag}" in ${argv.join(' ')}`);
    if (flag === '--region') region = value;
    else input[camel(flag.slice(2), service === 'iam')] = parseValue(value);
  }
  return { service, operation: camel(command, true), region, input };
}

interface Captured {
  readonly path: string;
  readonly body: string;
}

function capturingHandler(captured: Captured[], responseBody: string, contentType: string) {
  return {
    handle: async (request: { path: string; body?: Uint8Array | string }) => {
      const raw = request.body ?? '';
      captured.push({ path: request.path, body: typeof raw === 'string' ? raw : new TextDecoder().decode(raw) });
      return { response: { statusCode: 200, headers: { 'content-type': contentType }, body: Readable.from([Buffer.from(responseBody)]) } };
    },
  } as never;
}

const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

/**
 * Sends one call through the real SDK client with an HTTP layer that records the request. The
 * serializer writes only members the API model knows, so a member that reaches the wire (body,
 * path or IAM form field) is proven real; returns what got lost, which must be nothing.
 */
async function lostMembers(call: ProvenCall): Promise<string[]> {
  const captured: Captured[] = [];
  const sdk: Record<string, unknown> = call.service === 'bedrock' ? bedrockSdk : iamSdk;
  const Command = sdk[`${call.operation}Command`] as (new (input: object) => never) | undefined;
  if (Command === undefined) return [`<operation ${call.operation} does not exist in @aws-sdk/client-${call.service}>`];
  if (call.service === 'bedrock') {
    const client = new bedrockSdk.BedrockClient({ region: call.region ?? 'us-east-1', credentials: CREDENTIALS, requestHandler: capturingHandler(captured, '{}', 'application/json') });
    await client.send(new Command(call.input));
  } else {
    const xml = `<${call.operation}Response><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></${call.operation}Response>`;
    const client = new iamSdk.IAMClient({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler: capturingHandler(captured, xml, 'text/xml') });
    await client.send(new Command(call.input));
  }
  const [{ path, body }] = captured;
  if (call.service === 'iam') {
    const form = new URLSearchParams(body);
    return Object.entries(call.input).filter(([member, value]) => form.get(member) !== String(value)).map(([m]) => m);
  }
  const sent = body ? (JSON.parse(body) as Record<string, unknown>) : {};
  const inPath = decodeURIComponent(path);
  return Object.entries(call.input)
    .filter(([member, value]) => !isDeepStrictEqual(sent[member], value) && !(typeof value === 'string' && inPath.includes(value)))
    .map(([m]) => m);
}

/**
 * Proves a printed remediation against the SDK: each `aws` command in it names a real operation,
 * each flag a real request member of that operation, and each value serializes unchanged.
 */
export async function proveRemediation(text: string): Promise<{ calls: ProvenCall[]; lost: string[] }> {
  const calls = shellSplit(text).map(toCall);
  const lost: string[] = [];
  for (const call of calls) lost.push(...(await lostMembers(call)).map((m) => `${call.operation}.${m}`));
  return { calls, lost };
}
