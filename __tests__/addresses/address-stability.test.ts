import { loadEnvironments } from '../../config/load';
import { loadOrganization } from '../../config/organization';
import { lostAddressMessage, lostAddresses, readAddressLists } from '../../scripts/lib/addresses';
import { synthesizeApp } from '../../scripts/lib/synthesized';
import type { SynthesizedStack } from '../../scripts/lib/synthesized';

describe('address stability of the shipped environments', () => {
  let current: Map<string, SynthesizedStack>;
  const committed = readAddressLists();
  beforeAll(() => {
    const environments = loadEnvironments();
    current = synthesizeApp(environments, loadOrganization(environments));
  });

  it('keeps every committed resource address, or covers it with a moved block', () => {
    const lost = lostAddresses(committed, current);
    if (lost.length) throw new Error(lostAddressMessage(lost));
  });

  it('has a committed address list for every synthesized stack', () => {
    const missing = [...current.keys()].filter((stack) => !committed.has(stack));
    if (missing.length) {
      throw new Error(`No committed address list for ${missing.join(', ')}: run npm run addresses:update and commit __tests__/fixtures/addresses/`);
    }
  });
});
