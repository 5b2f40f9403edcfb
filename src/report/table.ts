// The summary table, shaped like the reference one (Pod | Ingress Port | Egress Target):
// one row per workload, plus the ingress controller and DNS when they take part.
import { portNumbers, portPhrase } from './ports-text';
import { NodeRole, TrafficEdge, TrafficGraph, TrafficNode } from './traffic-graph';

const ROW_ROLES = [NodeRole.INGRESS_CONTROLLER, NodeRole.WORKLOAD, NodeRole.DNS];

/** The Markdown table, one row per workload, controller and DNS node (ending with a newline). */
export function renderTable(graph: TrafficGraph): string {
  const rows = graph.nodes.filter((n) => ROW_ROLES.includes(n.role));
  const groups = [...new Set(rows.map((n) => n.group ?? ''))];
  // Grouped rows stay in flow order within their group.
  const ordered = graph.groupTitle ? groups.flatMap((g) => rows.filter((n) => (n.group ?? '') === g)) : rows;
  const head = ['Pod', 'Ingress Port', 'Egress Target'];
  const lines = [
    row(graph.groupTitle ? [graph.groupTitle, ...head] : head),
    row((graph.groupTitle ? [...head, ''] : head).map(() => '---')),
  ];
  for (const node of ordered) {
    const cells = [podCell(node), ingressCell(node, graph.edges), egressCell(node, graph.edges)];
    lines.push(row(graph.groupTitle ? [node.group ?? '-', ...cells] : cells));
  }
  return lines.join('\n') + '\n';
}

function podCell(node: TrafficNode): string {
  return node.role === NodeRole.WORKLOAD ? node.label : `${node.label} (${node.detail})`;
}

// `3000 (from frontend)`; sources that share the same ports share one entry.
function ingressCell(node: TrafficNode, edges: readonly TrafficEdge[]): string {
  const incoming = edges.filter((e) => e.to === node);
  if (incoming.length === 0) return 'None';
  const byPorts = new Map<string, string[]>();
  for (const e of incoming) {
    const ports = portNumbers(e.ports);
    byPorts.set(ports, [...(byPorts.get(ports) ?? []), e.from.label]);
  }
  return [...byPorts.entries()].map(([ports, from]) => `${ports} (from ${from.join(', ')})`).join('; ');
}

// `backend (port 3000), DNS (ports 53/TCP, 53/UDP)`.
function egressCell(node: TrafficNode, edges: readonly TrafficEdge[]): string {
  const outgoing = edges.filter((e) => e.from === node);
  if (outgoing.length === 0) return node.role === NodeRole.WORKLOAD ? 'None' : 'None to the app';
  return outgoing.map((e) => `${e.to.label} (${portPhrase(e.ports)})`).join(', ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}
