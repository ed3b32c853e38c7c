import { z } from 'zod';
import {
  BEARER_TOKEN_ACTIONS,
  BEDROCK_SERVICES,
  BEDROCK_SERVICE_NAMES,
  type BedrockServiceName,
  NOT_IAM_ACTIONS,
  OAUTH_INGRESS_SERVICE_NAMES,
  AGENTCORE_ARN,
  bedrockService,
  isNamedAgentCoreArn,
} from '../catalog/bedrock-services';

/**
 * The `endpoints` pieces that know the services table: service names, actions checked against each
 * service's IAM prefix, and the AgentCore OAuth exception. config/schema.ts assembles them.
 */

export const serviceName = z.enum(BEDROCK_SERVICE_NAMES, {
  error: `must be one of ${BEDROCK_SERVICE_NAMES.join(', ')} (catalog/bedrock-services.ts, help/endpoints.md)`,
});

const BEARER = new Set<string>(BEARER_TOKEN_ACTIONS);

/** `<prefix>:<Action>`; the prefix is checked per service below, where the service is known. */
const action = z
  .string()
  .regex(/^[a-z-]+:[A-Za-z*]+$/, 'must be an IAM action such as "bedrock:InvokeModel"')
  .superRefine((a, ctx) => {
    if (NOT_IAM_ACTIONS[a]) ctx.addIssue({ code: 'custom', message: `"${a}" is not an IAM action: ${NOT_IAM_ACTIONS[a]}` });
    if (BEARER.has(a)) {
      ctx.addIssue({ code: 'custom', message: `"${a}" is Bedrock API-key (bearer token) use, which the platform does not allow; sign requests with SigV4 (help/endpoints.md)` });
    }
  });

/** Actions by service, each with that service's IAM prefix (bedrock-mantle:..., bedrock-agentcore:...). */
export const serviceActions = z.partialRecord(serviceName, z.array(action)).superRefine((byService, ctx) => {
  for (const [service, actions] of Object.entries(byService) as [BedrockServiceName, string[] | undefined][]) {
    const prefix = BEDROCK_SERVICES[service].iamPrefix;
    (actions ?? []).forEach((a, i) => {
      if (!a.startsWith(`${prefix}:`)) {
        ctx.addIssue({ code: 'custom', path: [service, i], message: `"${a}" is not a ${prefix} action; the ${service} endpoint serves ${prefix}:* actions only` });
      }
    });
  }
});

const oauthService = z.enum(OAUTH_INGRESS_SERVICE_NAMES as [BedrockServiceName, ...BedrockServiceName[]], {
  error: `must be one of ${OAUTH_INGRESS_SERVICE_NAMES.join(', ')} (the endpoints that can admit OAuth callers)`,
});

const agentCoreArn = z
  .string()
  .regex(AGENTCORE_ARN, 'must be an AgentCore ARN such as "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support-agent-a1b2c3"')
  .refine((arn) => !AGENTCORE_ARN.test(arn) || isNamedAgentCoreArn(arn), 'names every resource of its type ("*" alone as the id); name the runtimes or gateways, or a prefix such as "support-agent-*"');

/**
 * AgentCore accepts OAuth (bearer JWT) callers through an endpoint only when the endpoint policy's
 * principal is "*". That is never implied: an environment asks for it here, says why, and names the
 * runtimes and gateways it applies to; the guardrail report shows the statement with this reason.
 */
export const AgentCoreOAuthSchema = z.strictObject({
  /** Why OAuth callers must reach these resources through the VPC endpoint; printed in the guardrail report. */
  justification: z.string().trim().min(40, 'explain in at least 40 characters why OAuth callers need these resources (the guardrail report prints it)'),
  /** By service (bedrock-agentcore: runtimes; bedrock-agentcore.gateway: gateways), the ARNs or ARN patterns of this account's resources. */
  resourceArns: z
    .partialRecord(oauthService, z.array(agentCoreArn).min(1))
    .refine((byService) => Object.values(byService).some((arns) => arns && arns.length > 0), { error: 'name at least one runtime or gateway ARN' }),
});

