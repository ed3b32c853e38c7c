import { ConfigError } from '../../config/errors';
import { validateEnvironments } from '../../config/load';
import { BASE_ENV } from '../helpers/synth';

/**
 * The configuration of the newer Bedrock surface: per-service actions, the AgentCore OAuth exception and
 * model invocation logging. Each bad file names the environment, the field and the fix.
 */

function problemsOf(entries: Array<{ name: string; raw: unknown; file?: string }>): ConfigError {
  try {
    validateEnvironments(entries);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected the configuration to be rejected');
}

const RUNTIME = 'arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support-agent-a1b2c3';
const JUSTIFICATION = 'The support web app signs users in with Cognito, and its agent runtime takes their JWTs.';
const agentcore = (oauth: Record<string, unknown>, services = ['bedrock-agentcore']) => ({ endpoints: { services, agentCoreOAuth: { justification: JUSTIFICATION, ...oauth } } });

describe('endpoint actions by service', () => {
  const bad: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['a Bedrock action on the Mantle endpoint', { endpoints: { extraActions: { 'bedrock-mantle': ['bedrock:InvokeModel'] } } }, 'endpoints.extraActions.bedrock-mantle.0', /is not a bedrock-mantle action/],
    ['a Mantle action on the runtime endpoint', { endpoints: { removeActions: { 'bedrock-runtime': ['bedrock-mantle:CreateInference'] } } }, 'endpoints.removeActions.bedrock-runtime.0', /is not a bedrock action; the bedrock-runtime endpoint serves bedrock:\* actions only/],
    ['bedrock:Converse, which IAM does not know', { endpoints: { extraActions: { 'bedrock-runtime': ['bedrock:Converse'] } } }, 'endpoints.extraActions.bedrock-runtime.0', /"bedrock:Converse" is not an IAM action: Converse authorizes as bedrock:InvokeModel/],
    ['bedrock:InvokeGateway (the AWS page\'s typo)', { endpoints: { extraActions: { 'bedrock-agentcore.gateway': ['bedrock:InvokeGateway'] } } }, 'endpoints.extraActions.bedrock-agentcore.gateway.0', /the gateway action is bedrock-agentcore:InvokeGateway/],
    ['API-key use on the runtime endpoint', { endpoints: { extraActions: { 'bedrock-runtime': ['bedrock:CallWithBearerToken'] } } }, 'endpoints.extraActions.bedrock-runtime.0', /bearer token\) use, which the platform does not allow; sign requests with SigV4/],
    ['API-key use on the Mantle endpoint', { endpoints: { extraActions: { 'bedrock-mantle': ['bedrock-mantle:CallWithBearerToken'] } } }, 'endpoints.extraActions.bedrock-mantle.0', /bearer token/],
    ['extra actions for a service that is not enabled', { endpoints: { extraActions: { 'bedrock-mantle': ['bedrock-mantle:ListFiles'] } } }, 'endpoints.extraActions.bedrock-mantle', /: the bedrock-mantle endpoint is not enabled; add "bedrock-mantle" to endpoints.services or remove this entry$/m],
    ['removing an action for a service that is not enabled', { endpoints: { services: ['bedrock-runtime'], removeActions: { bedrock: ['bedrock:GetCustomModel'] } } }, 'endpoints.removeActions.bedrock', /the bedrock endpoint is not enabled/],
    ['removing an action that is not a default', { endpoints: { removeActions: { 'bedrock-runtime': ['bedrock:InvokeModelStream'] } } }, 'endpoints.removeActions.bedrock-runtime.0', /"bedrock:InvokeModelStream" is not one of the bedrock-runtime endpoint's default actions \(bedrock:ApplyGuardrail, .*\), so there is nothing to remove; fix the spelling or drop it/],
    ['every default removed and none added', { endpoints: { services: ['bedrock-runtime'], removeActions: { 'bedrock-runtime': ['bedrock:ApplyGuardrail', 'bedrock:CountTokens', 'bedrock:GetAsyncInvoke', 'bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream', 'bedrock:ListAsyncInvokes'] } } }, 'endpoints.removeActions.bedrock-runtime', /would allow no action; remove fewer actions, or drop "bedrock-runtime" from endpoints.services/],
  ];

  it.each(bad)('rejects %s', (_label, override, field, fix) => {
    const { message } = problemsOf([{ name: 'dev', raw: { ...BASE_ENV, ...override } }]);
    expect(message).toContain('environment "dev"');
    expect(message).toContain(`: ${field}: `);
    expect(message).toMatch(fix);
  });

  it('accepts each service\'s own prefix', () => {
    const [env] = validateEnvironments([
      {
        name: 'dev',
        raw: { ...BASE_ENV, endpoints: { services: ['bedrock-mantle', 'bedrock-agentcore'], extraActions: { 'bedrock-mantle': ['bedrock-mantle:ListFiles'], 'bedrock-agentcore': ['bedrock-agentcore:InvokeCodeInterpreter'] } } },
      },
    ]);
    expect(env.endpoints.extraActions).toEqual({ 'bedrock-mantle': ['bedrock-mantle:ListFiles'], 'bedrock-agentcore': ['bedrock-agentcore:InvokeCodeInterpreter'] });
  });
});

