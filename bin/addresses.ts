import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../catalog/errors';
import { formatAddressList, lostAddressMessage, lostAddresses, readAddressLists } from '../review/addresses';
import { readSynthesizedStacks, resourceAddresses } from '../review/synthesized';

export const ADDRESSES_USAGE = `Usage: bedrock-private addresses [--update]

Compares the synthesized stacks (CDKTF_OUTDIR, else ./cdktf.out) with the committed address lists in
./addresses (one <stack>.txt per stack, one resource address a line) and fails when an address disappeared
without a moved block: Terraform would destroy that resource at the next apply. --update rewrites the lists
from the synthesized stacks, on purpose, and prints what it dropped.`;

const LISTS = 'addresses';

/** `bedrock-private addresses [--update]`: 0 when every committed address is kept, 1 when one is lost. */
export function runAddresses(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${ADDRESSES_USAGE}\n`);
    return 0;
  }
  const unknown = argv.find((a) => a !== '--update');
  if (unknown !== undefined) throw new UserError(`unexpected argument "${unknown}". Run "bedrock-private addresses --help" for the options.`);
  const outdir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
  const stacks = readSynthesizedStacks(outdir);
  const committed = existsSync(LISTS) ? readAddressLists(LISTS) : new Map<string, string[]>();
  const lost = lostAddresses(committed, stacks);

  if (argv.includes('--update')) {
    mkdirSync(LISTS, { recursive: true });
    for (const file of readdirSync(LISTS).filter((f) => f.endsWith('.txt') && !stacks.has(f.slice(0, -4)))) rmSync(join(LISTS, file));
    for (const [name, stack] of stacks) {
      writeFileSync(join(LISTS, `${name}.txt`), formatAddressList(resourceAddresses(stack)));
      process.stdout.write(`${name}: ${resourceAddresses(stack).length} addresses\n`);
    }
    for (const l of lost) process.stdout.write(`dropped ${l.stack}: ${l.address}\n`);
    return 0;
  }
  if (lost.length) {
    process.stderr.write(`${lostAddressMessage(lost, 'bedrock-private addresses --update')}\n`);
    return 1;
  }
  const missing = [...stacks.keys()].filter((name) => !committed.has(name));
  if (missing.length) {
    process.stderr.write(`No committed address list for ${missing.join(', ')}: run bedrock-private addresses --update and commit ${LISTS}/.\n`);
    return 1;
  }
  process.stdout.write(`addresses: every committed address of ${stacks.size} stacks is kept\n`);
  return 0;
}