type AgentCoreOAuth = z.output<typeof AgentCoreOAuthSchema>;

/**
 * Cross-field rules of endpoints.agentCoreOAuth: every ARN is this environment's account and region,
 * of the resource type its endpoint serves, and its endpoint is enabled.
 */
export function checkAgentCoreOAuth(
  env: { readonly accountId: string; readonly region: string; readonly endpoints: { readonly services: readonly BedrockServiceName[]; readonly agentCoreOAuth?: AgentCoreOAuth } },
  ctx: z.RefinementCtx,
): void {
  const oauth = env.endpoints.agentCoreOAuth;
  if (!oauth) return;
  for (const [service, arns] of Object.entries(oauth.resourceArns) as [BedrockServiceName, string[] | undefined][]) {
    const path = ['endpoints', 'agentCoreOAuth', 'resourceArns', service];
    if (!env.endpoints.services.includes(service)) {
      ctx.addIssue({ code: 'custom', path, message: `the ${service} endpoint is not enabled; add "${service}" to endpoints.services or remove these ARNs` });
    }
    const types = bedrockService(service).oauthIngress?.arnTypes ?? [];
    (arns ?? []).forEach((arn, i) => {
      const [, region, account, type] = AGENTCORE_ARN.exec(arn) ?? [];
      const problems = [
        region !== env.region ? `its region is ${region}, not ${env.region}` : '',
        account !== env.accountId ? `its account is ${account}, not this environment's ${env.accountId}` : '',
        type && !types.includes(type) ? `the ${service} endpoint serves ${types.join(', ')} resources, not ${type}` : '',
      ].filter(Boolean);
      if (problems.length) ctx.addIssue({ code: 'custom', path: [...path, i], message: `${arn}: ${problems.join('; ')}` });
    });
  }
}

type ActionsByService = Partial<Record<BedrockServiceName, readonly string[]>>;

/**
 * Cross-field rules of endpoints.extraActions and removeActions: each names an enabled service, a
 * removed action is one of that service's defaults, and no policy is narrowed to no action at all.
 * Without them a typo would be ignored in silence, and an emptied policy would fail deep in synth.
 */
export function checkServiceActions(
  env: { readonly endpoints: { readonly services: readonly BedrockServiceName[]; readonly extraActions: ActionsByService; readonly removeActions: ActionsByService } },
  ctx: z.RefinementCtx,
): void {
  const { services, extraActions, removeActions } = env.endpoints;
  for (const kind of ['extraActions', 'removeActions'] as const) {
    for (const service of Object.keys(env.endpoints[kind]) as BedrockServiceName[]) {
      if (!services.includes(service)) {
        ctx.addIssue({ code: 'custom', path: ['endpoints', kind, service], message: `the ${service} endpoint is not enabled; add "${service}" to endpoints.services or remove this entry` });
      }
    }
  }
  for (const [service, removed] of Object.entries(removeActions) as [BedrockServiceName, readonly string[]][]) {
    const { iamPrefix } = BEDROCK_SERVICES[service];
    const defaultActions: readonly string[] = BEDROCK_SERVICES[service].defaultActions;
    removed.forEach((a, i) => {
      // An action of another prefix already has its own issue (serviceActions above).
      if (a.startsWith(`${iamPrefix}:`) && !defaultActions.includes(a)) {
        const listed = [...defaultActions].sort().join(', ');
        ctx.addIssue({ code: 'custom', path: ['endpoints', 'removeActions', service, i], message: `"${a}" is not one of the ${service} endpoint's default actions (${listed}), so there is nothing to remove; fix the spelling or drop it` });
      }
    });
    const left = defaultActions.filter((a) => !removed.includes(a)).length + (extraActions[service]?.length ?? 0);
    if (services.includes(service) && left === 0) {
      ctx.addIssue({ code: 'custom', path: ['endpoints', 'removeActions', service], message: `the ${service} endpoint policy would allow no action; remove fewer actions, or drop "${service}" from endpoints.services` });
    }
  }
}
