"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.collectCustomizationJobs = collectCustomizationJobs;
const client_bedrock_1 = require("@aws-sdk/client-bedrock");
const context_1 = require("./context");
const list_then_get_1 = require("./list-then-get");
/**
 * Lists every customization job (all statuses) and gets each one: only GetModelCustomizationJob
 * returns vpcConfig and outputModelKmsKeyArn.
 */
function collectCustomizationJobs(ctx) {
    return (0, list_then_get_1.listThenGet)(ctx, {
        kind: 'model-customization-job',
        listingLabel: 'model customization jobs',
        pages: (0, client_bedrock_1.paginateListModelCustomizationJobs)({ client: ctx.client, pageSize: context_1.PAGE_SIZE }, { ...(ctx.since && { creationTimeAfter: ctx.since }) }),
        summaries: (page) => page.modelCustomizationJobSummaries ?? [],
        idOf: (summary) => summary.jobArn ?? summary.jobName ?? '',
        get: async (id) => {
            const { $metadata: _m, ...job } = await ctx.client.send(new client_bedrock_1.GetModelCustomizationJobCommand({ jobIdentifier: id }));
            return job;
        },
    });
}
