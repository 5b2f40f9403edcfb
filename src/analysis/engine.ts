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

/** What one group allows in one direction. */
interface DirectionState {
  /** Selected by no policy for this direction: everything is allowed. */
  open: boolean;
  /** From rules without peers (they match every pod and address); resolved for the group itself on ingress. */
  anyPorts: PortSet;
  /** Egress only: peerless rules with named ports, resolved per destination. */
  readonly anyNamed: RulePorts[];
  readonly byGroup: Map<number, PortSet>;
  readonly byExternal: Map<number, PortSet>;
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
    return state.anyPorts.union((k !== undefined && state.byExternal.get(k)) || PortSet.EMPTY);
  }

  /** What group `s` may send to an external address. */
  public toAddress(s: number, address: string): PortSet {
    const state = this.egress[s];
    if (state.open) return PortSet.ALL;
    const k = rangeIndexOf(this.egressRanges, address);
    return state.anyPorts.union((k !== undefined && state.byExternal.get(k)) || PortSet.EMPTY);
  }

  /** Every non-empty connection between groups and between groups and external ranges. */
  public connections(): RawConnection[] {
    const out: RawConnection[] = [];
    const n = this.groups.length;
    // Destinations that accept some ingress from any source, and per source the
    // destinations that name it in a rule: together, the only candidates.
    const broadIngress: number[] = [];
    const namedIn: number[][] = this.groups.map(() => []);
    for (let d = 0; d < n; d++) {
      const st = this.ingress[d];
      if (st.open || !st.anyPorts.isEmpty) broadIngress.push(d);
      else for (const s of st.byGroup.keys()) namedIn[s].push(d);
    }
    const seen = new Int32Array(n).fill(-1);
    for (let s = 0; s < n; s++) {
      const eg = this.egress[s];
      const narrow = !eg.open && eg.anyPorts.isEmpty && eg.anyNamed.length === 0;
      const candidates = narrow ? [...eg.byGroup.keys()] : broadIngress.concat(namedIn[s]);
      for (const d of candidates) {
        if (seen[d] === s) continue;
        seen[d] = s;
        const ports = this.between(s, d);
        if (!ports.isEmpty) out.push({ sourceGroup: s, destinationGroup: d, ports });
      }
      this.egressRanges.forEach((range, j) => {
        const ports = eg.open ? PortSet.ALL : eg.anyPorts.union(eg.byExternal.get(j) ?? PortSet.EMPTY);
        if (!ports.isEmpty) out.push({ sourceGroup: s, destinationRange: range, ports });
      });
    }
    for (let d = 0; d < n; d++) {
      const st = this.ingress[d];
      this.ingressRanges.forEach((range, i) => {
        const ports = st.open ? PortSet.ALL : st.anyPorts.union(st.byExternal.get(i) ?? PortSet.EMPTY);
        if (!ports.isEmpty) out.push({ sourceRange: range, destinationGroup: d, ports });
      });
    }
    return out;
  }

  private egressTo(s: number, d: number): PortSet {
    const st = this.egress[s];
    if (st.open) return PortSet.ALL;
    let ports = st.anyPorts.union(st.byGroup.get(d) ?? PortSet.EMPTY);
    for (const rp of st.anyNamed) ports = ports.union(this.resolve(rp, d));
    return ports;
  }

  private ingressFrom(d: number, s: number): PortSet {
    const st = this.ingress[d];
    if (st.open) return PortSet.ALL;
    return st.anyPorts.union(st.byGroup.get(s) ?? PortSet.EMPTY);
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
        const rp = this.portsOf(rule);
        const { groups, ranges } = this.peersOf(policy, rule, this.ingressRanges);
        for (const d of selected) {
          const st = this.ingress[d];
          const ports = this.resolve(rp, d);
          if (ports.isEmpty) continue;
          if (!rule.peers) { st.anyPorts = st.anyPorts.union(ports); continue; }
          for (const s of groups) addTo(st.byGroup, s, ports);
          for (const i of ranges) addTo(st.byExternal, i, ports);
        }
      }
    }
    if (policy.affectsEgress) {
      for (const s of selected) this.egress[s].open = false;
      for (const rule of policy.egress) {
        const rp = this.portsOf(rule);
        const { groups, ranges } = this.peersOf(policy, rule, this.egressRanges);
        for (const s of selected) {
          const st = this.egress[s];
          if (!rule.peers) {
            st.anyPorts = st.anyPorts.union(rp.fixed);
            if (rp.named.length > 0 && !st.anyNamed.includes(rp)) st.anyNamed.push(rp);
            continue;
          }
          for (const d of groups) addTo(st.byGroup, d, this.resolve(rp, d));
          // A named port never matches an external address: only the fixed part applies.
          if (!rp.fixed.isEmpty) for (const j of ranges) addTo(st.byExternal, j, rp.fixed);
        }
      }
    }
  }

  private peersOf(policy: PolicyModel, rule: RuleModel, ranges: IpInterval[]): { groups: number[]; ranges: number[] } {
    if (!rule.peers) return { groups: [], ranges: [] };
    const groups = new Set<number>();
    const matched = new Set<number>();
    for (const peer of rule.peers) {
      if (peer.ipBlock) {
        for (const block of peer.ipBlock) rangesInside(ranges, block).forEach((k) => matched.add(k));
        continue;
      }
      this.peerGroups(policy, peer).forEach((g) => groups.add(g));
    }
    return { groups: [...groups], ranges: [...matched] };
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
  return { open: true, anyPorts: PortSet.EMPTY, anyNamed: [], byGroup: new Map(), byExternal: new Map() };
}

function addTo(map: Map<number, PortSet>, key: number, ports: PortSet): void {
  const current = map.get(key);
  map.set(key, current ? current.union(ports) : ports);
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
