// Hand-made analyzer results (no manifests needed): a fan-out and a cycle.
import { AllowedConnection, AnalyzedPeer, AnalyzedPortRange } from '../../src/analysis/types';

/** A Deployment peer in `namespace`. */
export function workload(namespace: string, name: string, labels: Record<string, string> = {}): AnalyzedPeer {
  return {
    id: `${namespace}/${name}[Deployment]`,
    external: false,
    namespace,
    name,
    kind: 'Deployment',
    labels: { 'app.kubernetes.io/name': name, ...labels },
  };
}

/** An external range peer. */
export function external(ipRange: string): AnalyzedPeer {
  return { id: `${ipRange}[External]`, external: true, ipRange };
}

/** kube-dns as ClusterContext.standard() describes it. */
export const KUBE_DNS: AnalyzedPeer = {
  id: 'kube-system/coredns[Deployment]',
  external: false,
  namespace: 'kube-system',
  name: 'coredns',
  kind: 'Deployment',
  labels: { 'k8s-app': 'kube-dns' },
};

/** A connection on the given ports (`TCP 80` style, or `All Connections` when none). */
export function allow(source: AnalyzedPeer, destination: AnalyzedPeer, ...ports: AnalyzedPortRange[]): AllowedConnection {
  return {
    source,
    destination,
    allConnections: ports.length === 0,
    ports,
    text: ports.length === 0 ? 'All Connections' : ports.map((p) => `${p.protocol} ${p.start === p.end ? p.start : `${p.start}-${p.end}`}`).join(','),
  };
}

export const tcp = (start: number, end = start): AnalyzedPortRange => ({ protocol: 'TCP', start, end });
export const udp = (start: number, end = start): AnalyzedPortRange => ({ protocol: 'UDP', start, end });

/**
 * Fan-out: `gateway` reaches three services (api, search, metrics on a UDP range) and
 * an external range; `api` resolves names through kube-dns; `idle` takes no traffic.
 */
export function fanOut(): { connections: AllowedConnection[]; peers: AnalyzedPeer[] } {
  const gateway = workload('edge', 'gateway', { 'app.kubernetes.io/part-of': 'store' });
  const api = workload('apps', 'api', { 'app.kubernetes.io/part-of': 'store' });
  const search = workload('apps', 'search');
  const metrics = workload('ops', 'metrics');
  const idle = workload('apps', 'idle');
  const partners = external('10.20.0.0-10.20.255.255');
  return {
    peers: [api, idle, search, gateway, metrics, KUBE_DNS],
    connections: [
      allow(api, KUBE_DNS, tcp(53), udp(53)),
      allow(gateway, partners, tcp(443)),
      allow(gateway, api, tcp(8080)),
      allow(gateway, search, tcp(9200), tcp(9300)),
      allow(gateway, metrics, udp(8125, 8126)),
    ],
  };
}

/** A cycle: a -> b -> c -> a, each on its own port, all in namespace `ring`. */
export function cycle(): { connections: AllowedConnection[]; peers: AnalyzedPeer[] } {
  const a = workload('ring', 'a');
  const b = workload('ring', 'b');
  const c = workload('ring', 'c');
  return {
    peers: [a, b, c],
    connections: [allow(a, b, tcp(7001)), allow(b, c, tcp(7002)), allow(c, a, tcp(7003))],
  };
}
