import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnvironments } from '../config/load';
import { loadOrganization } from '../config/organization';
import { ADDRESS_DIR, formatAddressList, lostAddresses, readAddressLists } from './lib/addresses';
import { resourceAddresses, synthesizeApp } from './lib/synthesized';
import { runEntryPoint } from '../catalog/errors';

/**
 * Rewrites __tests__/fixtures/addresses/<stack>.txt from the current synth. Run it on purpose only:
 * it is how a PR says "these resources go away". Prints what it drops so the reviewer sees it too.
 */
runEntryPoint({ name: 'addresses:update', exitCode: 1 }, () => {
  const environments = loadEnvironments();
  const stacks = synthesizeApp(environments, loadOrganization(environments));
  mkdirSync(ADDRESS_DIR, { recursive: true });
  const dropped = lostAddresses(readAddressLists(), stacks);
  for (const file of readdirSync(ADDRESS_DIR).filter((f) => f.endsWith('.txt'))) {
    if (!stacks.has(file.slice(0, -4))) rmSync(join(ADDRESS_DIR, file));
  }
  for (const [name, stack] of stacks) {
    writeFileSync(join(ADDRESS_DIR, `${name}.txt`), formatAddressList(resourceAddresses(stack)));
    console.log(`${name}: ${resourceAddresses(stack).length} addresses`);
  }
  for (const d of dropped) console.log(`dropped ${d.stack}: ${d.address}`);
});
