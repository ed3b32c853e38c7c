"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const load_1 = require("../config/load");
const addresses_1 = require("./lib/addresses");
const synthesized_1 = require("./lib/synthesized");
const synthesized_2 = require("./lib/synthesized");
/**
 * Rewrites __tests__/fixtures/addresses/<stack>.txt from the current synth. Run it on purpose only:
 * it is how a PR says "these resources go away". Prints what it drops so the reviewer sees it too.
 */
const stacks = (0, synthesized_1.synthesizeApp)((0, load_1.loadEnvironments)());
(0, node_fs_1.mkdirSync)(addresses_1.ADDRESS_DIR, { recursive: true });
const dropped = (0, addresses_1.lostAddresses)((0, addresses_1.readAddressLists)(), stacks);
for (const file of (0, node_fs_1.readdirSync)(addresses_1.ADDRESS_DIR).filter((f) => f.endsWith('.txt'))) {
    if (!stacks.has(file.slice(0, -4)))
        (0, node_fs_1.rmSync)((0, node_path_1.join)(addresses_1.ADDRESS_DIR, file));
}
for (const [name, stack] of stacks) {
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(addresses_1.ADDRESS_DIR, `${name}.txt`), (0, addresses_1.formatAddressList)((0, synthesized_2.resourceAddresses)(stack)));
    console.log(`${name}: ${(0, synthesized_2.resourceAddresses)(stack).length} addresses`);
}
for (const d of dropped)
    console.log(`dropped ${d.stack}: ${d.address}`);
