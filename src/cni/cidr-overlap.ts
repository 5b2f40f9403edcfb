// Pod-CIDR overlap for the CNI check, on top of the house CIDR parser (src/validation/cidr.ts).
import { parseCidr, ParsedCidr } from '../validation/cidr';
import { InputSite } from '../validation/validation-error';

/** A pod CIDR as given and parsed. */
export interface PodCidr {
  readonly text: string;
  readonly parsed: ParsedCidr;
}

/** Parses the `podCidrs` option; throws a ValidationError naming `constructPath` and `podCidrs[i]`. */
export function parsePodCidrs(cidrs: readonly string[], constructPath: string): PodCidr[] {
  return cidrs.map((text, i) => ({ text, parsed: parseCidr({ constructPath, field: `podCidrs[${i}]` }, text) }));
}

/** Parses an ipBlock cidr from a manifest we did not write; undefined when it is malformed (not ours to report). */
export function parseManifestCidr(text: string): ParsedCidr | undefined {
  const site: InputSite = { constructPath: 'manifest', field: 'ipBlock.cidr' };
  try {
    return parseCidr(site, text);
  } catch {
    return undefined;
  }
}

/** True when the two ranges share at least one address. */
export function cidrsOverlap(a: ParsedCidr, b: ParsedCidr): boolean {
  if (a.family !== b.family) return false;
  const width = a.family === 'ipv6' ? 128 : 32;
  // Same network bits up to the shorter prefix (bigint division drops the host bits).
  const hostSpan = 2n ** BigInt(width - Math.min(a.prefix, b.prefix));
  return a.address / hostSpan === b.address / hostSpan;
}
