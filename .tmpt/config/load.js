"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateEnvironments = validateEnvironments;
exports.loadEnvironments = loadEnvironments;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const errors_1 = require("./errors");
const schema_1 = require("./schema");
const buckets_1 = require("../catalog/buckets");
/** Where environment files live unless BEDROCK_ENV_DIR says otherwise (tests, benchmarks). */
const DEFAULT_ENV_DIR = (0, node_path_1.join)(__dirname, 'environments');
/**
 * Validates one environment's raw object. Collects every problem instead of stopping at the first,
 * so a user fixes a file in one pass.
 */
function validateEnvironment(name, raw, file = `${name}.json`) {
    const problems = [];
    if (!schema_1.ENVIRONMENT_NAME.test(name)) {
        problems.push({
            environment: name,
            file,
            field: '(name)',
            message: 'environment names are 2-16 characters of a-z, 0-9 and "-", starting with a letter; rename the file, e.g. "dev.json"',
        });
    }
    const parsed = schema_1.EnvironmentFileSchema.safeParse(raw);
    if (!parsed.success)
        return { problems: [...problems, ...(0, errors_1.problemsFromZod)(name, file, parsed.error)] };
    if (problems.length)
        return { problems };
    const config = (0, schema_1.deriveEnvironment)(name, parsed.data);
    for (const purpose of buckets_1.ALL_BUCKET_PURPOSES) {
        const bucket = (0, buckets_1.bucketName)(config, purpose);
        if (bucket.length > buckets_1.S3_BUCKET_NAME_MAX) {
            problems.push({
                environment: name,
                file,
                field: 'namePrefix',
                message: `bucket name "${bucket}" is ${bucket.length} characters, over S3's ${buckets_1.S3_BUCKET_NAME_MAX}; shorten namePrefix or the environment name`,
            });
            break;
        }
    }
    return problems.length ? { problems } : { config, problems };
}
/** Validates a set of named raw environments; throws one ConfigError listing every problem. */
function validateEnvironments(entries) {
    const problems = [];
    const configs = [];
    for (const entry of entries) {
        const result = validateEnvironment(entry.name, entry.raw, entry.file);
        problems.push(...result.problems);
        if (result.config)
            configs.push(result.config);
    }
    if (problems.length)
        throw new errors_1.ConfigError(problems);
    return configs;
}
/** Reads every `<name>.json` in the directory, in name order (deterministic output). */
function loadEnvironments(dir = process.env.BEDROCK_ENV_DIR ?? DEFAULT_ENV_DIR) {
    const files = (0, node_fs_1.readdirSync)(dir)
        .filter((f) => f.endsWith('.json'))
        .sort();
    if (files.length === 0) {
        throw new errors_1.ConfigError([{ environment: '(none)', file: dir, field: '(directory)', message: 'no environment files; add one, e.g. dev.json (see help/adding-an-environment.md)' }]);
    }
    const entries = files.map((f) => {
        const path = (0, node_path_1.join)(dir, f);
        const shown = (0, node_path_1.relative)(process.cwd(), path) || path;
        const name = (0, node_path_1.basename)(f, '.json');
        try {
            return { name, raw: JSON.parse((0, node_fs_1.readFileSync)(path, 'utf8')), file: shown };
        }
        catch (e) {
            throw new errors_1.ConfigError([{ environment: name, file: shown, field: '(file)', message: `not valid JSON (${e.message}); fix the syntax` }]);
        }
    });
    return validateEnvironments(entries);
}
