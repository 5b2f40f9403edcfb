// Immutable sets of (protocol, port) as sorted, merged ranges per protocol.

/** The three protocols NetworkPolicy knows, in the order the connection list prints them. */
export const PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const;
/** One of PROTOCOLS. */
export type Protocol = typeof PROTOCOLS[number];

const MIN_PORT = 1;
const MAX_PORT = 65535;

/** Flat [start, end, start, end, ...], ascending and merged. */
type Ranges = readonly number[];

/** A set of ports for each of SCTP, TCP and UDP. */
export class PortSet {
  /** Nothing allowed. */
  public static readonly EMPTY = new PortSet([[], [], []]);
  /** Every port of every protocol. */
  public static readonly ALL = new PortSet(PROTOCOLS.map(() => [MIN_PORT, MAX_PORT]));

  /** All ports `start`-`end` (inclusive, clamped to 1-65535) of one protocol. */
  public static range(protocol: Protocol, start: number, end: number): PortSet {
    const from = Math.max(MIN_PORT, start);
    const to = Math.min(MAX_PORT, end);
    if (from > to) return PortSet.EMPTY;
    return new PortSet(PROTOCOLS.map((p) => (p === protocol ? [from, to] : [])));
  }

  /** Every port of one protocol. */
  public static protocol(protocol: Protocol): PortSet {
    return PortSet.range(protocol, MIN_PORT, MAX_PORT);
  }

  private constructor(private readonly ranges: readonly Ranges[]) {}

  /** True when nothing is allowed. */
  public get isEmpty(): boolean {
    return this === PortSet.EMPTY || this.ranges.every((r) => r.length === 0);
  }

  /** True when every port of all three protocols is allowed. */
  public get isAll(): boolean {
    return this === PortSet.ALL || this.ranges.every((r) => r.length === 2 && r[0] === MIN_PORT && r[1] === MAX_PORT);
  }

  /** The ports in this set or in `other`. */
  public union(other: PortSet): PortSet {
    if (this.isAll || other.isEmpty) return this;
    if (other.isAll || this.isEmpty) return other;
    return new PortSet(this.ranges.map((r, i) => unionRanges(r, other.ranges[i])));
  }

  /** The ports in both sets. */
  public intersect(other: PortSet): PortSet {
    if (this.isAll || other.isEmpty) return other;
    if (other.isAll || this.isEmpty) return this;
    const result = new PortSet(this.ranges.map((r, i) => intersectRanges(r, other.ranges[i])));
    return result.isEmpty ? PortSet.EMPTY : result;
  }

  /** True when every port `start`-`end` of `protocol` is in the set. */
  public containsRange(protocol: Protocol, start: number, end: number): boolean {
    const r = this.ranges[PROTOCOLS.indexOf(protocol)];
    for (let i = 0; i < r.length; i += 2) {
      if (r[i] <= start && end <= r[i + 1]) return true;
    }
    return false;
  }

  /** The ranges of each protocol with at least one port, in print order. */
  public entries(): { protocol: Protocol; start: number; end: number }[] {
    const out: { protocol: Protocol; start: number; end: number }[] = [];
    PROTOCOLS.forEach((protocol, i) => {
      const r = this.ranges[i];
      for (let j = 0; j < r.length; j += 2) out.push({ protocol, start: r[j], end: r[j + 1] });
    });
    return out;
  }

  /** np-guard's connections field: `All Connections` or `SCTP 7070,TCP 8080-8081,UDP 9090`. */
  public toString(): string {
    if (this.isAll) return 'All Connections';
    const parts: string[] = [];
    PROTOCOLS.forEach((protocol, i) => {
      const r = this.ranges[i];
      if (r.length === 0) return;
      const spans: string[] = [];
      for (let j = 0; j < r.length; j += 2) spans.push(r[j] === r[j + 1] ? `${r[j]}` : `${r[j]}-${r[j + 1]}`);
      parts.push(`${protocol} ${spans.join(',')}`);
    });
    return parts.join(',');
  }
}

function unionRanges(a: Ranges, b: Ranges): Ranges {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const pairs: [number, number][] = [];
  for (let i = 0; i < a.length; i += 2) pairs.push([a[i], a[i + 1]]);
  for (let i = 0; i < b.length; i += 2) pairs.push([b[i], b[i + 1]]);
  pairs.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [s, e] of pairs) {
    // Adjacent ranges merge too: 80-80 and 81-90 print as 80-90.
    if (out.length > 0 && s <= out[out.length - 1] + 1) {
      out[out.length - 1] = Math.max(out[out.length - 1], e);
    } else {
      out.push(s, e);
    }
  }
  return out;
}

function intersectRanges(a: Ranges, b: Ranges): Ranges {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i], b[j]);
    const e = Math.min(a[i + 1], b[j + 1]);
    if (s <= e) out.push(s, e);
    if (a[i + 1] < b[j + 1]) i += 2; else j += 2;
  }
  return out;
}
