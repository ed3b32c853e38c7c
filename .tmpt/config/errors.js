"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigError = void 0;
exports.problemsFromZod = problemsFromZod;
const errors_1 = require("../catalog/errors");
/** Thrown before any construct exists, so a bad config never leaves a half-written cdktf.out. */
class ConfigError extends errors_1.UserError {
    problems;
    name = 'ConfigError';
    constructor(problems) {
        super([
            `Invalid environment configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was synthesized:`,
            ...problems.map((p) => `  - environment "${p.environment}" (${p.file}): ${p.field}: ${p.message}`),
        ].join('\n'));
        this.problems = problems;
    }
}
exports.ConfigError = ConfigError;
/** zod issues → problems, with a fix for the generic issue kinds zod words on its own. */
function problemsFromZod(environment, file, error) {
    return error.issues.map((issue) => {
        const field = issue.path.length ? issue.path.map(String).join('.') : '(file)';
        let message = issue.message;
        if (issue.code === 'unrecognized_keys') {
            message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or fix the spelling (see help/adding-an-environment.md for the keys)`;
        }
        else if (issue.code === 'invalid_type') {
            message = `${issue.message}: set ${field} to a ${issue.expected}`;
        }
        return { environment, file, field, message };
    });
}
