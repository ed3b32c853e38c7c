import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SynthesizedStack, movedFrom, resourceAddresses } from './synthesized';

/**
 * Address lists: one `<stack>.txt` per stack, one resource address a line, committed beside the config
 * they come from. A synth that loses an address without a `moved` block would destroy that resource at the
 * next apply; comparing against the committed list catches it in review, before any plan runs.
 */

export function formatAddressList(addresses: readonly string[]): string {
  return `${[...addresses].sort().join('\n')}\n`;
}

/** The committed lists of a directory, by stack name (`#` starts a comment line). */
export function readAddressLists(dir: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n').map((l) => l.trim());
    lists.set(basename(file, '.txt'), lines.filter((l) => l && !l.startsWith('#')));
  }
  return lists;
}

export interface LostAddress {
  readonly stack: string;
  readonly address: string;
}

/**
 * Committed addresses that the synthesized app no longer has and that no `moved` block moves away
 * from. Each is a destroy (and, if re-added elsewhere, a create) at the next apply.
 */
export function lostAddresses(committed: ReadonlyMap<string, readonly string[]>, current: ReadonlyMap<string, SynthesizedStack>): LostAddress[] {
  const lost: LostAddress[] = [];
  for (const [stack, addresses] of committed) {
    const synthesized = current.get(stack);
    const present = new Set(synthesized ? resourceAddresses(synthesized) : []);
    const moved = synthesized ? movedFrom(synthesized) : new Map<string, string>();
    for (const address of addresses) {
      const target = moved.get(address);
      if (present.has(address) || (target !== undefined && present.has(target))) continue;
      lost.push({ stack, address });
    }
  }
  return lost;
}

/** What disappeared and the two ways to resolve it; `update` is the command that rewrites the lists. */
export function lostAddressMessage(lost: readonly LostAddress[], update: string): string {
  return [
    `${lost.length} resource address${lost.length === 1 ? '' : 'es'} disappeared; Terraform would destroy ${lost.length === 1 ? 'it' : 'them'}:`,
    ...lost.map((l) => `  - ${l.stack}: ${l.address}`),
    'If you renamed or moved a construct, add a moved block: declareMove(newResource, "<old address>") or',
    'declareConstructMove(construct, "<old path>") from modules/state/moved.ts (help/plan-review.md).',
    `If the resource should really be destroyed, update the list on purpose: ${update}, and say so in the PR.`,
  ].join('\n');
}
