// Finds the Ingress paths of the manifests: Ingress -> backend Service -> the workloads
// its selector picks, with the container port the traffic lands on. The report draws a
// User for them ("users -> ingress controller -> workload").
import { AnalyzedPeer, AnalyzedPortRange } from '../analysis/types';

/** One workload that an Ingress sends users to. */
export interface IngressRoute {
  /** `namespace/name` of the Ingress. */
  readonly ingress: string;
  /** Hosts of the rules that lead here (empty for a default backend or host-less rule). */
  readonly hosts: readonly string[];
  /** The workload behind the backend Service. */
  readonly workload: AnalyzedPeer;
  /** The container port the Service sends to, when it can be resolved. */
  readonly port?: AnalyzedPortRange;
}

interface ContainerPort {
  readonly name?: string;
  readonly containerPort: number;
  readonly protocol: string;
}

/** Every (Ingress, workload) pair, sorted by Ingress then workload id; unresolvable backends are skipped. */
export function ingressRoutes(manifests: readonly any[], workloads: readonly AnalyzedPeer[]): IngressRoute[] {
  const routes = new Map<string, IngressRoute>();
  for (const ingress of manifests.filter((o) => o?.kind === 'Ingress')) {
    const namespace = namespaceOf(ingress);
    const ingressId = `${namespace}/${ingress.metadata?.name}`;
    for (const { host, backend } of backends(ingress)) {
      const serviceName = backend?.service?.name;
      const service = manifests.find((o) => o?.kind === 'Service' && o.metadata?.name === serviceName && namespaceOf(o) === namespace);
      const selector: Record<string, string> | undefined = service?.spec?.selector;
      if (!selector || Object.keys(selector).length === 0) continue;
      for (const workload of workloads.filter((w) => w.namespace === namespace && matches(selector, w.labels ?? {}))) {
        const key = `${ingressId} ${workload.id}`;
        const previous = routes.get(key);
        const hosts = [...new Set([...(previous?.hosts ?? []), ...(host ? [host] : [])])].sort();
        const port = previous?.port ?? targetPort(service, backend.service.port, workloadObject(manifests, workload));
        routes.set(key, { ingress: ingressId, hosts, workload, port });
      }
    }
  }
  return [...routes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

/** The TCP ports a workload's containers declare (e.g. an ingress controller's 80 and 443). */
export function declaredTcpPorts(manifests: readonly any[], workload: AnalyzedPeer): AnalyzedPortRange[] {
  return containerPorts(workloadObject(manifests, workload))
    .filter((p) => p.protocol === 'TCP')
    .map((p) => ({ protocol: 'TCP', start: p.containerPort, end: p.containerPort }));
}

function backends(ingress: any): { host?: string; backend: any }[] {
  const list: { host?: string; backend: any }[] = [];
  if (ingress.spec?.defaultBackend) list.push({ backend: ingress.spec.defaultBackend });
  for (const rule of ingress.spec?.rules ?? []) {
    for (const p of rule?.http?.paths ?? []) list.push({ host: rule.host, backend: p?.backend });
  }
  return list;
}

function targetPort(service: any, backendPort: any, workload: any): AnalyzedPortRange | undefined {
  const servicePort = (service.spec?.ports ?? []).find((p: any) =>
    (backendPort?.number !== undefined && p.port === backendPort.number) || (backendPort?.name !== undefined && p.name === backendPort.name));
  if (!servicePort) return undefined;
  const protocol = servicePort.protocol ?? 'TCP';
  const target = servicePort.targetPort ?? servicePort.port;
  // A named targetPort is resolved on the pods' containers, as kube-proxy does.
  const number = typeof target === 'number' ? target
    : containerPorts(workload).find((c) => c.name === target && c.protocol === protocol)?.containerPort;
  return number === undefined ? undefined : { protocol, start: number, end: number };
}

function workloadObject(manifests: readonly any[], workload: AnalyzedPeer): any {
  return manifests.find((o) => o?.kind === workload.kind && o.metadata?.name === workload.name && namespaceOf(o) === workload.namespace);
}

function containerPorts(workload: any): ContainerPort[] {
  const spec = workload?.kind === 'Pod' ? workload.spec
    : workload?.kind === 'CronJob' ? workload.spec?.jobTemplate?.spec?.template?.spec
      : workload?.spec?.template?.spec;
  return (spec?.containers ?? []).flatMap((c: any) => (c?.ports ?? []).map((p: any) => ({
    name: p.name, containerPort: p.containerPort, protocol: p.protocol ?? 'TCP',
  })));
}

function matches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

function namespaceOf(object: any): string {
  return object.metadata?.namespace ?? 'default';
}
