// The Mermaid flowchart. Emits a small, fixed subset of the syntax (declared node ids,
// quoted labels, `-->|"label"|` edges, named subgraphs) that tests check with a strict
// grammar and, when installed, with mermaid's own parser.
import { protocolLabel } from './ports-text';
import { groupNames, NodeRole, TrafficGraph, TrafficNode } from './traffic-graph';

// Open and close of each role's shape: stadium user, subroutine controller, cylinder DNS,
// hexagon external range, rectangle workload.
const SHAPES: Record<NodeRole, [string, string]> = {
  [NodeRole.USER]: ['([', '])'],
  [NodeRole.INGRESS_CONTROLLER]: ['[[', ']]'],
  [NodeRole.WORKLOAD]: ['[', ']'],
  [NodeRole.DNS]: ['[(', ')]'],
  [NodeRole.EXTERNAL]: ['{{', '}}'],
};

const PREFIX: Record<NodeRole, string> = {
  [NodeRole.USER]: 'user',
  [NodeRole.INGRESS_CONTROLLER]: 'ctrl',
  [NodeRole.WORKLOAD]: 'wl',
  [NodeRole.DNS]: 'dns',
  [NodeRole.EXTERNAL]: 'ext',
};

/** `flowchart TD` text (ending with a newline). */
export function renderMermaid(graph: TrafficGraph): string {
  const ids = safeIds(graph.nodes, (n) => `${PREFIX[n.role]}_${n.role === NodeRole.USER ? '' : withoutKind(n.key)}`);
  const declare = (n: TrafficNode, indent: string) => {
    const [open, close] = SHAPES[n.role];
    const text = n.role === NodeRole.USER || !n.detail ? n.label : `${n.label}<br/>${n.detail}`;
    return `${indent}${ids.get(n)}${open}"${escape(text)}"${close}`;
  };
  const lines = ['flowchart TD'];
  const groups = groupNames(graph);
  lines.push(...graph.nodes.filter((n) => n.group === undefined || groups.length === 0).map((n) => declare(n, '  ')));
  groups.forEach((g, i) => {
    lines.push(`  subgraph group_${i}["${escape(`${graph.groupTitle}: ${g}`)}"]`);
    lines.push(...graph.nodes.filter((n) => n.group === g).map((n) => declare(n, '    ')));
    lines.push('  end');
  });
  for (const e of graph.edges) lines.push(`  ${ids.get(e.from)} -->|"${escape(protocolLabel(e.ports))}"| ${ids.get(e.to)}`);
  return lines.join('\n') + '\n';
}

/**
 * Ids made of letters, digits and `_` only (never a keyword such as `end`, thanks to
 * the role prefix), unique by a numeric suffix, stable for the same graph.
 */
export function safeIds<T>(items: readonly T[], raw: (item: T) => string): Map<T, string> {
  const ids = new Map<T, string>();
  const taken = new Set<string>();
  for (const item of items) {
    const base = raw(item).replace(/[^A-Za-z0-9]+/g, '_').replace(/_+$/, '');
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    ids.set(item, id);
  }
  return ids;
}

/** `shop/frontend[Deployment]` -> `shop/frontend`: shorter ids; safeIds keeps them unique. */
export function withoutKind(key: string): string {
  return key.replace(/\[[A-Za-z]+\]$/, '');
}

// Inside a quoted label only `"` needs escaping (Mermaid's entity syntax).
function escape(text: string): string {
  return text.replace(/"/g, '#quot;');
}
