import { readFileSync, writeFileSync } from 'node:fs';
import { ARCHITECTURE_DOC, loadLayers, withLayers } from './lib/layers';
import { runEntryPoint } from '../catalog/errors';

/**
 * `npm run docs:architecture`: redraws the layer section of help/architecture.md from the layer rule
 * (.dependency-cruiser.cjs). The architecture test fails when the two drift, so run this after
 * changing a layer.
 */
runEntryPoint({ name: 'docs:architecture', exitCode: 1 }, () => {
  const doc = readFileSync(ARCHITECTURE_DOC, 'utf8');
  const next = withLayers(doc, loadLayers());
  if (next !== doc) writeFileSync(ARCHITECTURE_DOC, next);
  console.log(next === doc ? 'help/architecture.md: layers already up to date' : 'help/architecture.md: layers redrawn');
});
