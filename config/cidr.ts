/** Minimal IPv4 CIDR arithmetic for deriving per-AZ subnets from the VPC block at synth time. */

export interface Cidr {
  readonly network: number; // unsigned 32-bit
  readonly prefix: number;
}

const CIDR_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Parses `a.b.c.d/n` with any host bits; undefined when it is not an IPv4 CIDR at all. */
function parseAddressAndPrefix(text: string): { address: number; prefix: number } | undefined {
  const m = CIDR_RE.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  return { address: ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0, prefix };
}

/** Parses `a.b.c.d/n`; returns undefined when malformed or when host bits are set. */
export function parseCidr(text: string): Cidr | undefined {
  const parsed = parseAddressAndPrefix(text);
  if (!parsed || (parsed.address & hostMask(parsed.prefix)) !== 0) return undefined;
  return { network: parsed.address, prefix: parsed.prefix };
}

/** The block an address with host bits set belongs to (`10.0.1.0/20` → `10.0.0.0/20`); undefined when not a CIDR. */
export function enclosingBlock(text: string): Cidr | undefined {
  const parsed = parseAddressAndPrefix(text);
  if (!parsed) return undefined;
  return { network: (parsed.address & ~hostMask(parsed.prefix)) >>> 0, prefix: parsed.prefix };
}

export function formatCidr(c: Cidr): string {
  const n = c.network;
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}/${c.prefix}`;
}

function hostMask(prefix: number): number {
  return prefix === 0 ? 0xffffffff : (2 ** (32 - prefix) - 1) >>> 0;
}

/** Terraform's cidrsubnet(): the `index`-th block of `prefix + newBits` inside `parent`. */
export function cidrSubnet(parent: Cidr, newBits: number, index: number): Cidr {
  const prefix = parent.prefix + newBits;
  if (prefix > 32) throw new Error(`cannot add ${newBits} bits to /${parent.prefix}`);
  if (index < 0 || index >= 2 ** newBits) throw new Error(`index ${index} does not fit in ${newBits} bits`);
  return { network: (parent.network + index * 2 ** (32 - prefix)) >>> 0, prefix };
}

export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  if (inner.prefix < outer.prefix) return false;
  const size = 2 ** (32 - outer.prefix);
  return inner.network >= outer.network && inner.network < outer.network + size;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return cidrContains(a, b) || cidrContains(b, a);
}

/**
 * The first block of `prefix` at or after `from` that overlaps none of `taken`, within the same /8
 * (a suggestion for a new VPC, so it stays in the address plan the user chose); undefined if none.
 */
export function firstFreeBlock(from: Cidr, taken: readonly Cidr[]): Cidr | undefined {
  const size = 2 ** (32 - from.prefix);
  const end = ((from.network >>> 24) + 1) * 2 ** 24;
  for (let network = from.network; network + size <= end; network += size) {
    const candidate = { network, prefix: from.prefix };
    if (!taken.some((t) => cidrsOverlap(t, candidate))) return candidate;
  }
  return undefined;
}
