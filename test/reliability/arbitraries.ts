// fast-check generators of valid inputs (ports, CIDRs with excepts, hosts, paths, names,
// labels) and of values that are certainly invalid, for the property tests.
/* eslint-disable no-bitwise */ // CIDR masks, as in src/validation/cidr.ts
import * as fc from 'fast-check';
import { PolicyPort } from '../../src';
import { formatIp, IpFamily } from '../../src/validation/cidr';

/** Runs per property (FC_RUNS=10000 for a longer run) and the seed (FC_SEED to replay). */
export const FC_RUNS = Number(process.env.FC_RUNS ?? 1000);
export const FC_SEED = Number(process.env.FC_SEED ?? 20261128);
export const fcParams = (numRuns = FC_RUNS): fc.Parameters<unknown> => ({ numRuns, seed: FC_SEED });

const BITS: Record<IpFamily, number> = { ipv4: 32, ipv6: 128 };

/** A CIDR as text with the numbers the tests compute the expected address ranges from. */
export interface CidrSample {
  readonly text: string;
  readonly family: IpFamily;
  readonly first: bigint;
  readonly last: bigint;
  readonly prefix: number;
}

function sample(family: IpFamily, address: bigint, prefix: number): CidrSample {
  const host = (1n << BigInt(BITS[family] - prefix)) - 1n;
  const first = address & ~host;
  return { text: `${formatIp(family, first)}/${prefix}`, family, first, last: first | host, prefix };
}

/** A canonical CIDR of `family` (host bits zero), prefix at least `minPrefix`. */
export function cidrOf(family: IpFamily, minPrefix = 0): fc.Arbitrary<CidrSample> {
  const bits = BITS[family];
  return fc.tuple(fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n }), fc.integer({ min: minPrefix, max: bits }))
    .map(([address, prefix]) => sample(family, address, prefix));
}

/** A CIDR below 32/128 bits with 0-3 distinct excepts, each a strict subset of it. */
export const ipBlock: fc.Arbitrary<{ cidr: CidrSample; except: CidrSample[] }> = fc.constantFrom<IpFamily>('ipv4', 'ipv6')
  .chain((family) => cidrOf(family).filter((c) => c.prefix < BITS[family]).chain((cidr) => {
    const inner = fc.tuple(fc.bigInt({ min: cidr.first, max: cidr.last }), fc.integer({ min: cidr.prefix + 1, max: BITS[family] }))
      .map(([address, prefix]) => sample(family, address, prefix));
    return fc.uniqueArray(inner, { maxLength: 3, selector: (e) => e.text }).map((except) => ({ cidr, except }));
  }));

export const port = fc.integer({ min: 1, max: 65535 });
const range = fc.tuple(port, port).map(([a, b]) => (a <= b ? [a, b] : [b, a]));

/** Any numbered or whole-protocol PolicyPort (named ports only match pods, see the named arbitrary). */
export const policyPort: fc.Arbitrary<PolicyPort> = fc.oneof(
  port.map((p) => PolicyPort.tcp(p)),
  port.map((p) => PolicyPort.udp(p)),
  port.map((p) => PolicyPort.sctp(p)),
  range.map(([a, b]) => PolicyPort.tcpRange(a, b)),
  range.map(([a, b]) => PolicyPort.udpRange(a, b)),
  range.map(([a, b]) => PolicyPort.sctpRange(a, b)),
  fc.constantFrom(PolicyPort.allTcp(), PolicyPort.allUdp(), PolicyPort.allSctp()),
);

/** A DNS-1123 label of 1 to `max` characters. */
export const dnsLabel = (max = 20): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[a-z0-9]([a-z0-9-]{0,${max - 2}}[a-z0-9])?$`));
/** A DNS-1035 label (starts with a letter). */
export const dns1035Label = (max = 20): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[a-z]([a-z0-9-]{0,${max - 2}}[a-z0-9])?$`));

