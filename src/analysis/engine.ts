// The connectivity engine. Pods that no selector can tell apart (same namespace, same
// values on every label key any podSelector reads, same named ports that any rule uses)
// form one group; each policy's selected groups and peer groups are computed once, and
// connections are derived per group pair instead of per pod pair and rule.
import { ClusterModel, PeerModel, PolicyModel, PortModel, RuleModel, WorkloadModel } from './cluster-model';
import { elementaryIntervals, IpFamily, IpInterval, parseAddress } from './ip-range';
import { LabelSelector } from './label-selector';
import { PortSet } from './port-set';

/** Workloads that every selector treats alike. */
export interface Group {
  readonly index: number;
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly representative: WorkloadModel;
  readonly workloads: WorkloadModel[];
}

/** A rule's ports, with the named ones resolved lazily per destination group. */
interface RulePorts {
  /** The numeric and protocol-only entries (all that can apply to an external address). */
  readonly fixed: PortSet;
  readonly named: readonly PortModel[];
  readonly resolved: Map<number, PortSet>;
}

/** A rule's peers, computed once and shared by every policy with the same peers. */
interface PeerSet {
  readonly groups: ReadonlySet<number>;
  readonly ranges: readonly number[];
}

/** A rule that applies to a group: its peers and ports (shared, never copied per pair). */
interface RuleRef {
  readonly peers: PeerSet;
  readonly ports: RulePorts;
}

/** What one group allows in one direction. */
interface DirectionState {
  /** Selected by no policy for this direction: everything is allowed. */
  open: boolean;
  /** From rules without peers (they match every pod and address); resolved for the group itself on ingress. */
  anyPorts: PortSet;
  /** Egress only: peerless rules with named ports, resolved per destination. */
  readonly anyNamed: RulePorts[];
  /** Rules with peers that select this group (ingress) or that it may use (egress). */
  readonly rules: RuleRef[];
}

/** One allowed connection between groups or between a group and an external range. */
export interface RawConnection {
  /** A group index, or undefined for the external range `sourceRange`. */
  readonly sourceGroup?: number;
  readonly sourceRange?: IpInterval;
  readonly destinationGroup?: number;
  readonly destinationRange?: IpInterval;
  readonly ports: PortSet;
}

/** Computes allowed connections for one cluster model. */
export class Engine {
  public readonly groups: Group[] = [];
  /** External ranges that can be sources (cut by ingress ipBlocks) and destinations (egress). */
  public readonly ingressRanges: IpInterval[];
  public readonly egressRanges: IpInterval[];

  private readonly groupByWorkload = new Map<string, number>();
  private readonly groupsByNamespace = new Map<string, number[]>();
  private readonly podSelections = new Map<string, number[]>();
  private readonly namespaceSelections = new Map<string, string[]>();
  private readonly rulePorts = new Map<RuleModel, RulePorts>();
  private readonly peerSets = new Map<string, PeerSet>();
  private readonly ingress: DirectionState[];
  private readonly egress: DirectionState[];

  constructor(private readonly model: ClusterModel) {
    this.buildGroups();
    this.ingressRanges = elementaryIntervals(collectBlocks(model.policies, 'ingress'));
    this.egressRanges = elementaryIntervals(collectBlocks(model.policies, 'egress'));
    this.ingress = this.groups.map(newState);
    this.egress = this.groups.map(newState);
    for (const policy of model.policies) this.applyPolicy(policy);
  }

  /** The group of a workload id, or undefined. */
  public groupOf(workloadId: string): number | undefined {
    return this.groupByWorkload.get(workloadId);
  }

  /** Everything the policies allow from group `s` to group `d`. */
  public between(s: number, d: number): PortSet {
    return this.egressTo(s, d).intersect(this.ingressFrom(d, s));
  }

  /** What an external address may send to group `d`. */
  public fromAddress(address: string, d: number): PortSet {
    const state = this.ingress[d];
    if (state.open) return PortSet.ALL;
    const k = rangeIndexOf(this.ingressRanges, address);
    return k === undefined ? state.anyPorts : this.externalPorts(state, d).get(k) ?? state.anyPorts;
  }

