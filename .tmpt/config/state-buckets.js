"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.planStateBuckets = planStateBuckets;
const errors_1 = require("../catalog/errors");
/**
 * Derives the state buckets from the environments that use `state.type = "s3"`: the config already names
 * bucket, region and account, so a second file would only repeat them. One bucket per account (stacks are
 * separated by key), so environments of one account must agree on bucket and region.
 */
function planStateBuckets(environments) {
    const byAccount = new Map();
    const problems = [];
    for (const env of [...environments].sort((a, b) => a.name.localeCompare(b.name))) {
        if (env.state.type !== 's3')
            continue;
        const region = env.state.region ?? env.region;
        const seen = byAccount.get(env.accountId);
        if (!seen) {
            byAccount.set(env.accountId, {
                accountId: env.accountId,
                region,
                bucket: env.state.bucket,
                environments: [env.name],
                owner: env.tags.owner,
                costCentre: env.tags.costCentre,
            });
        }
        else if (seen.bucket !== env.state.bucket || seen.region !== region) {
            problems.push(`environment "${env.name}": state.bucket/state.region is ${env.state.bucket} in ${region}, but "${seen.environments[0]}" in the same account ${env.accountId} uses ${seen.bucket} in ${seen.region}; use one state bucket per account (help/state.md)`);
        }
        else {
            byAccount.set(env.accountId, { ...seen, environments: [...seen.environments, env.name] });
        }
    }
    if (problems.length)
        throw new errors_1.UserError(`Invalid state configuration:\n  - ${problems.join('\n  - ')}`);
    return [...byAccount.values()].sort((a, b) => a.accountId.localeCompare(b.accountId));
}
