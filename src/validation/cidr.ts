// Strict CIDR parsing for NetworkPolicy ipBlocks (IPv4 and IPv6).
//
// Choice: a CIDR whose host bits are set (10.0.0.1/8) is rejected, with the normalized
// network (10.0.0.0/8) as the fix. The API server accepts it and silently means the
// network, which hides typos such as /8 for /32. IPv6 must also be written in its
// canonical form (RFC 5952: lowercase, shortest), which is what the API server warns
// about on Kubernetes 1.33+ and what a reader can compare by eye.
/* eslint-disable no-bitwise */ // masks and shifts are the natural language of CIDRs
import { InputSite, at, fail } from './validation-error';

/** The IP family of an address or CIDR. */
export type IpFamily = 'ipv4' | 'ipv6';

/** A parsed CIDR: the network as a 32- or 128-bit integer and the prefix length. */
export interface ParsedCidr {
  readonly family: IpFamily;
  /** The address part as an integer (host bits are zero after validation). */
  readonly address: bigint;
  readonly prefix: number;
  /** The canonical text, e.g. `10.0.0.0/8` or `2001:db8::/32`. */
  readonly text: string;
}

const BITS: Record<IpFamily, number> = { ipv4: 32, ipv6: 128 };

const V4_OCTET = /^(0|[1-9][0-9]{0,2})$/;
const DECIMAL = /^(0|[1-9][0-9]*)$/;
const V6_GROUP = /^[0-9a-fA-F]{1,4}$/;

/** Parses a dotted IPv4 address; undefined when it is not one. */
export function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!V4_OCTET.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

/** Parses an IPv6 address (with `::` and an optional trailing dotted IPv4); undefined when it is not one. */
export function parseIpv6(text: string): bigint | undefined {
  if (!text.includes(':')) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string): bigint[] | undefined => {
    if (half === '') return [];
    const out: bigint[] = [];
    const items = half.split(':');
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (i === items.length - 1 && item.includes('.')) {
        const v4 = parseIpv4(item);
        if (v4 === undefined) return undefined;
        out.push(v4 >> 16n, v4 & 0xffffn);
      } else if (V6_GROUP.test(item)) {
        out.push(BigInt(parseInt(item, 16)));
      } else {
        return undefined;
      }
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (head === undefined || tail === undefined) return undefined;
  // A trailing dotted IPv4 may only end the address, never stand before `::`.
  if (halves.length === 2 && halves[0].includes('.')) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...new Array<bigint>(halves.length === 2 ? missing : 0).fill(0n), ...tail];
  return all.reduce((acc, g) => (acc << 16n) | g, 0n);
}

