"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ARCHITECTURE_DOC = exports.REPO_ROOT = void 0;
exports.loadLayers = loadLayers;
exports.renderLayers = renderLayers;
exports.withLayers = withLayers;
const node_module_1 = require("node:module");
const node_path_1 = require("node:path");
exports.REPO_ROOT = (0, node_path_1.join)(__dirname, '..', '..');
exports.ARCHITECTURE_DOC = (0, node_path_1.join)(exports.REPO_ROOT, 'help', 'architecture.md');
const BEGIN_MARK = '<!-- layers:begin';
const BEGIN = `${BEGIN_MARK} (generated from .dependency-cruiser.cjs by npm run docs:architecture; do not edit) -->`;
const END = '<!-- layers:end -->';
/** The layer table the lint rule is generated from: one source for the rule and the picture of it. */
function loadLayers() {
    return (0, node_module_1.createRequire)(__filename)((0, node_path_1.join)(exports.REPO_ROOT, '.dependency-cruiser.cjs')).LAYERS;
}
const nodeId = (name) => name.replace(/\W+/g, '_');
const shownPath = (path) => (path.endsWith('.ts') ? path : `${path}/`);
/** The generated section: a mermaid graph of who may import whom, and the table behind it. */
function renderLayers(layers) {
    const graph = [
        '```mermaid',
        'flowchart TD',
        ...layers.map((l) => `  ${nodeId(l.name)}["${l.paths.map(shownPath).join(' ')}"]`),
        ...layers.flatMap((l) => l.uses.map((u) => `  ${nodeId(l.name)} --> ${nodeId(u)}`)),
        '```',
    ];
    const table = [
        '| Layer | Files | May import | Must not import | Holds |',
        '| --- | --- | --- | --- | --- |',
        ...layers.map((l) => `| ${l.name} | ${l.paths.map((p) => `\`${shownPath(p)}\``).join(', ')} | ${l.uses.join(', ') || '(nothing in the project)'} | ${l.noPackages.map((p) => `\`${p}\``).join(', ') || '-'} | ${l.holds.replace(/\|/g, '\\|')} |`),
    ];
    return [BEGIN, ...graph, '', ...table, END].join('\n');
}
/** The document with its generated section replaced; throws when the markers are missing. */
function withLayers(doc, layers) {
    const start = doc.indexOf(BEGIN_MARK);
    const end = doc.indexOf(END);
    if (start < 0 || end < start)
        throw new Error(`${exports.ARCHITECTURE_DOC} lacks the "${BEGIN_MARK} -->" … "${END}" markers around the layer section`);
    return doc.slice(0, start) + renderLayers(layers) + doc.slice(end + END.length);
}
