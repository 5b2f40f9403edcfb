// The ASCII diagram. A chain (users -> frontend -> backend -> db, each node with at most
// one successor) is drawn vertically like the reference; any other graph as one box per
// node with its outgoing flows listed under it. DNS and external ranges are side flows:
// written inside the boxes of a chain, listed like the others in the general layout.
import { portNumbers, portPhrase, protocolLabel } from './ports-text';
import { NodeRole, TrafficGraph, TrafficNode } from './traffic-graph';

const PAGE = 80;
const MIN_INNER = 18;
const SIDE_ROLES = [NodeRole.DNS, NodeRole.EXTERNAL];

/** The diagram as text lines of at most 80 columns for usual names (ending with a newline). */
export function renderAscii(graph: TrafficGraph): string {
  if (graph.nodes.length === 0) return '(no workloads)\n';
  const chain = chainOf(graph);
  const lines = chain ? chainLayout(graph, chain) : listLayout(graph);
  return lines.map((l) => l.trimEnd()).join('\n').replace(/\n+$/, '') + '\n';
}

// The main nodes in path order when they form one simple path, else undefined.
function chainOf(graph: TrafficGraph): TrafficNode[] | undefined {
  const main = graph.nodes.filter((n) => !SIDE_ROLES.includes(n.role));
  const edges = graph.edges.filter((e) => main.includes(e.from) && main.includes(e.to));
  if (main.length < 2) return undefined;
  const outs = (n: TrafficNode) => edges.filter((e) => e.from === n);
  const ins = (n: TrafficNode) => edges.filter((e) => e.to === n);
  if (main.some((n) => outs(n).length > 1 || ins(n).length > 1)) return undefined;
  const starts = main.filter((n) => ins(n).length === 0);
  if (starts.length !== 1) return undefined;
  const path = [starts[0]];
  for (let e = outs(starts[0])[0]; e && !path.includes(e.to); e = outs(e.to)[0]) path.push(e.to);
  return path.length === main.length ? path : undefined;
}

function chainLayout(graph: TrafficGraph, chain: TrafficNode[]): string[] {
  const contents = chain.map((node, i) => {
    const incoming = i === 0 ? undefined : graph.edges.find((e) => e.from === chain[i - 1] && e.to === node);
    const lines = [node.label];
    if (node.role !== NodeRole.WORKLOAD && node.detail) lines.push(`(${node.detail})`);
    if (node.group) lines.push(`[${node.group}]`);
    if (incoming) lines.push(`(Port: ${portNumbers(incoming.ports)})`);
    for (const e of graph.edges.filter((x) => x.to === node && SIDE_ROLES.includes(x.from.role))) {
      lines.push(`ingress from ${e.from.label}: ${protocolLabel(e.ports)}`);
    }
    for (const e of graph.edges.filter((x) => x.from === node && SIDE_ROLES.includes(x.to.role))) {
      lines.push(`egress to ${e.to.label}: ${protocolLabel(e.ports)}`);
    }
    return lines;
  });
  const inner = Math.max(MIN_INNER, ...contents.flat().map((l) => l.length + 4));
  const margin = ' '.repeat(Math.max(0, Math.floor((PAGE - inner - 2) / 2)));
  const stem = margin + ' '.repeat(Math.floor((inner + 2) / 2));
  const out: string[] = [];
  chain.forEach((node, i) => {
    if (i > 0) {
      const edge = graph.edges.find((e) => e.from === chain[i - 1] && e.to === node)!;
      out.push(`${stem}|${chain[i - 1].role === NodeRole.USER ? '' : ' Egress'}`, `${stem}|`, `${stem}v Ingress (${portPhrase(edge.ports)})`);
    }
    out.push(...box(contents[i], inner).map((l) => margin + l));
  });
  return out;
}

function listLayout(graph: TrafficGraph): string[] {
  const groups = [...new Set(graph.nodes.map((n) => n.group))];
  const ordered = graph.groupTitle ? groups.flatMap((g) => graph.nodes.filter((n) => n.group === g)) : graph.nodes;
  const out: string[] = [];
  let group: string | undefined | null = null;
  for (const node of ordered) {
    if (graph.groupTitle && node.group !== group) {
      group = node.group;
      out.push(`== ${graph.groupTitle}: ${group ?? '(none)'} ==`, '');
    }
    const lines = node.detail ? [node.label, `(${node.detail})`] : [node.label];
    out.push(...box(lines, Math.max(MIN_INNER, ...lines.map((l) => l.length + 4))));
    const outgoing = graph.edges.filter((e) => e.from === node);
    const width = Math.max(0, ...outgoing.map((e) => e.to.label.length));
    for (const e of outgoing) out.push(`   --> ${e.to.label.padEnd(width)}  ${protocolLabel(e.ports)}`);
    if (outgoing.length === 0 && node.role === NodeRole.WORKLOAD) {
      out.push(graph.edges.some((e) => e.to === node) ? '   --> None' : '   (no allowed flows)');
    }
    out.push('');
  }
  return out;
}

function box(lines: readonly string[], inner: number): string[] {
  const rule = `+${'-'.repeat(inner)}+`;
  return [rule, ...lines.map((l) => `|  ${l.padEnd(inner - 2)}|`), rule];
}
