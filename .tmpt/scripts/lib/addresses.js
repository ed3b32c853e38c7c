"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ADDRESS_DIR = void 0;
exports.formatAddressList = formatAddressList;
exports.readAddressLists = readAddressLists;
exports.lostAddresses = lostAddresses;
exports.lostAddressMessage = lostAddressMessage;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const synthesized_1 = require("./synthesized");
/** Where the committed address lists live: one `<stack>.txt` per stack, one address a line. */
exports.ADDRESS_DIR = (0, node_path_1.join)(__dirname, '..', '..', '__tests__', 'fixtures', 'addresses');
function formatAddressList(addresses) {
    return `${[...addresses].sort().join('\n')}\n`;
}
function readAddressLists(dir = exports.ADDRESS_DIR) {
    const lists = new Map();
    for (const file of (0, node_fs_1.readdirSync)(dir).filter((f) => f.endsWith('.txt')).sort()) {
        const lines = (0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, file), 'utf8').split('\n').map((l) => l.trim());
        lists.set((0, node_path_1.basename)(file, '.txt'), lines.filter((l) => l && !l.startsWith('#')));
    }
    return lists;
}
/**
 * Committed addresses that the synthesized app no longer has and that no `moved` block moves away
 * from. Each is a destroy (and, if re-added elsewhere, a create) at the next apply.
 */
function lostAddresses(committed, current) {
    const lost = [];
    for (const [stack, addresses] of committed) {
        const synthesized = current.get(stack);
        const present = new Set(synthesized ? (0, synthesized_1.resourceAddresses)(synthesized) : []);
        const moved = synthesized ? (0, synthesized_1.movedFrom)(synthesized) : new Map();
        for (const address of addresses) {
            const target = moved.get(address);
            if (present.has(address) || (target !== undefined && present.has(target)))
                continue;
            lost.push({ stack, address });
        }
    }
    return lost;
}
/** The failure message: what disappeared and the two ways to resolve it. */
function lostAddressMessage(lost) {
    return [
        `${lost.length} resource address${lost.length === 1 ? '' : 'es'} disappeared; Terraform would destroy ${lost.length === 1 ? 'it' : 'them'}:`,
        ...lost.map((l) => `  - ${l.stack}: ${l.address}`),
        'If you renamed or moved a construct, add a moved block: declareMove(newResource, "<old address>") or',
        'declareConstructMove(construct, "<old path>") from modules/state/moved.ts (help/plan-review.md).',
        'If the resource should really be destroyed, update the list on purpose: npm run addresses:update, and say so in the PR.',
    ].join('\n');
}
