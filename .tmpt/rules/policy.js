"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.asList = asList;
exports.parseStatements = parseStatements;
exports.conditionValues = conditionValues;
exports.conditionKeys = conditionKeys;
exports.coversAction = coversAction;
exports.isAnyPrincipal = isAnyPrincipal;
exports.servicePrincipals = servicePrincipals;
function asList(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? [...value] : [value];
}
/** Statements of a policy given as a JSON string; `undefined` when absent or not JSON. */
function parseStatements(policy) {
    if (typeof policy !== 'string' || policy.trim() === '')
        return undefined;
    try {
        const doc = JSON.parse(policy);
        return asList(doc.Statement);
    }
    catch {
        return undefined;
    }
}
/** Values of a condition key under an operator (operator and key matched case-insensitively). */
function conditionValues(statement, operator, key) {
    for (const [op, keys] of Object.entries(statement.Condition ?? {})) {
        if (op.toLowerCase() !== operator.toLowerCase())
            continue;
        for (const [k, v] of Object.entries(keys)) {
            if (k.toLowerCase() === key.toLowerCase())
                return asList(v).map(String);
        }
    }
    return [];
}
/** Condition keys a statement tests, lower-cased, under any operator. */
function conditionKeys(statement) {
    const keys = new Set();
    for (const operatorKeys of Object.values(statement.Condition ?? {})) {
        for (const key of Object.keys(operatorKeys))
            keys.add(key.toLowerCase());
    }
    return keys;
}
/** True when a statement's actions cover `action` (exact, service wildcard or `*`). */
function coversAction(statement, action) {
    const [service] = action.split(':');
    return asList(statement.Action).some((a) => a === '*' || a === action || a === `${service}:*`);
}
function isAnyPrincipal(principal) {
    if (principal === '*')
        return true;
    const aws = principal?.AWS;
    return aws !== undefined && asList(aws).includes('*');
}
function servicePrincipals(statement) {
    const service = statement.Principal?.Service;
    return asList(service);
}