  /** What group `s` may send to an external address. */
  public toAddress(s: number, address: string): PortSet {
    const state = this.egress[s];
    if (state.open) return PortSet.ALL;
    const k = rangeIndexOf(this.egressRanges, address);
    return k === undefined ? state.anyPorts : this.externalPorts(state, undefined).get(k) ?? state.anyPorts;
  }

  /** Every non-empty connection between groups and between groups and external ranges. */
  public connections(): RawConnection[] {
    const out: RawConnection[] = [];
    const n = this.groups.length;
    // Destinations that accept some ingress from any source, and per source the
    // destinations whose rules name it: together, a superset of every source's peers.
    const broadIngress: number[] = [];
    const namedIn: number[][] = this.groups.map(() => []);
    for (let d = 0; d < n; d++) {
      const st = this.ingress[d];
      if (st.open || !st.anyPorts.isEmpty) broadIngress.push(d);
      else for (const r of st.rules) for (const s of r.peers.groups) namedIn[s].push(d);
    }
    const seen = new Int32Array(n).fill(-1);
    for (let s = 0; s < n; s++) {
      const eg = this.egress[s];
      const fromIngress = broadIngress.length + namedIn[s].length;
      const narrow = !eg.open && eg.anyPorts.isEmpty && eg.anyNamed.length === 0;
      const fromEgress = narrow ? eg.rules.reduce((sum, r) => sum + r.peers.groups.size, 0) : Infinity;
      // Both candidate lists contain every real peer; walk the shorter one.
      const candidates: Iterable<number>[] = fromEgress < fromIngress
        ? eg.rules.map((r) => r.peers.groups)
        : [broadIngress, namedIn[s]];
      for (const list of candidates) {
        for (const d of list) {
          if (seen[d] === s) continue;
          seen[d] = s;
          const ports = this.between(s, d);
          if (!ports.isEmpty) out.push({ sourceGroup: s, destinationGroup: d, ports });
        }
      }
      this.emitExternal(eg, undefined, this.egressRanges, (range, ports) => out.push({ sourceGroup: s, destinationRange: range, ports }));
    }
    for (let d = 0; d < n; d++) {
      this.emitExternal(this.ingress[d], d, this.ingressRanges, (range, ports) => out.push({ sourceRange: range, destinationGroup: d, ports }));
    }
    return out;
  }

  /** Calls `emit` for every external range that the state allows. */
  private emitExternal(st: DirectionState, self: number | undefined, ranges: IpInterval[], emit: (range: IpInterval, ports: PortSet) => void): void {
    if (st.open) {
      for (const range of ranges) emit(range, PortSet.ALL);
      return;
    }
    const byRange = this.externalPorts(st, self);
    if (st.anyPorts.isEmpty) {
      for (const [k, ports] of byRange) emit(ranges[k], ports);
    } else {
      ranges.forEach((range, k) => emit(range, byRange.get(k) ?? st.anyPorts));
    }
  }

  /**
   * Per external range index, what an isolated state allows (peerless ports included).
   * Ingress rules resolve named ports on the group itself (`self`); egress rules toward
   * an address use only their numeric ports, since a named port never matches one.
   */
  private externalPorts(st: DirectionState, self: number | undefined): Map<number, PortSet> {
    const byRange = new Map<number, PortSet>();
    for (const r of st.rules) {
      if (r.peers.ranges.length === 0) continue;
      const ports = self === undefined ? r.ports.fixed : this.resolve(r.ports, self);
      if (ports.isEmpty) continue;
      for (const k of r.peers.ranges) byRange.set(k, (byRange.get(k) ?? st.anyPorts).union(ports));
    }
    return byRange;
  }

  private egressTo(s: number, d: number): PortSet {
    const st = this.egress[s];
    if (st.open) return PortSet.ALL;
    let ports = st.anyPorts;
    for (const rp of st.anyNamed) ports = ports.union(this.resolve(rp, d));
    for (const r of st.rules) if (r.peers.groups.has(d)) ports = ports.union(this.resolve(r.ports, d));
    return ports;
  }

