"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.collectInvocationJobs = collectInvocationJobs;
const client_bedrock_1 = require("@aws-sdk/client-bedrock");
const context_1 = require("./context");
/**
 * Lists every batch inference job. The list summaries already carry vpcConfig, role and data
 * configs, so no per-job Get call (and no bedrock:GetModelInvocationJob permission) is needed.
 */
async function collectInvocationJobs(ctx) {
    const kind = 'model-invocation-job';
    const items = [];
    const notChecked = [];
    try {
        const pages = (0, client_bedrock_1.paginateListModelInvocationJobs)({ client: ctx.client, pageSize: context_1.PAGE_SIZE }, { ...(ctx.since && { submitTimeAfter: ctx.since }) });
        for await (const page of pages) {
            items.push(...(page.invocationJobSummaries ?? []));
            ctx.onProgress?.({ region: ctx.region, kind, listed: items.length });
        }
    }
    catch (err) {
        notChecked.push({ kind, region: ctx.region, resource: `listing of batch inference jobs in ${ctx.region}`, reason: (0, context_1.failureReason)(err) });
    }
    return { items, notChecked };
}
