"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ToolError = exports.UserError = void 0;
exports.isUserError = isUserError;
class PlatformError extends Error {
    constructor(message, options) {
        super(message, options);
    }
}
/** Bad input the user can fix; the message names where, what and the fix. */
class UserError extends PlatformError {
    source = 'user';
    name = 'UserError';
}
exports.UserError = UserError;
/** A failure that is not the user's input; carries the underlying error as `cause`. */
class ToolError extends PlatformError {
    source = 'tool';
    name = 'ToolError';
}
exports.ToolError = ToolError;
function isUserError(error) {
    return error instanceof UserError;
}
