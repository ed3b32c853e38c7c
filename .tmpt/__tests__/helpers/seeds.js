"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SEED_DIR = void 0;
exports.seedText = seedText;
exports.seedPolicies = seedPolicies;
exports.substitute = substitute;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
/** The seed documents live beside the repo (../shared/reference), as in CI. */
exports.SEED_DIR = (0, node_path_1.join)(__dirname, '..', '..', '..', 'shared', 'reference');
function seedText(seed) {
    const file = (0, node_fs_1.readdirSync)(exports.SEED_DIR).find((f) => f.startsWith(`${seed}_`));
    if (!file)
        throw new Error(`seed ${seed} not found in ${exports.SEED_DIR}`);
    return (0, node_fs_1.readFileSync)((0, node_path_1.join)(exports.SEED_DIR, file), 'utf8');
}
/**
 * Every `{ "Version": ... }` policy document in a seed, in order. The seeds' examples are not valid
 * JSON as printed: several carry trailing commas, and seed 000's ENI policy never closes its last
 * statement (`... } } ] }`). Both defects are repaired here, explicitly, and nowhere in our code.
 */
function seedPolicies(seed) {
    const text = seedText(seed);
    const docs = [];
    let from = 0;
    for (;;) {
        const start = text.indexOf('{ "Version"', from);
        if (start < 0)
            break;
        // Each example sits on one line of the seed text.
        const lineEnd = text.indexOf('\n', start);
        const end = (lineEnd < 0 ? text.length : lineEnd) - 1;
        const raw = text.slice(start, end + 1).replace(/,(\s*[\]}])/g, '$1');
        docs.push(parseRepaired(raw));
        from = end + 1;
    }
    return docs;
}
function parseRepaired(raw) {
    try {
        return JSON.parse(raw);
    }
    catch (e) {
        const closed = raw.replace(/\} \} \] \}$/, '} } } ] }');
        if (closed === raw)
            throw e;
        return JSON.parse(closed);
    }
}
/** Replaces the seed's placeholders with concrete values, in every string of a JSON value. */
function substitute(value, replacements) {
    let text = JSON.stringify(value);
    for (const [from, to] of replacements)
        text = text.split(from).join(to);
    return JSON.parse(text);
}
