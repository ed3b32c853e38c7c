"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_MAX_ATTEMPTS = void 0;
exports.createBedrockClient = createBedrockClient;
const client_bedrock_1 = require("@aws-sdk/client-bedrock");
/** Attempts per API call (first try included) before the call is reported as "not checked". */
exports.DEFAULT_MAX_ATTEMPTS = 6;
/**
 * One client per region. Credentials come from the SDK's default chain (env, SSO, web identity for
 * CI OIDC, instance roles); throttling is left to the SDK's adaptive retry mode, which also slows
 * the client's own request rate when the service pushes back, instead of a hand-written retry loop.
 */
function createBedrockClient(options) {
    return new client_bedrock_1.BedrockClient({
        region: options.region,
        ...(options.profile !== undefined && { profile: options.profile }),
        ...(options.endpointUrl !== undefined && { endpoint: options.endpointUrl }),
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts ?? exports.DEFAULT_MAX_ATTEMPTS,
    });
}
