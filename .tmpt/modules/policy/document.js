"use strict";
/**
 * Typed IAM policy documents. Every policy in this repo (identity, key, bucket, endpoint, trust)
 * is built from these objects and serialized in one place, so scanners (checkov) and tests read
 * literal JSON rather than opaque HCL or tokens.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.policyDocument = policyDocument;
exports.policyJson = policyJson;
exports.compactConditions = compactConditions;
/**
 * Builds a document and rejects statements that cannot be valid where they are used:
 * a resource policy statement needs a principal, an identity policy statement must not have one.
 */
function policyDocument(kind, statements, id) {
    if (statements.length === 0)
        throw new Error('A policy document needs at least one statement.');
    const sids = new Set();
    statements.forEach((s, i) => {
        const where = s.Sid ? `statement "${s.Sid}"` : `statement #${i + 1}`;
        if (kind === 'resource' && s.Principal === undefined) {
            throw new Error(`${where} has no Principal; resource policies (bucket, key, endpoint, trust) need one.`);
        }
        if (kind === 'identity' && s.Principal !== undefined) {
            throw new Error(`${where} has a Principal; identity policies must not name one.`);
        }
        if (s.Sid !== undefined) {
            if (sids.has(s.Sid))
                throw new Error(`Duplicate Sid "${s.Sid}" in one policy document.`);
            sids.add(s.Sid);
        }
    });
    return id === undefined ? { Version: '2012-10-17', Statement: statements } : { Version: '2012-10-17', Id: id, Statement: statements };
}
/**
 * The one place policies become JSON. Terraform references inside (for example a VPC id) are cdktf
 * string tokens; they resolve to `${aws_vpc.x.id}` interpolations inside this literal JSON string.
 */
function policyJson(doc) {
    return JSON.stringify(doc);
}
/** Drops condition keys whose value list is empty, so optional lists (exempt principals, org id) vanish cleanly. */
function compactConditions(conditions) {
    const out = {};
    for (const [op, keys] of Object.entries(conditions)) {
        const kept = {};
        for (const [key, value] of Object.entries(keys)) {
            if (value === undefined)
                continue;
            if (Array.isArray(value) && value.length === 0)
                continue;
            kept[key] = value;
        }
        if (Object.keys(kept).length > 0)
            out[op] = kept;
    }
    return out;
}