  private ingressFrom(d: number, s: number): PortSet {
    const st = this.ingress[d];
    if (st.open) return PortSet.ALL;
    let ports = st.anyPorts;
    for (const r of st.rules) if (r.peers.groups.has(s)) ports = ports.union(this.resolve(r.ports, d));
    return ports;
  }

  private buildGroups(): void {
    const keys = new Set<string>();
    const portNames = new Set<string>();
    for (const p of this.model.policies) {
      p.podSelector.keys.forEach((k) => keys.add(k));
      for (const rule of [...p.ingress, ...p.egress]) {
        rule.peers?.forEach((peer) => peer.podSelector?.keys.forEach((k) => keys.add(k)));
        rule.ports?.forEach((port) => port.portName !== undefined && portNames.add(port.portName));
      }
    }
    const sortedKeys = [...keys].sort();
    const sortedNames = [...portNames].sort();
    const byKey = new Map<string, Group>();
    for (const w of this.model.workloads) {
      const labelPart = sortedKeys.map((k) => (k in w.labels ? `=${w.labels[k]}` : '!')).join('\u0000');
      const portPart = sortedNames
        .map((name) => w.ports.filter((p) => p.name === name).map((p) => `${p.protocol}:${p.port}`).sort().join(','))
        .join('\u0000');
      const key = `${w.namespace}\u0001${labelPart}\u0001${portPart}`;
      let group = byKey.get(key);
      if (!group) {
        group = { index: this.groups.length, namespace: w.namespace, labels: w.labels, representative: w, workloads: [] };
        byKey.set(key, group);
        this.groups.push(group);
        const list = this.groupsByNamespace.get(w.namespace) ?? [];
        list.push(group.index);
        this.groupsByNamespace.set(w.namespace, list);
      }
      group.workloads.push(w);
      this.groupByWorkload.set(w.id, group.index);
    }
  }

  private applyPolicy(policy: PolicyModel): void {
    const selected = this.selectPods([policy.namespace], policy.podSelector);
    if (policy.affectsIngress) {
      for (const d of selected) this.ingress[d].open = false;
      for (const rule of policy.ingress) {
        const ports = this.portsOf(rule);
        if (!rule.peers) {
          for (const d of selected) this.ingress[d].anyPorts = this.ingress[d].anyPorts.union(this.resolve(ports, d));
          continue;
        }
        const ref = { peers: this.peersOf(policy, rule.peers, this.ingressRanges), ports };
        for (const d of selected) this.ingress[d].rules.push(ref);
      }
    }
    if (policy.affectsEgress) {
      for (const s of selected) this.egress[s].open = false;
      for (const rule of policy.egress) {
        const ports = this.portsOf(rule);
        if (!rule.peers) {
          for (const s of selected) {
            const st = this.egress[s];
            st.anyPorts = st.anyPorts.union(ports.fixed);
            if (ports.named.length > 0 && !st.anyNamed.includes(ports)) st.anyNamed.push(ports);
          }
          continue;
        }
        const ref = { peers: this.peersOf(policy, rule.peers, this.egressRanges), ports };
        for (const s of selected) this.egress[s].rules.push(ref);
      }
    }
  }

  /** The groups and external ranges a rule's peers match; equal peer lists share one result. */
  private peersOf(policy: PolicyModel, peers: readonly PeerModel[], ranges: IpInterval[]): PeerSet {
    const key = `${ranges === this.ingressRanges ? 'in' : 'out'}\u0001${policy.namespace}\u0001${peers.map(peerKey).join('\u0002')}`;
    let result = this.peerSets.get(key);
    if (!result) {
      const groups = new Set<number>();
      const matched = new Set<number>();
      for (const peer of peers) {
        if (peer.ipBlock) {
          for (const block of peer.ipBlock) rangesInside(ranges, block).forEach((k) => matched.add(k));
        } else {
          this.peerGroups(policy, peer).forEach((g) => groups.add(g));
        }
      }
      result = { groups, ranges: [...matched] };
      this.peerSets.set(key, result);
    }
    return result;
  }

  private peerGroups(policy: PolicyModel, peer: PeerModel): number[] {
    // podSelector alone: the policy's namespace; namespaceSelector alone: all their pods.
    const namespaces = peer.namespaceSelector ? this.selectNamespaces(peer.namespaceSelector) : [policy.namespace];
    return this.selectPods(namespaces, peer.podSelector ?? EVERY_POD);
  }

