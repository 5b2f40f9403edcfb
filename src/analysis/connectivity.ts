// The analyzer's public entry point: load manifests (from a chart, an app, objects or
// files), compute allowed connections, print them (np-guard text or JSON) and answer
// "may A reach B on port P?" in users' tests.
import { ApiObject, App, Chart } from 'cdk8s';
import { IConstruct } from 'constructs';
import { ClusterContext } from './cluster-context';
import { ClusterModel, loadCluster, SourcedObject, WORKLOAD_KINDS, WorkloadModel } from './cluster-model';
import { Engine, RawConnection } from './engine';
import { formatInterval, IpInterval, parseAddress } from './ip-range';
import { readManifestFiles } from './manifest-files';
import { PortSet, Protocol, PROTOCOLS } from './port-set';
import { AllowedConnection, AnalyzedPeer } from './types';

/**
 * A port to ask about. `PolicyPort` of this library fits it, as does any object with
 * these properties.
 */
export interface IPortQuery {
  /** `TCP`, `UDP` or `SCTP`. */
  readonly protocol: string;
  /**
   * The port number.
   * @default - every port of the protocol
   */
  readonly port?: number;
  /**
   * Last port of a range (inclusive).
   * @default - only `port`
   */
  readonly endPort?: number;
  /**
   * A named container port, resolved on the destination workload's containers (with
   * `protocol`); it never matches an external address.
   * @default - the port is given by number (or not at all)
   */
  readonly name?: string;
}

/** Options for a connectivity analysis. */
export interface ConnectivityOptions {
  /**
   * Well-known workloads of the cluster around the analyzed objects (kube-dns, ingress
   * controllers), analyzed together with them.
   * @default ClusterContext.none()
   */
  readonly clusterContext?: ClusterContext;
}

/**
 * The connections that the NetworkPolicies of a set of manifests allow, computed from the
 * synthesized objects only (networking.k8s.io/v1 semantics, the same results as
 * np-guard's netpol-analyzer).
 *
 * Semantics decisions, as in np-guard: an ipBlock matches only addresses outside the
 * cluster (pod IPs are unknown at synth time), so pods are reached by selectors only; a
 * named port is resolved on the destination pod's containers (the protocol must match)
 * and never matches an external address. External peers are the IPv4 space (and the
 * IPv6 space, only when some ipBlock is IPv6) cut at the edges of every ipBlock.
 */
export class Connectivity {
  /**
   * Analyzes the synthesized objects of one chart (`chart.toJson()`).
   * @param chart the chart to analyze
   * @param options analysis options
   */
  public static fromChart(chart: Chart, options: ConnectivityOptions = {}): Connectivity {
    return new Connectivity(chartObjects(chart), options);
  }

  /**
   * Analyzes the synthesized objects of every chart of an app, as one cluster.
   * @param app the app to analyze
   * @param options analysis options
   */
  public static fromApp(app: App, options: ConnectivityOptions = {}): Connectivity {
    return new Connectivity(app.charts.flatMap(chartObjects), options);
  }

  /**
   * Analyzes plain Kubernetes objects (lists such as PodList are expanded).
   * @param objects the objects, e.g. parsed YAML
   * @param options analysis options
   */
  public static fromManifests(objects: any[], options: ConnectivityOptions = {}): Connectivity {
    return new Connectivity(objects.map((object, i) => ({ object, source: `manifests[${i}]` })), options);
  }

  /**
   * Analyzes YAML/JSON files; directories are read recursively (`.yaml`, `.yml`,
   * `.json`, sorted by name). A file may hold many YAML documents.
   * @param paths files or directories
   * @param options analysis options
   */
  public static fromFiles(paths: string[], options: ConnectivityOptions = {}): Connectivity {
    return new Connectivity(readManifestFiles(paths), options);
  }

  private readonly model: ClusterModel;
  private readonly engine: Engine;
  private cached?: AllowedConnection[];

  private constructor(inputs: SourcedObject[], options: ConnectivityOptions) {
    const context = (options.clusterContext ?? ClusterContext.none()).manifests
      .map((object, i) => ({ object, source: `cluster context object ${i}` }));
    this.model = loadCluster([...inputs, ...context]);
    this.engine = new Engine(this.model);
  }

