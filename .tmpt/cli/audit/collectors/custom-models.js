"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.collectCustomModels = collectCustomModels;
const client_bedrock_1 = require("@aws-sdk/client-bedrock");
const context_1 = require("./context");
const list_then_get_1 = require("./list-then-get");
/** Lists custom models and gets each one: the list summaries do not carry modelKmsKeyArn. */
function collectCustomModels(ctx) {
    return (0, list_then_get_1.listThenGet)(ctx, {
        kind: 'custom-model',
        listingLabel: 'custom models',
        pages: (0, client_bedrock_1.paginateListCustomModels)({ client: ctx.client, pageSize: context_1.PAGE_SIZE }, { ...(ctx.since && { creationTimeAfter: ctx.since }) }),
        summaries: (page) => page.modelSummaries ?? [],
        idOf: (summary) => summary.modelArn ?? summary.modelName ?? '',
        get: async (id) => {
            const { $metadata: _m, ...model } = await ctx.client.send(new client_bedrock_1.GetCustomModelCommand({ modelIdentifier: id }));
            return model;
        },
    });
}
