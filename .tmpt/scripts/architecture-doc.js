"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const layers_1 = require("./lib/layers");
/**
 * `npm run docs:architecture`: redraws the layer section of help/architecture.md from the layer rule
 * (.dependency-cruiser.cjs). The architecture test fails when the two drift, so run this after
 * changing a layer.
 */
const doc = (0, node_fs_1.readFileSync)(layers_1.ARCHITECTURE_DOC, 'utf8');
const next = (0, layers_1.withLayers)(doc, (0, layers_1.loadLayers)());
if (next !== doc)
    (0, node_fs_1.writeFileSync)(layers_1.ARCHITECTURE_DOC, next);
console.log(next === doc ? 'help/architecture.md: layers already up to date' : 'help/architecture.md: layers redrawn');
