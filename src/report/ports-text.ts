// How the report writes the ports of a flow. Two styles: the table's, close to the
// reference table ("port 3000"), and the diagrams' edge labels ("TCP 3000").
import { AnalyzedPortRange } from '../analysis/types';

/** The ports of one flow: everything, or the listed ranges. */
export interface FlowPorts {
  readonly all: boolean;
  readonly ranges: readonly AnalyzedPortRange[];
}

const PROTOCOL_ORDER = ['TCP', 'UDP', 'SCTP'];

/** Union of several flows' ports, deduplicated and sorted by protocol then port. */
export function mergePorts(flows: readonly FlowPorts[]): FlowPorts {
  if (flows.some((f) => f.all)) return { all: true, ranges: [] };
  const seen = new Map<string, AnalyzedPortRange>();
  for (const r of flows.flatMap((f) => f.ranges)) seen.set(`${r.protocol}/${r.start}/${r.end}`, r);
  const ranges = [...seen.values()].sort((a, b) =>
    PROTOCOL_ORDER.indexOf(a.protocol) - PROTOCOL_ORDER.indexOf(b.protocol) || a.start - b.start || a.end - b.end);
  return { all: false, ranges };
}

function span(r: AnalyzedPortRange): string {
  return r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`;
}

/**
 * Bare numbers when every range is TCP (`80, 443`), else each with its protocol
 * (`53/TCP, 53/UDP`); `all ports` for everything.
 */
export function portNumbers(ports: FlowPorts): string {
  if (ports.all) return 'all ports';
  const tcpOnly = ports.ranges.every((r) => r.protocol === 'TCP');
  return ports.ranges.map((r) => (tcpOnly ? span(r) : `${span(r)}/${r.protocol}`)).join(', ');
}

/** `port 3000`, `ports 53/TCP, 53/UDP` or `all ports`, as in the reference table. */
export function portPhrase(ports: FlowPorts): string {
  if (ports.all) return 'all ports';
  const single = ports.ranges.length === 1 && ports.ranges[0].start === ports.ranges[0].end;
  return `${single ? 'port' : 'ports'} ${portNumbers(ports)}`;
}

/** An edge label by protocol and port: `TCP 3000`, `TCP 53, UDP 53`, `all ports`. */
export function protocolLabel(ports: FlowPorts): string {
  if (ports.all) return 'all ports';
  const byProtocol = new Map<string, string[]>();
  for (const r of ports.ranges) byProtocol.set(r.protocol, [...(byProtocol.get(r.protocol) ?? []), span(r)]);
  return [...byProtocol.entries()].map(([p, spans]) => `${p} ${spans.join(',')}`).join(', ');
}
