"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runAudit = runAudit;
const custom_models_1 = require("./collectors/custom-models");
const customization_jobs_1 = require("./collectors/customization-jobs");
const invocation_jobs_1 = require("./collectors/invocation-jobs");
const pool_1 = require("./pool");
const custom_model_1 = require("./rules/custom-model");
const customization_job_1 = require("./rules/customization-job");
const invocation_job_1 = require("./rules/invocation-job");
const byLocation = (a, b) => a.region.localeCompare(b.region) || a.kind.localeCompare(b.kind) || resourceOf(a).localeCompare(resourceOf(b));
const resourceOf = (x) => ('resourceArn' in x ? x.resourceArn + x.ruleId : x.resource);
/** Collects every region's resources concurrently (Gets share one bound), then applies the rules. */
async function runAudit(options) {
    const limit = (0, pool_1.createLimiter)(options.concurrency);
    const checked = { 'model-customization-job': 0, 'model-invocation-job': 0, 'custom-model': 0 };
    const findings = [];
    const notChecked = [];
    await Promise.all(options.regions.map(async (region) => {
        const ctx = { client: options.clientFor(region), region, since: options.since, limit, onProgress: options.onProgress };
        const [jobs, batch, models] = await Promise.all([
            (0, customization_jobs_1.collectCustomizationJobs)(ctx),
            (0, invocation_jobs_1.collectInvocationJobs)(ctx),
            (0, custom_models_1.collectCustomModels)(ctx),
        ]);
        for (const job of jobs.items)
            findings.push(...(0, customization_job_1.checkCustomizationJob)(region, job, options.expected));
        for (const job of batch.items)
            findings.push(...(0, invocation_job_1.checkInvocationJob)(region, job, options.expected));
        for (const model of models.items)
            findings.push(...(0, custom_model_1.checkCustomModel)(region, model, options.expected));
        checked['model-customization-job'] += jobs.items.length;
        checked['model-invocation-job'] += batch.items.length;
        checked['custom-model'] += models.items.length;
        notChecked.push(...jobs.notChecked, ...batch.notChecked, ...models.notChecked);
    }));
    return { regions: options.regions, checked, findings: findings.sort(byLocation), notChecked: notChecked.sort(byLocation) };
}
