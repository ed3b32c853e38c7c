"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UsageError = void 0;
const errors_1 = require("../../catalog/errors");
/**
 * Bad input to a CLI command (a flag, a file, a field). The dispatcher prints the message without a
 * stack trace and exits 2, so every message has to say what was wrong and what to do instead.
 */
class UsageError extends errors_1.UserError {
    name = 'UsageError';
}
exports.UsageError = UsageError;
