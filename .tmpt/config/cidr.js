"use strict";
/** Minimal IPv4 CIDR arithmetic for deriving per-AZ subnets from the VPC block at synth time. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseCidr = parseCidr;
exports.formatCidr = formatCidr;
exports.cidrSubnet = cidrSubnet;
exports.cidrContains = cidrContains;
exports.cidrsOverlap = cidrsOverlap;
const CIDR_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
/** Parses `a.b.c.d/n`; returns undefined when malformed or when host bits are set. */
function parseCidr(text) {
    const m = CIDR_RE.exec(text);
    if (!m)
        return undefined;
    const octets = m.slice(1, 5).map(Number);
    const prefix = Number(m[5]);
    if (octets.some((o) => o > 255) || prefix > 32)
        return undefined;
    const network = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
    if ((network & hostMask(prefix)) !== 0)
        return undefined;
    return { network, prefix };
}
function formatCidr(c) {
    const n = c.network;
    return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}/${c.prefix}`;
}
function hostMask(prefix) {
    return prefix === 0 ? 0xffffffff : (2 ** (32 - prefix) - 1) >>> 0;
}
/** Terraform's cidrsubnet(): the `index`-th block of `prefix + newBits` inside `parent`. */
function cidrSubnet(parent, newBits, index) {
    const prefix = parent.prefix + newBits;
    if (prefix > 32)
        throw new Error(`cannot add ${newBits} bits to /${parent.prefix}`);
    if (index < 0 || index >= 2 ** newBits)
        throw new Error(`index ${index} does not fit in ${newBits} bits`);
    return { network: (parent.network + index * 2 ** (32 - prefix)) >>> 0, prefix };
}
function cidrContains(outer, inner) {
    if (inner.prefix < outer.prefix)
        return false;
    const size = 2 ** (32 - outer.prefix);
    return inner.network >= outer.network && inner.network < outer.network + size;
}
function cidrsOverlap(a, b) {
    return cidrContains(a, b) || cidrContains(b, a);
}