/** Formats an address in canonical form (IPv4 dotted, IPv6 per RFC 5952). */
export function formatIp(family: IpFamily, address: bigint): string {
  if (family === 'ipv4') {
    return [24n, 16n, 8n, 0n].map((s) => String((address >> s) & 0xffn)).join('.');
  }
  const groups: number[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(Number((address >> s) & 0xffffn));
  // RFC 5952: compress the longest run (first on ties) of two or more zero groups.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  const hex = (gs: number[]) => gs.map((g) => g.toString(16)).join(':');
  if (best < 0) return hex(groups);
  return `${hex(groups.slice(0, best))}::${hex(groups.slice(best + bestLen))}`;
}

/**
 * Parses and validates a CIDR given at `site`. Throws a ValidationError for a malformed
 * address, a missing or out-of-range mask, set host bits or a non-canonical IPv6 form.
 */
export function parseCidr(site: InputSite, text: string): ParsedCidr {
  if (typeof text !== 'string' || text.trim() === '') {
    return fail(site, text ?? '', 'a cidr must not be empty', 'give a network such as 10.0.0.0/8 or 2001:db8::/32');
  }
  const slash = text.indexOf('/');
  if (slash < 0) {
    const family = parseIpv4(text) !== undefined ? 'ipv4' : parseIpv6(text) !== undefined ? 'ipv6' : undefined;
    const hint = family ? `write ${text}/${BITS[family]} for a single address, or add the network's prefix length` : 'add a prefix length such as /24';
    return fail(site, text, 'the prefix length (mask) is missing', hint);
  }
  const addrText = text.slice(0, slash);
  const maskText = text.slice(slash + 1);
  const v4 = parseIpv4(addrText);
  const v6 = v4 === undefined ? parseIpv6(addrText) : undefined;
  if (v4 === undefined && v6 === undefined) {
    const problem = addrText.includes(':')
      ? 'the address is not a valid ipv6 address'
      : 'the address is not a valid ipv4 address (four decimal octets 0-255, no leading zeros)';
    return fail(site, text, problem, 'write the network address, e.g. 10.0.0.0/8 or 2001:db8::/32');
  }
  const family: IpFamily = v4 !== undefined ? 'ipv4' : 'ipv6';
  const address = (v4 ?? v6) as bigint;
  const bits = BITS[family];
  if (!DECIMAL.test(maskText) || Number(maskText) > bits) {
    return fail(site, text, `the prefix length must be a whole number from 0 to ${bits} for ${family}`, `write e.g. ${formatIp(family, address)}/${bits === 32 ? 24 : 64}`);
  }
  const prefix = Number(maskText);
  const hostMask = (1n << BigInt(bits - prefix)) - 1n;
  const network = address & ~hostMask;
  const canonical = `${formatIp(family, network)}/${prefix}`;
  if (network !== address) {
    return fail(site, text, `host bits are set after /${prefix}`, `write the network address ${canonical} (or a longer prefix for a smaller range)`);
  }
  if (canonical !== text) {
    return fail(site, text, `the ${family} cidr is not in canonical form`, `write ${canonical}`);
  }
  return { family, address: network, prefix, text: canonical };
}

/** True when `inner` lies inside `outer` and is smaller (a strict subset). */
export function isStrictSubset(outer: ParsedCidr, inner: ParsedCidr): boolean {
  if (outer.family !== inner.family || inner.prefix <= outer.prefix) return false;
  const bits = BigInt(BITS[outer.family] - outer.prefix);
  return (inner.address >> bits) === (outer.address >> bits);
}

/**
 * Validates an ipBlock: `cidr` and every `except` entry parse, share the family, and each
 * `except` is a strict subset of `cidr` (the API server rejects anything else).
 * Fields are named `<cidrField>` and `<exceptField>[i]`.
 */
export function validateIpBlock(
  constructPath: string,
  cidr: string,
  except: readonly string[] = [],
  cidrField = 'cidr',
  exceptField = 'except',
): { cidr: ParsedCidr; except: ParsedCidr[] } {
  const site: InputSite = { constructPath, field: cidrField };
  const outer = parseCidr(site, cidr);
  const inner = except.map((e, i) => {
    const eSite = at(site, `${exceptField}[${i}]`);
    const parsed = parseCidr(eSite, e);
    if (parsed.family !== outer.family) {
      return fail(eSite, e, `it is ${parsed.family} but ${cidrField} "${cidr}" is ${outer.family}`, `use ${outer.family} ranges inside ${cidr} in ${exceptField}, or a separate ${parsed.family} rule`);
    }
    if (!isStrictSubset(outer, parsed)) {
      return fail(eSite, e, `it is not a strict subset of ${cidrField} "${cidr}" (the api server rejects it)`, `list only ranges inside ${cidr} that are smaller than it`);
    }
    return parsed;
  });
  const seen = new Set<string>();
  inner.forEach((p, i) => {
    if (seen.has(p.text)) {
      fail(at(site, `${exceptField}[${i}]`), p.text, 'it is listed twice', 'remove the duplicate');
    }
    seen.add(p.text);
  });
  return { cidr: outer, except: inner };
}