describe('endpoints.agentCoreOAuth', () => {
  const bad: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['a one-line justification', { endpoints: { services: ['bedrock-agentcore'], agentCoreOAuth: { justification: 'needed', resourceArns: { 'bedrock-agentcore': [RUNTIME] } } } }, 'endpoints.agentCoreOAuth.justification', /at least 40 characters/],
    ['no resource at all', agentcore({ resourceArns: {} }), 'endpoints.agentCoreOAuth.resourceArns', /name at least one runtime or gateway ARN/],
    ['a runtime of another account', agentcore({ resourceArns: { 'bedrock-agentcore': [RUNTIME.replace('123456789012', '999999999999')] } }), 'endpoints.agentCoreOAuth.resourceArns.bedrock-agentcore.0', /its account is 999999999999, not this environment's 123456789012/],
    ['a runtime of another region', agentcore({ resourceArns: { 'bedrock-agentcore': [RUNTIME.replace('us-east-1', 'us-west-2')] } }), 'endpoints.agentCoreOAuth.resourceArns.bedrock-agentcore.0', /its region is us-west-2, not us-east-1/],
    ['a gateway on the runtime endpoint', agentcore({ resourceArns: { 'bedrock-agentcore': ['arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/g1'] } }), 'endpoints.agentCoreOAuth.resourceArns.bedrock-agentcore.0', /serves runtime resources, not gateway/],
    ['an endpoint that is not enabled', agentcore({ resourceArns: { 'bedrock-agentcore': [RUNTIME] } }, ['bedrock']), 'endpoints.agentCoreOAuth.resourceArns.bedrock-agentcore', /the bedrock-agentcore endpoint is not enabled; add "bedrock-agentcore" to endpoints.services/],
    ['an endpoint that cannot admit OAuth callers', agentcore({ resourceArns: { 'bedrock-runtime': [RUNTIME] } }), 'endpoints.agentCoreOAuth.resourceArns', /unknown key "bedrock-runtime": remove it/],
    ['account-wide "*" instead of an ARN', agentcore({ resourceArns: { 'bedrock-agentcore': ['*'] } }), 'endpoints.agentCoreOAuth.resourceArns.bedrock-agentcore.0', /must be an AgentCore ARN/],
    ['every runtime of the account ("runtime/*")', agentcore({ resourceArns: { 'bedrock-agentcore': ['arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/*'] } }), 'endpoints.agentCoreOAuth.resourceArns.bedrock-agentcore.0', /names every resource of its type \("\*" alone as the id\); name the runtimes or gateways, or a prefix such as "support-agent-\*"/],
  ];

  it.each(bad)('rejects %s', (_label, override, field, fix) => {
    const { message } = problemsOf([{ name: 'dev', raw: { ...BASE_ENV, ...override } }]);
    expect(message).toContain(`: ${field}: `);
    expect(message).toMatch(fix);
  });

  it('accepts this account\'s runtimes, runtime endpoints and ARN patterns', () => {
    const arns = [RUNTIME, 'arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support-*', `${RUNTIME}/runtime-endpoint/prod`, `${RUNTIME}/runtime-endpoint/*`];
    const [env] = validateEnvironments([{ name: 'dev', raw: { ...BASE_ENV, ...agentcore({ resourceArns: { 'bedrock-agentcore': arns } }) } }]);
    expect(env.endpoints.agentCoreOAuth).toEqual({ justification: JUSTIFICATION, resourceArns: { 'bedrock-agentcore': arns } });
  });

  it('is off unless asked for', () => {
    const [env] = validateEnvironments([{ name: 'dev', raw: BASE_ENV }]);
    expect(env.endpoints.agentCoreOAuth).toBeUndefined();
  });
});

