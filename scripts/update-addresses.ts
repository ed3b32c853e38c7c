import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadEnvironments } from '../config/load';
import { loadOrganization } from '../config/organization';
import { ADDRESS_DIR, formatAddressList, lostAddresses, readAddressLists } from './lib/addresses';
import { resourceAddresses, synthesizeApp } from './lib/synthesized';
import { runEntryPoint } from '../catalog/errors';

/** The platform repository template keeps its own lists (examples/platform/addresses), of its own config. */
const TEMPLATE = join(__dirname, '..', 'examples', 'platform');

/**
 * Rewrites __tests__/fixtures/addresses/<stack>.txt from the current synth, and the template's
 * examples/platform/addresses/<stack>.txt from a synth of its config. Run it on purpose only: it is how a
 * PR says "these resources go away". Prints what it drops so the reviewer sees it too.
 */
runEntryPoint({ name: 'addresses:update', exitCode: 1 }, () => {
  const targets = [
    { lists: ADDRESS_DIR, environments: undefined, organization: undefined },
    { lists: join(TEMPLATE, 'addresses'), environments: join(TEMPLATE, 'config', 'environments'), organization: join(TEMPLATE, 'config', 'organization.json') },
  ];
  for (const target of targets) {
    const environments = loadEnvironments(target.environments);
    const stacks = synthesizeApp(environments, loadOrganization(environments, target.organization));
    mkdirSync(target.lists, { recursive: true });
    const dropped = lostAddresses(readAddressLists(target.lists), stacks);
    for (const file of readdirSync(target.lists).filter((f) => f.endsWith('.txt'))) {
      if (!stacks.has(file.slice(0, -4))) rmSync(join(target.lists, file));
    }
    for (const [name, stack] of stacks) {
      writeFileSync(join(target.lists, `${name}.txt`), formatAddressList(resourceAddresses(stack)));
      console.log(`${relative(join(__dirname, '..'), target.lists)}/${name}.txt: ${resourceAddresses(stack).length} addresses`);
    }
    for (const d of dropped) console.log(`dropped ${d.stack}: ${d.address}`);
  }
});
