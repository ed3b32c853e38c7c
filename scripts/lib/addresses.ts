import { join } from 'node:path';
import { LostAddress, lostAddressMessage as message, readAddressLists as readLists } from '../../review/addresses';

// The address-list logic ships with plan review (review/addresses.ts, `bedrock-private addresses`); this
// repository keeps its own lists under the tests.
export { formatAddressList, lostAddresses } from '../../review/addresses';
export type { LostAddress } from '../../review/addresses';

/** Where this repository's committed address lists live: one `<stack>.txt` per stack, one address a line. */
export const ADDRESS_DIR = join(__dirname, '..', '..', '__tests__', 'fixtures', 'addresses');

export function readAddressLists(dir = ADDRESS_DIR): Map<string, string[]> {
  return readLists(dir);
}

/** The failure message: what disappeared and the two ways to resolve it. */
export function lostAddressMessage(lost: readonly LostAddress[]): string {
  return message(lost, 'npm run addresses:update');
}
