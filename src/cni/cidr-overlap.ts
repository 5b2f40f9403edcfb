// Minimal CIDR parsing for the pod-CIDR overlap warning (IPv4 and IPv6).
// TODO(lead): switch to src/validation/cidr.ts once it is committed.

/** A parsed CIDR: address family, network bits as a bigint, prefix length. */
export interface ParsedCidr {
  readonly v6: boolean;
  readonly bits: bigint;
  readonly prefix: number;
}

/** Parses `10.0.0.0/8` or `fd00::/64`; undefined when it is not a CIDR. */
export function parseCidr(text: string): ParsedCidr | undefined {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(text.trim());
  if (!m) return undefined;
  const prefix = Number(m[2]);
  const v6 = m[1].includes(':');
  const bits = v6 ? parseV6(m[1]) : parseV4(m[1]);
  if (bits === undefined || prefix > (v6 ? 128 : 32)) return undefined;
  return { v6, bits, prefix };
}

/** True when the two ranges share at least one address. */
export function cidrsOverlap(a: ParsedCidr, b: ParsedCidr): boolean {
  if (a.v6 !== b.v6) return false;
  const width = a.v6 ? 128 : 32;
  const shorter = Math.min(a.prefix, b.prefix);
  // Same network bits up to the shorter prefix (bigint division drops the host bits).
  const hostSpan = 2n ** BigInt(width - shorter);
  return a.bits / hostSpan === b.bits / hostSpan;
}

function parseV4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.reduce((acc, p) => acc * 256n + BigInt(Number(p)), 0n);
}

function parseV6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return groups.reduce((acc, g) => acc * 65536n + BigInt(parseInt(g, 16)), 0n);
}

/** Parses the pod CIDRs option or throws naming `where` and the bad value. */
export function parsePodCidrs(cidrs: string[], where: string): { text: string; parsed: ParsedCidr }[] {
  return cidrs.map((text) => {
    const parsed = parseCidr(text);
    if (!parsed) {
      throw new Error(`${where}: podCidrs: '${text}' is not a CIDR; write it like 10.244.0.0/16 or fd00:10:244::/56`);
    }
    return { text, parsed };
  });
}
