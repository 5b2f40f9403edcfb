// Flows as comparable text: what the analyzer found, and what a spec intends, written the
// same way (`src => dst : ports`), so a property can demand that the two are equal.
import { App, Chart, Testing } from 'cdk8s';
import { PolicyPort } from '../../src';
import { AllowedConnection } from '../../src/analysis';
import { parseIpv4, parseIpv6 } from '../../src/validation/cidr';

/** A port range of one protocol (inclusive). */
export interface PortRange { readonly protocol: string; readonly start: number; readonly end: number }

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
export const ALL_PORTS: PortRange[] = PROTOCOLS.map((protocol) => ({ protocol, start: 1, end: 65535 }));

/** The ranges a PolicyPort allows (no ports at all: every port of every protocol). */
export function portRanges(ports: readonly PolicyPort[]): PortRange[] {
  if (ports.length === 0) return ALL_PORTS;
  return ports.map((p) => ({ protocol: p.protocol, start: p.port ?? 1, end: p.endPort ?? p.port ?? 65535 }));
}

/** Merged, sorted text of port ranges, e.g. `TCP 53,UDP 53-60`; `All` for every port. */
export function portsKey(ranges: readonly PortRange[]): string {
  const out: string[] = [];
  let full = 0;
  for (const protocol of PROTOCOLS) {
    const merged: Array<[number, number]> = [];
    for (const r of ranges.filter((x) => x.protocol === protocol).sort((a, b) => a.start - b.start)) {
      const last = merged[merged.length - 1];
      if (last && r.start <= last[1] + 1) last[1] = Math.max(last[1], r.end);
      else merged.push([r.start, r.end]);
    }
    if (merged.length === 1 && merged[0][0] === 1 && merged[0][1] === 65535) full++;
    out.push(...merged.map(([s, e]) => `${protocol} ${s === e ? s : `${s}-${e}`}`));
  }
  return full === PROTOCOLS.length ? 'All' : out.join(',');
}

/** The key of an analyzed connection's ports. */
export function connectionKey(c: AllowedConnection): string {
  return portsKey(c.allConnections ? ALL_PORTS : c.ports);
}

/** An address as a number (IPv4 or IPv6 text). */
export function addressValue(text: string): bigint {
  const v = parseIpv4(text) ?? parseIpv6(text);
  if (v === undefined) throw new Error(`not an address: ${text}`);
  return v;
}

/** Inclusive address intervals, merged where they touch, as `first..last` (numbers). */
export function mergeIntervals(intervals: Array<[bigint, bigint]>): string[] {
  const sorted = [...intervals].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const merged: Array<[bigint, bigint]> = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1] + 1n) last[1] = last[1] > e ? last[1] : e;
    else merged.push([s, e]);
  }
  return merged.map(([s, e]) => `${s}..${e}`);
}

/** `[first, last]` of an external peer's `ipRange` (`first-last`). */
export function externalInterval(ipRange: string): [bigint, bigint] {
  const dash = ipRange.indexOf('-');
  return [addressValue(ipRange.slice(0, dash)), addressValue(ipRange.slice(dash + 1))];
}

/**
 * Flows that touch one of `workloads` (peer ids such as `default/web[Deployment]`), one
 * line each, sorted; external destinations of one source and key are merged into one
 * line `src => external[a..b c..d] : key`.
 */
export function flowsTouching(connections: readonly AllowedConnection[], workloads: readonly string[]): string[] {
  const lines: string[] = [];
  const externals = new Map<string, Array<[bigint, bigint]>>();
  for (const c of connections) {
    if (!workloads.includes(c.source.id) && !workloads.includes(c.destination.id)) continue;
    const key = connectionKey(c);
    if (c.destination.external) {
      const group = `${c.source.id}|${key}`;
      externals.set(group, [...(externals.get(group) ?? []), externalInterval(c.destination.ipRange!)]);
    } else if (c.source.external) {
      lines.push(`external => ${c.destination.id} : ${key}`);
    } else {
      lines.push(`${c.source.id} => ${c.destination.id} : ${key}`);
    }
  }
  for (const [group, intervals] of externals) {
    const [source, key] = group.split('|');
    lines.push(`${source} => external[${mergeIntervals(intervals).join(' ')}] : ${key}`);
  }
  return [...new Set(lines)].sort();
}

/** The YAML of a fresh app built by `build`, for byte-identical re-synth checks. */
export function synthYaml(build: (chart: Chart) => void): string {
  const app = Testing.app();
  build(new Chart(app, 'test'));
  return (app as App).synthYaml();
}