/** An Ingress host: 2-4 labels, optionally a leading `*.` wildcard. */
export const host: fc.Arbitrary<string> = fc.tuple(fc.boolean(), fc.array(dnsLabel(12), { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'example', 'io'))
  .map(([wild, labels, tld]) => `${wild ? '*.' : ''}${[...labels, tld].join('.')}`);

/** An Ingress path valid for every path type: `/` or `/seg[/seg...]`, optional trailing `/`. */
export const ingressPath: fc.Arbitrary<string> = fc.tuple(fc.array(fc.stringMatching(/^[a-zA-Z0-9_~-][a-zA-Z0-9_.~-]{0,7}$/), { maxLength: 3 }), fc.boolean())
  .map(([segs, slash]) => (segs.length === 0 ? '/' : `/${segs.join('/')}${slash ? '/' : ''}`))
  .filter((p) => !p.split('/').some((s) => s === '.' || s === '..'));

/** A label map of 1-3 entries with valid keys and values. */
export const labels: fc.Arbitrary<Record<string, string>> = fc.dictionary(
  fc.tuple(fc.option(fc.constantFrom('example.com', 'app.kubernetes.io'), { nil: undefined }), fc.stringMatching(/^[a-zA-Z0-9]([a-zA-Z0-9._-]{0,10}[a-zA-Z0-9])?$/))
    .map(([prefix, name]) => (prefix ? `${prefix}/${name}` : name)),
  fc.stringMatching(/^([a-zA-Z0-9]([a-zA-Z0-9._-]{0,10}[a-zA-Z0-9])?)?$/),
  { minKeys: 1, maxKeys: 3 },
);

/** Numbers that are not ports: 0, negatives, above 65535, fractions, NaN and infinities. */
export const badPort: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -100000, max: 0 }),
  fc.integer({ min: 65536, max: 10_000_000 }),
  fc.double({ min: 1, max: 65535, noNaN: true }).filter((d) => !Number.isInteger(d)),
  fc.constantFrom(NaN, Infinity, -Infinity),
);

/** Strings that are certainly not a canonical CIDR: a valid one broken in one place. */
export const badCidr: fc.Arbitrary<string> = fc.oneof(
  cidrOf('ipv4').map((c) => c.text.replace(/\/\d+$/, '')), // no mask
  cidrOf('ipv4').map((c) => c.text.replace(/\/\d+$/, '/33')),
  cidrOf('ipv6').map((c) => c.text.replace(/\/\d+$/, '/129')),
  cidrOf('ipv4', 0).filter((c) => c.prefix < 32).map((c) => `${formatIp('ipv4', c.last)}/${c.prefix}`), // host bits
  cidrOf('ipv6', 0).filter((c) => c.prefix < 128).map((c) => `${formatIp('ipv6', c.last)}/${c.prefix}`),
  fc.tuple(fc.integer({ min: 256, max: 999 }), cidrOf('ipv4')).map(([o, c]) => c.text.replace(/^\d+/, String(o))),
  cidrOf('ipv6').filter((c) => /[a-f]/.test(c.text)).map((c) => c.text.toUpperCase()),
  fc.string().map((s) => `x${s}`),
);

/** Hosts that are certainly invalid. */
export const badHost: fc.Arbitrary<string> = fc.oneof(
  host.filter((h) => /[a-z]/.test(h)).map((h) => h.toUpperCase()),
  host.map((h) => `${h}:8080`),
  host.map((h) => `a.*.${h.replace(/^\*\./, '')}`),
  host.map((h) => `${h}_x`),
  fc.constantFrom('', '*', '203.0.113.10', '2001:db8::1', `${'a'.repeat(250)}.com`),
);

/** Names that are certainly not DNS-1123 labels. */
export const badName: fc.Arbitrary<string> = fc.oneof(
  dnsLabel(20).filter((n) => /[a-z]/.test(n)).map((n) => n.toUpperCase()),
  dnsLabel(20).map((n) => `${n}_x`),
  dnsLabel(20).map((n) => `-${n}`),
  fc.constant('a'.repeat(64)),
  fc.constant(''),
);
