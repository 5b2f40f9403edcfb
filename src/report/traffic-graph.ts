// The report's one model: nodes (User, ingress controllers, workloads, DNS, external
// ranges) and labelled flows, built from the analyzer's result plus the Ingress objects.
// Every renderer (table, ASCII, Mermaid, DOT) draws this graph and nothing else, so the
// four views cannot disagree.
import { declaredTcpPorts, ingressRoutes } from './ingress-routes';
import { FlowPorts, mergePorts } from './ports-text';
import { TrafficGroupBy, TrafficReportOptions } from './traffic-report-options';
import { parseAddress } from '../analysis/ip-range';
import { AllowedConnection, AnalyzedPeer } from '../analysis/types';

/** What a node stands for. */
export enum NodeRole {
  USER = 'USER',
  INGRESS_CONTROLLER = 'INGRESS_CONTROLLER',
  WORKLOAD = 'WORKLOAD',
  DNS = 'DNS',
  EXTERNAL = 'EXTERNAL',
}

/** One box of the diagrams. */
export interface TrafficNode {
  /** Unique and stable: the analyzer's peer id, or `user`. */
  readonly key: string;
  readonly role: NodeRole;
  /** Short name: `frontend`, `DNS`, `Ingress controller`, `10.0.0.0/8`. */
  readonly label: string;
  /** Second line: `Deployment in shop`, `kube-system/coredns`, hosts for the User. */
  readonly detail?: string;
  /** Group name (namespace or part-of), when grouping. */
  readonly group?: string;
}

/** One allowed flow. */
export interface TrafficEdge {
  readonly from: TrafficNode;
  readonly to: TrafficNode;
  readonly ports: FlowPorts;
}

/** The whole picture, in a stable order (flow order for workloads). */
export interface TrafficGraph {
  readonly nodes: readonly TrafficNode[];
  readonly edges: readonly TrafficEdge[];
  /** Findings worth a sentence, e.g. an Ingress that no controller may reach. */
  readonly notes: readonly string[];
  /** `Namespace` or `Part of` when grouping. */
  readonly groupTitle?: string;
}

// Pods of these `app.kubernetes.io/name`s are ingress controllers (ClusterContext.standard()
// and the upstream charts label them so).
const CONTROLLER_NAMES = ['ingress-nginx', 'traefik', 'haproxy-ingress', 'contour', 'kong'];
const PART_OF = 'app.kubernetes.io/part-of';
// Default HTTP(S) ports for a controller whose manifest declares none.
const HTTP_PORTS: FlowPorts = { all: false, ranges: [{ protocol: 'TCP', start: 80, end: 80 }, { protocol: 'TCP', start: 443, end: 443 }] };

