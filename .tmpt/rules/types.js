"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIN_REASON_LENGTH = exports.NOT_APPLICABLE = exports.PASS = void 0;
exports.fail = fail;
exports.PASS = { status: 'pass' };
exports.NOT_APPLICABLE = { status: 'not-applicable' };
function fail(reason) {
    return { status: 'fail', reason };
}
/** A suppression's reason must be at least this long: the reviewer reads it in the report. */
exports.MIN_REASON_LENGTH = 10;