  private selectNamespaces(selector: LabelSelector): string[] {
    let result = this.namespaceSelections.get(selector.canonical);
    if (!result) {
      result = [...this.model.namespaces.values()].filter((ns) => selector.matches(ns.labels)).map((ns) => ns.name);
      this.namespaceSelections.set(selector.canonical, result);
    }
    return result;
  }

  private selectPods(namespaces: string[], selector: LabelSelector): number[] {
    const result: number[] = [];
    for (const ns of namespaces) {
      const cacheKey = `${ns}\u0001${selector.canonical}`;
      let inNs = this.podSelections.get(cacheKey);
      if (!inNs) {
        inNs = (this.groupsByNamespace.get(ns) ?? []).filter((g) => selector.matches(this.groups[g].labels));
        this.podSelections.set(cacheKey, inNs);
      }
      result.push(...inNs);
    }
    return result;
  }

  private portsOf(rule: RuleModel): RulePorts {
    let rp = this.rulePorts.get(rule);
    if (!rp) {
      let fixed = rule.ports ? PortSet.EMPTY : PortSet.ALL;
      for (const p of rule.ports ?? []) {
        if (p.portName !== undefined) continue;
        fixed = fixed.union(p.port === undefined ? PortSet.protocol(p.protocol) : PortSet.range(p.protocol, p.port, p.endPort ?? p.port));
      }
      rp = { fixed, named: (rule.ports ?? []).filter((p) => p.portName !== undefined), resolved: new Map() };
      this.rulePorts.set(rule, rp);
    }
    return rp;
  }

  /** The rule's ports toward destination group `d`: named ports resolve on its containers, protocol must match. */
  private resolve(rp: RulePorts, d: number): PortSet {
    if (rp.named.length === 0) return rp.fixed;
    let ports = rp.resolved.get(d);
    if (!ports) {
      ports = rp.fixed;
      const containerPorts = this.groups[d].representative.ports;
      for (const named of rp.named) {
        for (const cp of containerPorts) {
          if (cp.name === named.portName && cp.protocol === named.protocol) ports = ports.union(PortSet.range(cp.protocol, cp.port, cp.port));
        }
      }
      rp.resolved.set(d, ports);
    }
    return ports;
  }
}

const EVERY_POD = LabelSelector.parse({}, '', () => { throw new Error('unreachable'); });

function newState(): DirectionState {
  return { open: true, anyPorts: PortSet.EMPTY, anyNamed: [], rules: [] };
}

function peerKey(peer: PeerModel): string {
  if (peer.ipBlock) return `ip:${peer.ipBlock.map((b) => `${b.family}/${b.first}-${b.last}`).join(',')}`;
  return `ns:${peer.namespaceSelector?.canonical ?? '-'}|pod:${peer.podSelector?.canonical ?? '-'}`;
}

function collectBlocks(policies: readonly PolicyModel[], direction: 'ingress' | 'egress'): IpInterval[] {
  const blocks: IpInterval[] = [];
  for (const p of policies) {
    for (const rule of p[direction]) {
      rule.peers?.forEach((peer) => peer.ipBlock?.forEach((b) => blocks.push(b)));
    }
  }
  return blocks;
}

/** Indexes of the elementary ranges inside `block` (they never straddle its edges). */
function rangesInside(ranges: IpInterval[], block: IpInterval): number[] {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (before(ranges[mid], block.family, block.first)) lo = mid + 1; else hi = mid;
  }
  const result: number[] = [];
  for (let k = lo; k < ranges.length && ranges[k].family === block.family && ranges[k].last <= block.last; k++) result.push(k);
  return result;
}

function before(range: IpInterval, family: IpFamily, first: bigint): boolean {
  return range.family < family || (range.family === family && range.first < first);
}

function rangeIndexOf(ranges: IpInterval[], address: string): number | undefined {
  const parsed = parseAddress(address);
  if (!parsed) return undefined;
  const k = ranges.findIndex((r) => r.family === parsed.family && r.first <= parsed.value && parsed.value <= r.last);
  return k < 0 ? undefined : k;
}