/** Builds the graph from the analyzer's result (connections, all workloads, the raw manifests). */
export function buildTrafficGraph(connections: readonly AllowedConnection[], peers: readonly AnalyzedPeer[],
  manifests: readonly any[], options: TrafficReportOptions): TrafficGraph {
  const byId = new Map<string, AnalyzedPeer>();
  for (const p of [...peers, ...connections.flatMap((c) => [c.source, c.destination])]) {
    if (!byId.has(p.id)) byId.set(p.id, p);
  }
  const all = [...byId.values()].sort((a, b) => compare(a.id, b.id));
  const roleOf = roleClassifier(options.ingressControllers ?? []);
  const app = all.filter((p) => roleOf(p) === NodeRole.WORKLOAD);
  const hideController = options.hideIngressController ?? false;
  const flows: { from: string; to: string; ports: FlowPorts }[] = [];
  const notes: string[] = [];

  // Flows that touch the app; the cluster context's own traffic is not the app's story.
  for (const c of connections) {
    const roles = [roleOf(c.source), roleOf(c.destination)];
    if (!roles.includes(NodeRole.WORKLOAD)) continue;
    if (options.hideDns && roles.includes(NodeRole.DNS)) continue;
    if (hideController && roles.includes(NodeRole.INGRESS_CONTROLLER)) continue;
    flows.push({ from: c.source.id, to: c.destination.id, ports: { all: c.allConnections, ranges: c.ports } });
  }

  // Users: Ingress -> Service -> workload, through whichever controllers may reach it.
  if (app.length === 0) {
    notes.push('the manifests hold no workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob or Pod), so there is no traffic to draw');
  }
  const routes = ingressRoutes(manifests, app);
  const controllers = all.filter((p) => roleOf(p) === NodeRole.INGRESS_CONTROLLER);
  const userFlows = new Map<string, FlowPorts[]>();
  const addUserFlow = (to: string, ports: FlowPorts) => userFlows.set(to, [...(userFlows.get(to) ?? []), ports]);
  for (const route of routes) {
    const reaching = connections.filter((c) => c.destination.id === route.workload.id && roleOf(c.source) === NodeRole.INGRESS_CONTROLLER);
    if (controllers.length === 0) {
      notes.push(`ingress ${route.ingress} routes users to ${route.workload.id}; no ingress controller was analyzed, so this flow is not checked against the policies (use the standard cluster context)`);
      if (route.port) addUserFlow(route.workload.id, { all: false, ranges: [route.port] });
    } else if (reaching.length === 0) {
      notes.push(`ingress ${route.ingress} routes users to ${route.workload.id}, but no ingress controller may reach it: allow ingress from the controller`);
    } else if (hideController) {
      addUserFlow(route.workload.id, mergePorts(reaching.map((c) => ({ all: c.allConnections, ranges: c.ports }))));
    } else {
      for (const c of reaching) {
        const declared = declaredTcpPorts(manifests, c.source);
        addUserFlow(c.source.id, declared.length > 0 ? { all: false, ranges: declared } : HTTP_PORTS);
      }
    }
  }
  const hosts = [...new Set(routes.flatMap((r) => r.hosts))].sort();
  for (const [to, ports] of [...userFlows.entries()]) flows.push({ from: USER_KEY, to, ports: mergePorts(ports) });

  // Nodes: every app workload, plus whatever a flow touches.
  const used = new Set(flows.flatMap((f) => [f.from, f.to]));
  const shown = all.filter((p) => roleOf(p) === NodeRole.WORKLOAD || used.has(p.id));
  const order = nodeOrder(shown, flows, used.has(USER_KEY), roleOf);
  const nodes = new Map<string, TrafficNode>();
  if (used.has(USER_KEY)) {
    nodes.set(USER_KEY, { key: USER_KEY, role: NodeRole.USER, label: 'User', detail: hosts.length > 0 ? hosts.join(', ') : undefined });
  }
  for (const p of shown) nodes.set(p.id, toNode(p, shown, options.groupBy ?? TrafficGroupBy.NONE, roleOf));

  const index = (key: string) => order.indexOf(key);
  const edges = flows
    .map((f) => ({ from: nodes.get(f.from)!, to: nodes.get(f.to)!, ports: f.ports }))
    .sort((a, b) => index(a.from.key) - index(b.from.key) || index(a.to.key) - index(b.to.key));
  return {
    nodes: order.map((k) => nodes.get(k)!),
    edges,
    notes: [...new Set(notes)],
    groupTitle: options.groupBy === TrafficGroupBy.NAMESPACE ? 'Namespace' : options.groupBy === TrafficGroupBy.PART_OF ? 'Part of' : undefined,
  };
}

const USER_KEY = 'user';

/** The groups that have nodes, in node order (none when not grouping). */
export function groupNames(graph: TrafficGraph): string[] {
  return graph.groupTitle ? [...new Set(graph.nodes.map((n) => n.group).filter((g): g is string => g !== undefined))] : [];
}

type RoleOf = (p: AnalyzedPeer) => NodeRole;

/** True when `ref` (`namespace/name` or the analyzer's id) names workload `p`. */
export function isPeerRef(p: AnalyzedPeer, ref: string): boolean {
  return !p.external && (ref === p.id || ref === `${p.namespace}/${p.name}`);
}

/** What each peer is: external, kube-dns, an ingress controller (known or named in `controllers`), or the app's. */
function roleClassifier(controllers: readonly string[]): RoleOf {
  return (p) => {
    if (p.external) return NodeRole.EXTERNAL;
    const labels = p.labels ?? {};
    if (labels['k8s-app'] === 'kube-dns') return NodeRole.DNS;
    if (CONTROLLER_NAMES.includes(labels['app.kubernetes.io/name']) || controllers.some((ref) => isPeerRef(p, ref))) {
      return NodeRole.INGRESS_CONTROLLER;
    }
    return NodeRole.WORKLOAD;
  };
}

