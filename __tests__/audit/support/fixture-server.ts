import { type IncomingMessage, type Server, type ServerResponse, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { type AccountFixture, EXTRA_WIRE, REGIONAL_KINDS, WIRE, isDenied, pageOf } from './account';

/**
 * The account of an AccountFixture on the wire, for the CLI as a subprocess and for the benchmark:
 * Bedrock's REST-JSON and IAM's query-protocol XML, as AWS sends them, for the kinds moto 5.2.5
 * lacks. Anything it does not serve goes to `upstream` (the moto emulator) when one is given, so
 * one endpoint can hold a mixed account; otherwise it is a 404.
 */
export interface FixtureServer {
  readonly endpoint: string;
  readonly stop: () => Promise<void>;
}

type Answer = { readonly status: number; readonly type: string; readonly body: string; readonly errorType?: string };

const json = (value: unknown): Answer => ({ status: 200, type: 'application/json', body: JSON.stringify(value) });
const denied = (operation: string, service: 'bedrock' | 'iam'): Answer =>
  service === 'iam'
    ? { status: 403, type: 'text/xml', body: `<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized to perform: iam:${operation}</Message></Error><RequestId>r</RequestId></ErrorResponse>` }
    : { status: 403, type: 'application/json', body: JSON.stringify({ message: `not authorized to perform: bedrock:${operation}` }), errorType: 'AccessDeniedException' };

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xmlValue = (v: unknown): string => xmlEscape(v instanceof Date ? v.toISOString() : String(v));

/**
 * With an upstream, the fixture answers only for what it holds (a kind it has no entry for is the
 * upstream's); on its own it answers for everything, an absent kind being an empty one.
 */
type Holds = (part: unknown) => boolean;

function bedrockAnswer(fixture: AccountFixture, method: string, url: URL, holds: Holds): Answer | undefined {
  if (method !== 'GET') return undefined;
  if (url.pathname === '/logging/modelinvocations' && holds(fixture.logging)) {
    if (isDenied(fixture, 'GetModelInvocationLoggingConfiguration')) return denied('GetModelInvocationLoggingConfiguration', 'bedrock');
    return json(fixture.logging === undefined ? {} : { loggingConfig: fixture.logging });
  }
  const extra = extraAnswer(fixture, url, holds);
  if (extra !== undefined) return extra;
  for (const kind of REGIONAL_KINDS) {
    if (!holds(fixture.resources?.[kind])) continue;
    const wire = WIRE[kind] as (typeof WIRE)[typeof kind] & { id: (i: object) => string; summary: (i: object) => object };
    const items = (fixture.resources?.[kind] ?? []) as readonly object[];
    if (url.pathname === wire.list.path) {
      if (isDenied(fixture, wire.list.operation)) return denied(wire.list.operation, 'bedrock');
      const size = fixture.pageSize ?? Number(url.searchParams.get('maxResults') ?? 100);
      const page = pageOf(items, url.searchParams.get('nextToken') ?? undefined, size);
      return json({ [wire.list.member]: page.items.map(wire.summary), ...(page.next && { nextToken: page.next }) });
    }
    if (wire.get && url.pathname.startsWith(`${wire.list.path}/`)) {
      const id = decodeURIComponent(url.pathname.slice(wire.list.path.length + 1));
      if (isDenied(fixture, wire.get.operation, id)) return denied(wire.get.operation, 'bedrock');
      const item = items.find((i) => wire.id(i) === id);
      return item ? json(item) : { status: 404, type: 'application/json', body: JSON.stringify({ message: `${id} not found` }), errorType: 'ResourceNotFoundException' };
    }
  }
  return undefined;
}

const notFoundAnswer = (what: string): Answer => ({ status: 404, type: 'application/json', body: JSON.stringify({ message: `${what} not found` }), errorType: 'ResourceNotFoundException' });

/** The Bedrock reads of issue 21's kinds (listings, evaluation jobs, guardrails, resource policies, data retention). */
function extraAnswer(fixture: AccountFixture, url: URL, holds: Holds): Answer | undefined {
  if (url.pathname === '/data-retention' && holds(fixture.dataRetention)) {
    if (isDenied(fixture, 'GetAccountDataRetention')) return denied('GetAccountDataRetention', 'bedrock');
    return json({ mode: fixture.dataRetention ?? 'default' });
  }
  if (url.pathname.startsWith('/resource-policy/') && holds(fixture.modelPolicies)) {
    const arn = decodeURIComponent(url.pathname.slice('/resource-policy/'.length));
    const policy = fixture.modelPolicies?.[arn];
    return policy === undefined ? notFoundAnswer(`resource policy of ${arn}`) : json({ resourcePolicy: policy });
  }
  for (const wire of EXTRA_WIRE) {
    if (!holds(fixture[wire.field])) continue;
    const items = (fixture[wire.field] ?? []) as readonly never[];
    if (url.pathname === wire.list.path) {
      if (isDenied(fixture, wire.list.operation)) return denied(wire.list.operation, 'bedrock');
      const page = pageOf(items, url.searchParams.get('nextToken') ?? undefined, fixture.pageSize ?? Number(url.searchParams.get('maxResults') ?? 100));
      return json({ [wire.list.member]: page.items.map((i) => wire.summary(i)), ...(page.next && { nextToken: page.next }) });
    }
    if (wire.get && url.pathname.startsWith(`${wire.list.path}/`)) {
      const id = decodeURIComponent(url.pathname.slice(wire.list.path.length + 1));
      const item = items.find((i) => wire.id(i) === id);
      return item ? json(item) : notFoundAnswer(id);
    }
  }
  return undefined;
}

/** AgentCore's control plane (ListAgentRuntimes is a POST, GetAgentRuntime a GET with a trailing slash). */
function agentCoreAnswer(fixture: AccountFixture, method: string, url: URL, body: Buffer, holds: Holds): Answer | undefined {
  if (!holds(fixture.agentRuntimes)) return undefined;
  const runtimes = fixture.agentRuntimes ?? [];
  if (method === 'POST' && url.pathname === '/runtimes/') {
    const input = (body.length > 0 ? JSON.parse(body.toString('utf8')) : {}) as { nextToken?: string; maxResults?: number };
    const page = pageOf(runtimes, input.nextToken, fixture.pageSize ?? input.maxResults ?? 100);
    const agentRuntimes = page.items.map((r) => ({ agentRuntimeArn: r.agentRuntimeArn, agentRuntimeId: r.agentRuntimeId, agentRuntimeVersion: r.agentRuntimeVersion, agentRuntimeName: r.agentRuntimeName, description: r.description ?? '', lastUpdatedAt: r.lastUpdatedAt, status: r.status }));
    return json({ agentRuntimes, ...(page.next && { nextToken: page.next }) });
  }
  const m = /^\/runtimes\/([^/]+)\/$/.exec(url.pathname);
  if (method === 'GET' && m) {
    const runtime = runtimes.find((r) => r.agentRuntimeId === decodeURIComponent(m[1]));
    return runtime ? json(runtime) : notFoundAnswer(m[1]);
  }
  return undefined;
}

function iamAnswer(fixture: AccountFixture, form: URLSearchParams, holds: Holds): Answer | undefined {
  if (form.get('Action') !== 'ListServiceSpecificCredentials' || !holds(fixture.apiKeys)) return undefined;
  if (isDenied(fixture, 'ListServiceSpecificCredentials')) return denied('ListServiceSpecificCredentials', 'iam');
  const size = fixture.pageSize ?? Number(form.get('MaxItems') ?? 100);
  const page = pageOf(fixture.apiKeys ?? [], form.get('Marker') ?? undefined, size);
  const members = page.items
    .map((c) => `<member>${Object.entries(c).map(([k, v]) => `<${k}>${xmlValue(v)}</${k}>`).join('')}</member>`)
    .join('');
  const body =
    '<ListServiceSpecificCredentialsResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListServiceSpecificCredentialsResult>' +
    `<ServiceSpecificCredentials>${members}</ServiceSpecificCredentials><IsTruncated>${page.next !== undefined}</IsTruncated>` +
    (page.next ? `<Marker>${page.next}</Marker>` : '') +
    '</ListServiceSpecificCredentialsResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListServiceSpecificCredentialsResponse>';
  return { status: 200, type: 'text/xml', body };
}

function proxy(upstream: URL, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
  const out = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  out.on('error', (err) => res.writeHead(502).end(String(err)));
  out.end(body);
}

export async function startFixtureServer(fixture: AccountFixture, options: { readonly upstream?: string } = {}): Promise<FixtureServer> {
  const upstream = options.upstream === undefined ? undefined : new URL(options.upstream);
  const holds: Holds = (part) => upstream === undefined || part !== undefined;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://fixture');
      const isIam = /\/iam\/aws4_request/.test(req.headers.authorization ?? '');
      const isAgentCore = /\/bedrock-agentcore\/aws4_request/.test(req.headers.authorization ?? '');
      const answer = isIam
        ? iamAnswer(fixture, new URLSearchParams(body.toString('utf8')), holds)
        : isAgentCore
          ? agentCoreAnswer(fixture, req.method ?? 'GET', url, body, holds)
          : bedrockAnswer(fixture, req.method ?? 'GET', url, holds);
      if (answer === undefined && upstream) return proxy(upstream, req, body, res);
      const a = answer ?? { status: 404, type: 'application/json', body: JSON.stringify({ message: `fixture server: no route for ${req.method} ${url.pathname}` }), errorType: 'UnknownOperationException' };
      res.writeHead(a.status, { 'content-type': a.type, 'content-length': Buffer.byteLength(a.body), ...(a.errorType && { 'x-amzn-errortype': a.errorType }) });
      res.end(a.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * As a process of its own (the benchmark runs it so the server does not share the measured event
 * loop): `tsx fixture-server.ts <fixture.json> [upstream]` prints "listening <port>".
 */
if (require.main === module) {
  const [file, upstream] = process.argv.slice(2);
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as AccountFixture;
  void startFixtureServer(fixture, { upstream }).then((s) => console.log(`listening ${new URL(s.endpoint).port}`));
}