  /** Every allowed connection, sorted by source then destination (as `toText()` prints them). */
  public connections(): AllowedConnection[] {
    if (!this.cached) {
      const list: AllowedConnection[] = [];
      const groupPeers = this.engine.groups.map((g) => g.workloads.map(workloadPeer));
      const rangePeers = new Map<IpInterval, AnalyzedPeer>();
      const rangePeer = (r: IpInterval) => {
        let p = rangePeers.get(r);
        if (!p) { p = externalPeer(r); rangePeers.set(r, p); }
        return p;
      };
      for (const c of this.engine.connections()) {
        const sources = c.sourceGroup !== undefined ? groupPeers[c.sourceGroup] : [rangePeer(c.sourceRange!)];
        const destinations = c.destinationGroup !== undefined ? groupPeers[c.destinationGroup] : [rangePeer(c.destinationRange!)];
        for (const source of sources) {
          for (const destination of destinations) {
            // A workload to itself is never listed, even with many replicas.
            if (source !== destination) list.push(connection(source, destination, c));
          }
        }
      }
      list.sort((a, b) => compare(a.source.id, b.source.id) || compare(a.destination.id, b.destination.id));
      this.cached = list;
    }
    return [...this.cached];
  }

  /** Every workload (one per owner), sorted by id; external ranges are not included. */
  public peers(): AnalyzedPeer[] {
    return this.model.workloads.map(workloadPeer).sort((a, b) => compare(a.id, b.id));
  }

  /** The plain objects analyzed (lists expanded), including those of the cluster context. */
  public manifests(): any[] {
    return [...this.model.objects];
  }

  /** The connection list in np-guard's txt format: `src => dst : conns` lines, sorted, ending with a newline. */
  public toText(): string {
    return this.connections().map((c) => `${c.source.id} => ${c.destination.id} : ${c.text}\n`).join('');
  }

  /**
   * The same list as JSON: an array of `{src, dst, conn, allConnections, ports}` (the
   * first three as np-guard's json output), in the text's order.
   */
  public toJson(): string {
    const rows = this.connections().map((c) => ({
      src: c.source.id,
      dst: c.destination.id,
      conn: c.text,
      allConnections: c.allConnections,
      ports: c.ports.map((p) => ({ protocol: p.protocol, start: p.start, end: p.end })),
    }));
    return `${JSON.stringify(rows, undefined, 2)}\n`;
  }

  /**
   * True when `source` may reach `destination`: on every port of `port` when given (a
   * protocol without port means every port of it), else on at least one port.
   *
   * @param source `namespace/name`, `namespace/name[Kind]` or an IP address (external)
   * @param destination `namespace/name`, `namespace/name[Kind]` or an IP address (external)
   * @param port the port to check
   */
  public allows(source: string, destination: string, port?: IPortQuery): boolean {
    return this.check(source, destination, port, 'allows');
  }

  /**
   * The connections field for one pair, e.g. `TCP 80,UDP 53`, `All Connections`, or
   * `No Connections` when nothing is allowed.
   *
   * @param source `namespace/name`, `namespace/name[Kind]` or an IP address (external)
   * @param destination `namespace/name`, `namespace/name[Kind]` or an IP address (external)
   */
  public connectionText(source: string, destination: string): string {
    const ports = this.portsBetween(source, destination);
    return ports.isEmpty ? 'No Connections' : ports.toString();
  }

  /**
   * `allows` for constructs: every workload object (Deployment, Pod, ...) found under
   * `source` may reach every one under `destination`. Only their synthesized
   * `metadata` and `kind` are read.
   *
   * @param source a construct that contains workload ApiObjects
   * @param destination a construct that contains workload ApiObjects
   * @param port the port to check
   */
  public allowsBetween(source: IConstruct, destination: IConstruct, port?: IPortQuery): boolean {
    const sources = workloadIdsUnder(source, 'source');
    const destinations = workloadIdsUnder(destination, 'destination');
    return sources.every((s) => destinations.every((d) => this.check(s, d, port, 'allowsBetween')));
  }