function toNode(p: AnalyzedPeer, shown: readonly AnalyzedPeer[], groupBy: TrafficGroupBy, roleOf: RoleOf): TrafficNode {
  const role = roleOf(p);
  const group = groupBy === TrafficGroupBy.NAMESPACE ? p.namespace
    : groupBy === TrafficGroupBy.PART_OF ? p.labels?.[PART_OF] : undefined;
  const sameRole = shown.filter((o) => roleOf(o) === role);
  switch (role) {
    case NodeRole.EXTERNAL:
      return { key: p.id, role, label: rangeLabel(p.ipRange ?? p.id), detail: 'external' };
    case NodeRole.DNS:
      return { key: p.id, role, label: sameRole.length > 1 ? `DNS (${p.name})` : 'DNS', detail: `${p.namespace}/${p.name}`, group };
    case NodeRole.INGRESS_CONTROLLER:
      return {
        key: p.id,
        role,
        detail: `${p.namespace}/${p.name}`,
        group,
        label: sameRole.length > 1 ? `Ingress controller ${p.labels?.['app.kubernetes.io/name'] ?? p.name}` : 'Ingress controller',
      };
    default: {
      // The bare name reads best; qualify it only where two workloads share it.
      const twins = sameRole.filter((o) => o.name === p.name);
      const label = twins.length === 1 ? p.name! : twins.filter((o) => o.namespace === p.namespace).length === 1 ? `${p.namespace}/${p.name}` : p.id;
      return { key: p.id, role, label, detail: `${p.kind} in ${p.namespace}`, group };
    }
  }
}

// User, controllers, workloads in flow order (breadth-first from where users enter,
// then from workloads nobody reaches, then the rest), DNS, external ranges.
function nodeOrder(shown: readonly AnalyzedPeer[], flows: readonly { from: string; to: string }[], hasUser: boolean, roleOf: RoleOf): string[] {
  const ofRole = (role: NodeRole) => shown.filter((p) => roleOf(p) === role).map((p) => p.id);
  const workloads = ofRole(NodeRole.WORKLOAD);
  const isWorkload = new Set(workloads);
  const entry = new Set(ofRole(NodeRole.INGRESS_CONTROLLER).concat(USER_KEY));
  const next = (id: string) => flows.filter((f) => f.from === id && isWorkload.has(f.to)).map((f) => f.to).sort(compare);
  const entered = workloads.filter((w) => flows.some((f) => f.to === w && entry.has(f.from)));
  // Among workloads nobody reaches, those that send something come first.
  const unreached = workloads.filter((w) => !flows.some((f) => f.to === w && isWorkload.has(f.from)))
    .sort((a, b) => Number(!flows.some((f) => f.from === a)) - Number(!flows.some((f) => f.from === b)));
  const ordered: string[] = [];
  for (const root of [...entered, ...unreached, ...workloads]) {
    const queue = [root];
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (ordered.includes(id)) continue;
      ordered.push(id);
      queue.push(...next(id));
    }
  }
  const externals = shown.filter((p) => p.external).sort(compareRanges).map((p) => p.id);
  return [...(hasUser ? [USER_KEY] : []), ...ofRole(NodeRole.INGRESS_CONTROLLER), ...ordered, ...ofRole(NodeRole.DNS), ...externals];
}

/** `first-last` as a CIDR when it is exactly one, else unchanged. */
export function rangeLabel(range: string): string {
  const [first, last] = range.split('-');
  const a = parseAddress(first ?? '');
  const b = parseAddress(last ?? '');
  if (!a || !b || a.family !== b.family) return range;
  const size = b.value - a.value + 1n;
  const bits = a.family === 4 ? 32 : 128;
  for (let prefix = 0; prefix <= bits; prefix++) {
    const blockSize = 2n ** BigInt(bits - prefix);
    if (blockSize === size) return a.value % blockSize === 0n ? `${first}/${prefix}` : range;
  }
  return range;
}

function compareRanges(a: AnalyzedPeer, b: AnalyzedPeer): number {
  const pa = parseAddress((a.ipRange ?? '').split('-')[0]);
  const pb = parseAddress((b.ipRange ?? '').split('-')[0]);
  if (!pa || !pb) return compare(a.id, b.id);
  return pa.family - pb.family || (pa.value < pb.value ? -1 : pa.value > pb.value ? 1 : 0);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
