"use strict";
/**
 * Statement-by-statement diff of IAM policy documents. Statements are matched by Sid, and statements
 * without a Sid by their position among the Sid-less ones; fields are compared as sets, because IAM
 * ignores the order of actions, resources, principals and condition values.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.diffPolicies = diffPolicies;
exports.isPolicyAttribute = isPolicyAttribute;
const FIELDS = ['Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
function asList(value) {
    if (value === undefined || value === null)
        return [];
    return (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
}
/** Flattens a field to comparable strings: `AWS: arn`, `StringEquals aws:SourceVpc = vpc-1`, `s3:GetObject`. */
function fieldValues(field, value) {
    if (value === undefined)
        return [];
    if ((field === 'Principal' || field === 'NotPrincipal') && typeof value === 'object' && value !== null) {
        return Object.entries(value).flatMap(([kind, v]) => asList(v).map((p) => `${kind}: ${p}`));
    }
    if (field === 'Condition' && typeof value === 'object' && value !== null) {
        return Object.entries(value).flatMap(([op, keys]) => Object.entries(keys ?? {}).flatMap(([key, v]) => asList(v).map((x) => `${op} ${key} = ${x}`)));
    }
    return asList(value);
}
function statementsOf(doc) {
    if (typeof doc !== 'object' || doc === null)
        return undefined;
    const statement = doc.Statement;
    if (statement === undefined)
        return undefined;
    return (Array.isArray(statement) ? statement : [statement]);
}
function keyed(statements) {
    const out = new Map();
    let unnamed = 0;
    for (const s of statements) {
        if (typeof s.Sid === 'string' && s.Sid !== '')
            out.set(`Sid "${s.Sid}"`, s);
        else
            out.set(`statement #${++unnamed} (no Sid)`, s);
    }
    return out;
}
function compare(before, after) {
    const changes = [];
    for (const field of FIELDS) {
        const b = fieldValues(field, before?.[field]);
        const a = fieldValues(field, after?.[field]);
        const added = a.filter((x) => !b.includes(x));
        const removed = b.filter((x) => !a.includes(x));
        if (added.length || removed.length)
            changes.push({ field, added, removed });
    }
    return changes;
}
function parse(text) {
    if (typeof text !== 'string')
        return text ?? undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Diffs two policy attribute values (JSON strings as they appear in a plan). */
function diffPolicies(beforeText, afterText) {
    const before = statementsOf(parse(beforeText));
    const after = statementsOf(parse(afterText));
    if (!before || !after) {
        const show = (v) => (typeof v === 'string' ? v : v === undefined ? '(known after apply)' : JSON.stringify(v));
        return { kind: 'opaque', before: show(beforeText), after: show(afterText) };
    }
    const b = keyed(before);
    const a = keyed(after);
    const changes = [];
    for (const [label, statement] of b) {
        const other = a.get(label);
        if (!other)
            changes.push({ label, kind: 'removed', fields: compare(statement, undefined) });
        else {
            const fields = compare(statement, other);
            if (fields.length)
                changes.push({ label, kind: 'changed', fields });
        }
    }
    for (const [label, statement] of a) {
        if (!b.has(label))
            changes.push({ label, kind: 'added', fields: compare(undefined, statement) });
    }
    return { kind: 'statements', changes };
}
/** Attributes that hold a policy document: `policy`, `assume_role_policy` and any other `*_policy`. */
function isPolicyAttribute(name) {
    return name === 'policy' || name.endsWith('_policy');
}
