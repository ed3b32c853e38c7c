"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PAGE_SIZE = void 0;
exports.failureReason = failureReason;
/** Page size for List calls: the service maximum for these APIs is 1000; 100 keeps pages small. */
exports.PAGE_SIZE = 100;
/** Why a call failed, phrased for the "not checked" list. */
function failureReason(err) {
    const e = err;
    const name = e.name ?? 'Error';
    const attempts = e.$metadata?.attempts;
    const denied = name === 'AccessDeniedException' || name === 'UnauthorizedException' || e.$metadata?.httpStatusCode === 403;
    const detail = `${name}: ${e.message ?? String(err)}`;
    if (denied)
        return `access denied (${detail}); grant the actions in catalog/auditor-policy.json`;
    return attempts !== undefined && attempts > 1 ? `${detail} (after ${attempts} attempts)` : detail;
}
