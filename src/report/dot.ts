// A Graphviz `digraph` of the same graph, for people who render DOT.
import { safeIds, withoutKind } from './mermaid';
import { protocolLabel } from './ports-text';
import { groupNames, NodeRole, TrafficGraph, TrafficNode } from './traffic-graph';

const SHAPE: Record<NodeRole, string> = {
  [NodeRole.USER]: 'ellipse',
  [NodeRole.INGRESS_CONTROLLER]: 'component',
  [NodeRole.WORKLOAD]: 'box',
  [NodeRole.DNS]: 'cylinder',
  [NodeRole.EXTERNAL]: 'hexagon',
};

/** `digraph traffic { ... }` text (ending with a newline). */
export function renderDot(graph: TrafficGraph): string {
  const ids = safeIds(graph.nodes, (n) => `${n.role.toLowerCase()}_${n.role === NodeRole.USER ? '' : withoutKind(n.key)}`);
  const declare = (n: TrafficNode, indent: string) => {
    const label = n.detail && n.role !== NodeRole.USER ? `${n.label}\\n${n.detail}` : n.label;
    return `${indent}${ids.get(n)} [label=${quote(label)}, shape=${SHAPE[n.role]}];`;
  };
  const lines = ['digraph traffic {', '  rankdir=TB;'];
  const groups = groupNames(graph);
  lines.push(...graph.nodes.filter((n) => n.group === undefined || groups.length === 0).map((n) => declare(n, '  ')));
  groups.forEach((g, i) => {
    lines.push(`  subgraph cluster_${i} {`, `    label=${quote(`${graph.groupTitle}: ${g}`)};`);
    lines.push(...graph.nodes.filter((n) => n.group === g).map((n) => declare(n, '    ')), '  }');
  });
  for (const e of graph.edges) lines.push(`  ${ids.get(e.from)} -> ${ids.get(e.to)} [label=${quote(protocolLabel(e.ports))}];`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '\\"')}"`;
}