  private check(source: string, destination: string, query: IPortQuery | undefined, method: string): boolean {
    const ports = this.portsBetween(source, destination);
    if (query?.name === undefined) return covers(ports, query, method);
    const d = this.resolvePeer(destination, 'destination');
    if (d.group === undefined) return false;
    const protocol = String(query.protocol ?? 'TCP').toUpperCase();
    const numbers = this.engine.groups[d.group].representative.ports
      .filter((p) => p.name === query.name && p.protocol === protocol)
      .map((p) => p.port);
    // A name that the destination does not define allows nothing, as in a policy.
    return numbers.length > 0 && numbers.every((port) => covers(ports, { protocol, port }, method));
  }

  private portsBetween(source: string, destination: string): PortSet {
    const s = this.resolvePeer(source, 'source');
    const d = this.resolvePeer(destination, 'destination');
    if (s.group !== undefined && d.group !== undefined) return this.engine.between(s.group, d.group);
    if (s.group !== undefined) return this.engine.toAddress(s.group, d.address!);
    if (d.group !== undefined) return this.engine.fromAddress(s.address!, d.group);
    throw new Error(`connectivity: source "${source}" and destination "${destination}" are both addresses; name a workload on one side as namespace/name`);
  }

  private resolvePeer(text: string, role: string): { group?: number; address?: string } {
    if (parseAddress(text)) return { address: text };
    const exact = this.engine.groupOf(text);
    if (exact !== undefined) return { group: exact };
    const matches = this.model.workloads.filter((w) => `${w.namespace}/${w.name}` === text);
    if (matches.length === 1) return { group: this.engine.groupOf(matches[0].id) };
    if (matches.length > 1) {
      throw new Error(`connectivity: ${role} "${text}" is ambiguous (${matches.map((w) => w.id).join(', ')}); add the kind, e.g. "${matches[0].id}"`);
    }
    const known = this.model.workloads.slice(0, 3).map((w) => w.id).join(', ');
    throw new Error(`connectivity: ${role} "${text}" is not a workload of the analyzed manifests nor an IP address; use namespace/name[Kind] (known: ${known || 'none'})`);
  }
}

function chartObjects(chart: Chart): SourcedObject[] {
  return chart.toJson().map((object, i) => ({ object, source: `${chart.node.path || 'chart'} object ${i}` }));
}

function workloadIdsUnder(scope: IConstruct, role: string): string[] {
  const ids: string[] = [];
  for (const c of scope.node.findAll()) {
    if (!ApiObject.isApiObject(c)) continue;
    const object = c.toJson();
    if (!WORKLOAD_KINDS.includes(object.kind)) continue;
    // The same loader as for manifests gives the same id (namespace/name[Kind]).
    ids.push(loadCluster([{ object, source: c.node.path }]).workloads[0].id);
  }
  if (ids.length === 0) {
    throw new Error(`connectivity: ${role} construct "${scope.node.path}" contains no workload object; pass a construct with a Deployment, StatefulSet, DaemonSet, Job, CronJob, ReplicaSet or Pod`);
  }
  return ids;
}

function covers(ports: PortSet, query: IPortQuery | undefined, method: string): boolean {
  if (!query) return !ports.isEmpty;
  const protocol = String(query.protocol).toUpperCase();
  if (!(PROTOCOLS as readonly string[]).includes(protocol)) {
    throw new Error(`connectivity.${method}: port.protocol "${query.protocol}" is not supported; use TCP, UDP or SCTP`);
  }
  const start = query.port ?? 1;
  const end = query.endPort ?? query.port ?? 65535;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 1 || end > 65535 || end < start) {
    throw new Error(`connectivity.${method}: port ${query.port}-${query.endPort} is not a valid range; use ports from 1 to 65535 with endPort >= port`);
  }
  return ports.containsRange(protocol as Protocol, start, end);
}

function workloadPeer(w: WorkloadModel): AnalyzedPeer {
  return { id: w.id, external: false, namespace: w.namespace, name: w.name, kind: w.kind, labels: { ...w.labels } };
}

function externalPeer(range: IpInterval): AnalyzedPeer {
  const ipRange = formatInterval(range);
  return { id: `${ipRange}[External]`, external: true, ipRange };
}

function connection(source: AnalyzedPeer, destination: AnalyzedPeer, c: RawConnection): AllowedConnection {
  return {
    source,
    destination,
    allConnections: c.ports.isAll,
    ports: c.ports.entries().map((e) => ({ protocol: e.protocol, start: e.start, end: e.end })),
    text: c.ports.toString(),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
