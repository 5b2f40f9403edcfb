// IPv4/IPv6 address math for ipBlocks and external peers. Addresses are bigints so that
// both families share one code path; the family travels alongside.
// Deliberately separate from validation/cidr.ts: the analyzer is the independent check of
// the generator (docs/architecture.md), and it must read what the API server accepts
// (host bits set, non-canonical IPv6) where the generator's parser refuses it.
/* eslint-disable no-bitwise */ // masks and shifts are the natural language of CIDRs

/** An address family: the external space is cut separately for each. */
export type IpFamily = 4 | 6;

/** An inclusive address interval of one family. */
export interface IpInterval {
  readonly family: IpFamily;
  readonly first: bigint;
  readonly last: bigint;
}

const MAX: Record<IpFamily, bigint> = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n };
const BITS: Record<IpFamily, bigint> = { 4: 32n, 6: 128n };

/** The whole address space of a family. */
export function fullSpace(family: IpFamily): IpInterval {
  return { family, first: 0n, last: MAX[family] };
}

/** Parses an IPv4 or IPv6 address; undefined when it is not one. */
export function parseAddress(text: string): { family: IpFamily; value: bigint } | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    const parts = text.split('.').map(Number);
    if (parts.some((p) => p > 255)) return undefined;
    return { family: 4, value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) };
  }
  return text.includes(':') ? parseIpv6(text) : undefined;
}

function parseIpv6(text: string): { family: IpFamily; value: bigint } | undefined {
  let body = text;
  let tail: bigint[] = [];
  // An embedded IPv4 suffix (::ffff:1.2.3.4) counts as two groups.
  const v4 = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (v4) {
    const parsed = parseAddress(v4[2]);
    if (!parsed || parsed.family !== 4) return undefined;
    body = v4[1].endsWith('::') ? v4[1] : v4[1].slice(0, -1);
    tail = [parsed.value >> 16n, parsed.value & 0xffffn];
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const known = head.length + rest.length + tail.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return undefined;
  const zeros = new Array<bigint>(8 - known).fill(0n);
  const all = [...head.map((g) => BigInt(`0x${g}`)), ...zeros, ...rest.map((g) => BigInt(`0x${g}`)), ...tail];
  return { family: 6, value: all.reduce((acc, g) => (acc << 16n) | g, 0n) };
}

/** Parses `address/prefix` into the interval it covers (host bits are ignored); undefined when invalid. */
export function parseCidr(text: string): IpInterval | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseAddress(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!address || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = BigInt(prefixText);
  const bits = BITS[address.family];
  if (prefix > bits) return undefined;
  const hostMask = (1n << (bits - prefix)) - 1n;
  const first = address.value & ~hostMask & MAX[address.family];
  return { family: address.family, first, last: first | hostMask };
}

/** `base` minus every interval in `holes` (same family), as sorted disjoint intervals. */
export function subtract(base: IpInterval, holes: IpInterval[]): IpInterval[] {
  let pieces: IpInterval[] = [base];
  for (const hole of holes) {
    if (hole.family !== base.family) continue;
    const next: IpInterval[] = [];
    for (const p of pieces) {
      if (hole.last < p.first || hole.first > p.last) {
        next.push(p);
        continue;
      }
      if (hole.first > p.first) next.push({ family: p.family, first: p.first, last: hole.first - 1n });
      if (hole.last < p.last) next.push({ family: p.family, first: hole.last + 1n, last: p.last });
    }
    pieces = next;
  }
  return pieces;
}

/** Formats an address in dotted quads (IPv4) or RFC 5952 compressed form (IPv6). */
export function formatAddress(family: IpFamily, value: bigint): string {
  if (family === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
  }
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  // The longest run (first on ties) of two or more zero groups becomes `::`.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) { bestStart = i; bestLength = j - i; }
    i = j;
  }
  const hex = (gs: number[]) => gs.map((g) => g.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}

/** `first-last` as the connection list prints an external peer. */
export function formatInterval(interval: IpInterval): string {
  return `${formatAddress(interval.family, interval.first)}-${formatAddress(interval.family, interval.last)}`;
}

/**
 * Cuts each family's space at the edges of `blocks`. IPv4 is always present (np-guard's
 * model); IPv6 appears only when some block is IPv6, so IPv4-only inputs print exactly as
 * np-guard does.
 */
export function elementaryIntervals(blocks: IpInterval[]): IpInterval[] {
  const result: IpInterval[] = [];
  for (const family of [4, 6] as IpFamily[]) {
    const mine = blocks.filter((b) => b.family === family);
    if (family === 6 && mine.length === 0) continue;
    const cuts = new Set<bigint>([0n]);
    for (const b of mine) {
      cuts.add(b.first);
      if (b.last < MAX[family]) cuts.add(b.last + 1n);
    }
    const sorted = [...cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    sorted.forEach((start, i) => {
      const last = i + 1 < sorted.length ? sorted[i + 1] - 1n : MAX[family];
      result.push({ family, first: start, last });
    });
  }
  return result;
}
