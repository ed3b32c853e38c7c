"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.canonicalJson = canonicalJson;
/** JSON with object keys sorted at every level, so two documents compare by content, not key order. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, sortKeys(value[k])]));
    }
    return value;
}
