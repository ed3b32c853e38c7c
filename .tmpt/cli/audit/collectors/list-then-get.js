"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.listThenGet = listThenGet;
const context_1 = require("./context");
/**
 * Pages a List to the end and Gets every listed resource through the run's limiter, starting Gets
 * while later pages are still being listed. A failed Get or List becomes a "not checked" entry.
 */
async function listThenGet(ctx, spec) {
    const items = [];
    const notChecked = [];
    const gets = [];
    const { kind } = spec;
    const { region } = ctx;
    try {
        for await (const page of spec.pages) {
            for (const summary of spec.summaries(page)) {
                const id = spec.idOf(summary);
                gets.push(ctx.limit(() => spec.get(id)).then((item) => void items.push(item), (err) => void notChecked.push({ kind, region, resource: id, reason: (0, context_1.failureReason)(err) })));
            }
            ctx.onProgress?.({ region, kind, listed: gets.length });
        }
    }
    catch (err) {
        notChecked.push({ kind, region, resource: `listing of ${spec.listingLabel} in ${region}`, reason: (0, context_1.failureReason)(err) });
    }
    await Promise.all(gets);
    return { items, notChecked };
}