describe('invocationLogging', () => {
  it('is off by default, and {} turns on both destinations, a year, every data type', () => {
    const [off] = validateEnvironments([{ name: 'dev', raw: BASE_ENV }]);
    expect(off.invocationLogging).toBeUndefined();
    const [on] = validateEnvironments([{ name: 'dev', raw: { ...BASE_ENV, invocationLogging: {} } }]);
    expect(on.invocationLogging).toEqual({ destinations: ['cloudWatchLogs', 's3'], retentionDays: 365, dataTypes: { text: true, image: true, embedding: true, video: true } });
  });

  const bad: Array<[string, Record<string, unknown>, string, RegExp, string?]> = [
    ['a retention under a year', { invocationLogging: { retentionDays: 90 } }, 'invocationLogging.retentionDays', /of at least 365 days: 365, 400/],
    ['no destination', { invocationLogging: { destinations: [] } }, 'invocationLogging.destinations', /name at least one destination, or remove invocationLogging/],
    ['an unknown destination', { invocationLogging: { destinations: ['firehose'] } }, 'invocationLogging.destinations.0', /must be "cloudWatchLogs" or "s3"/],
    ['a destination twice', { invocationLogging: { destinations: ['s3', 's3'] } }, 'invocationLogging.destinations', /list each destination once/],
    ['a log bucket name over 63 characters', { namePrefix: 'platformteam', invocationLogging: {} }, 'invocationLogging.destinations', /invocation log bucket name ".*" is 65 characters, over S3's 63.*or deliver to "cloudWatchLogs" only/, 'ml-research-1'],
  ];

  it.each(bad)('rejects %s', (_label, override, field, fix, name = 'dev') => {
    const { message } = problemsOf([{ name, raw: { ...BASE_ENV, ...override } }]);
    expect(message).toContain(`: ${field}: `);
    expect(message).toMatch(fix);
  });

  it('allows one logging configuration per account and region, naming both files when two claim it', () => {
    const error = problemsOf([
      { name: 'dev', raw: { ...BASE_ENV, invocationLogging: {} }, file: 'config/environments/dev.json' },
      { name: 'qa', raw: { ...BASE_ENV, vpcCidr: '10.9.0.0/20', invocationLogging: { destinations: ['s3'] } }, file: 'config/environments/qa.json' },
    ]);
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain('environment "qa" (config/environments/qa.json): invocationLogging: ');
    expect(error.message).toContain('config/environments/dev.json (environment "dev") already sets it for 123456789012 in us-east-1');
  });

  it('lets environments of one account log in different regions, or leave logging to the one that owns it', () => {
    const envs = validateEnvironments([
      { name: 'dev', raw: { ...BASE_ENV, invocationLogging: {} } },
      { name: 'qa', raw: { ...BASE_ENV, vpcCidr: '10.9.0.0/20' } },
      { name: 'dr', raw: { ...BASE_ENV, region: 'us-west-2', azIds: ['usw2-az1', 'usw2-az2'], invocationLogging: {} } },
    ]);
    expect(envs.map((e) => Boolean(e.invocationLogging))).toEqual([true, false, true]);
  });
});
