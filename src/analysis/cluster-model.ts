// Reads plain Kubernetes objects into the analyzer's model: namespaces, workloads (one per
// owner) and NetworkPolicies. It reads only the objects, never construct state, and
// shares no code with the policy generator on purpose: it is the generator's check.
import { IpInterval, parseCidr, subtract } from './ip-range';
import { LabelSelector } from './label-selector';
import { Protocol, PROTOCOLS } from './port-set';

/** An input object and where it came from, for error messages. */
export interface SourcedObject {
  readonly object: unknown;
  /** e.g. `dist/app.k8s.yaml document 3` or `manifests[2]`. */
  readonly source: string;
}

/** A namespace with its labels (always including `kubernetes.io/metadata.name`). */
export interface NamespaceModel {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** A container port of a workload's pod template. */
export interface ContainerPortModel {
  readonly name?: string;
  readonly port: number;
  readonly protocol: Protocol;
}

/** All pods of one owner (or one bare Pod), represented by the first one read. */
export interface WorkloadModel {
  readonly id: string;
  readonly namespace: string;
  readonly name: string;
  readonly kind: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly ports: readonly ContainerPortModel[];
}

/** One entry of a rule's `from`/`to`. */
export interface PeerModel {
  /** undefined: not given (with namespaceSelector: all pods of those namespaces). */
  readonly podSelector?: LabelSelector;
  /** undefined: not given (the policy's own namespace). */
  readonly namespaceSelector?: LabelSelector;
  /** `cidr` minus `except`; undefined for selector peers. */
  readonly ipBlock?: readonly IpInterval[];
}

/** One entry of a rule's `ports`. */
export interface PortModel {
  readonly protocol: Protocol;
  /** undefined: every port of the protocol. */
  readonly port?: number;
  readonly endPort?: number;
  /** A named port, resolved on the destination pod's containers. */
  readonly portName?: string;
}

/** An ingress or egress rule. */
export interface RuleModel {
  /** undefined: `from`/`to` missing or empty, which matches every peer. */
  readonly peers?: readonly PeerModel[];
  /** undefined: `ports` missing or empty, which allows every port. */
  readonly ports?: readonly PortModel[];
}

/** A networking.k8s.io/v1 NetworkPolicy. */
export interface PolicyModel {
  readonly namespace: string;
  readonly name: string;
  readonly podSelector: LabelSelector;
  readonly affectsIngress: boolean;
  readonly affectsEgress: boolean;
  readonly ingress: readonly RuleModel[];
  readonly egress: readonly RuleModel[];
}

/** Everything the engine needs, in input order. */
export interface ClusterModel {
  readonly namespaces: ReadonlyMap<string, NamespaceModel>;
  readonly workloads: readonly WorkloadModel[];
  readonly policies: readonly PolicyModel[];
  /** The plain objects read (lists flattened). */
  readonly objects: readonly unknown[];
}

/** The label every namespace carries since Kubernetes 1.21. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

const TEMPLATE_KINDS = ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicationController'];
/** Kinds whose pods the analyzer models (Pod objects are named after their controller). */
export const WORKLOAD_KINDS = ['Pod', ...TEMPLATE_KINDS, 'CronJob'];

type Fail = (field: string, value: unknown, fix: string) => never;
type Obj = Record<string, any>;

/** Builds the model; throws a message naming source, field, value and fix on bad input. */
export function loadCluster(inputs: readonly SourcedObject[]): ClusterModel {
  const flat: { object: Obj; source: string }[] = [];
  for (const input of inputs) flatten(input.object, input.source, undefined, flat);

  const declared = new Map<string, NamespaceModel>();
  const workloads = new Map<string, WorkloadModel>();
  const policies: PolicyModel[] = [];
  for (const { object, source } of flat) {
    const fail = failer(source, object);
    const kind = object.kind as string;
    if (kind === 'Namespace') {
      const name = requireName(object, fail);
      if (!declared.has(name)) {
        const labels = readLabels(object.metadata?.labels, 'metadata.labels', fail);
        labels[NAMESPACE_NAME_LABEL] ??= name;
        declared.set(name, { name, labels });
      }
    } else if (WORKLOAD_KINDS.includes(kind)) {
      const workload = readWorkload(object, fail);
      // Replicas and duplicate objects collapse into one peer; the first one read represents it.
      if (!workloads.has(workload.id)) workloads.set(workload.id, workload);
    } else if (kind === 'NetworkPolicy' && isCoreNetworkPolicy(object)) {
      policies.push(readPolicy(object, fail));
    }
  }

  // Namespaces used but not declared exist with only their name label.
  const namespaces = new Map(declared);
  const used = [...workloads.values()].map((w) => w.namespace).concat(policies.map((p) => p.namespace));
  for (const name of used) {
    if (!namespaces.has(name)) namespaces.set(name, { name, labels: { [NAMESPACE_NAME_LABEL]: name } });
  }
  return { namespaces, workloads: [...workloads.values()], policies, objects: flat.map((f) => f.object) };
}

function flatten(object: unknown, source: string, itemKind: string | undefined, out: { object: Obj; source: string }[]): void {
  if (object === null || object === undefined) return;
  if (typeof object !== 'object' || Array.isArray(object)) {
    failer(source, undefined)('(document)', object, 'give a Kubernetes object (a map with apiVersion, kind and metadata)');
  }
  let obj = object as Obj;
  if (obj.kind === undefined && itemKind !== undefined) obj = { ...obj, kind: itemKind };
  if (typeof obj.kind !== 'string' || obj.kind === '') {
    failer(source, obj)('kind', obj.kind, 'every object needs a kind (e.g. Deployment, NetworkPolicy)');
  }
  const kind = obj.kind as string;
  if (kind.endsWith('List') && Array.isArray(obj.items)) {
    // Items of a typed list (PodList) often omit their kind; a plain List's items carry it.
    const defaultKind = kind === 'List' ? undefined : kind.slice(0, -'List'.length);
    (obj.items as unknown[]).forEach((item, i) => flatten(item, `${source} items[${i}]`, defaultKind, out));
    return;
  }
  out.push({ object: obj, source });
}

function failer(source: string, object: Obj | undefined): Fail {
  const what = object && typeof object.kind === 'string'
    ? ` (${object.kind}${typeof object.metadata?.name === 'string' ? ` ${object.metadata?.namespace ?? 'default'}/${object.metadata.name}` : ''})`
    : '';
  return (field, value, fix) => {
    throw new Error(`${source}${what}: invalid ${field}: ${JSON.stringify(value) ?? 'undefined'}; ${fix}`);
  };
}

function requireName(object: Obj, fail: Fail): string {
  const name = object.metadata?.name;
  if (typeof name !== 'string' || name === '') fail('metadata.name', name, 'give the object a non-empty metadata.name');
  return name;
}

function namespaceOf(object: Obj, fail: Fail): string {
  const ns = object.metadata?.namespace;
  if (ns === undefined || ns === null || ns === '') return 'default';
  if (typeof ns !== 'string') fail('metadata.namespace', ns, 'give the namespace as a string');
  return ns;
}

function readLabels(raw: unknown, field: string, fail: Fail): Record<string, string> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) fail(field, raw, 'use a map of label key to value');
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw as object)) labels[k] = String(v);
  return labels;
}

function readWorkload(object: Obj, fail: Fail): WorkloadModel {
  const namespace = namespaceOf(object, fail);
  let name = requireName(object, fail);
  let kind = object.kind as string;
  let podSpec: Obj | undefined;
  let labels: Record<string, string>;
  if (kind === 'Pod') {
    podSpec = object.spec;
    labels = readLabels(object.metadata?.labels, 'metadata.labels', fail);
    const owner = controllingOwner(object);
    if (owner) {
      name = owner.name;
      // np-guard's quirk: an owner reference without kind keeps the kind Pod.
      kind = typeof owner.kind === 'string' && owner.kind !== '' ? owner.kind : 'Pod';
    }
  } else {
    const templateField = kind === 'CronJob' ? 'spec.jobTemplate.spec.template' : 'spec.template';
    const template = kind === 'CronJob' ? object.spec?.jobTemplate?.spec?.template : object.spec?.template;
    if (template !== undefined && (typeof template !== 'object' || template === null)) {
      fail(templateField, template, 'give a pod template object');
    }
    podSpec = template?.spec;
    labels = readLabels(template?.metadata?.labels, `${templateField}.metadata.labels`, fail);
  }
  return { id: `${namespace}/${name}[${kind}]`, namespace, name, kind, labels, ports: readContainerPorts(podSpec, fail) };
}

function controllingOwner(pod: Obj): { name: string; kind?: string } | undefined {
  const refs = pod.metadata?.ownerReferences;
  if (!Array.isArray(refs)) return undefined;
  const owner = refs.find((r: Obj) => r && r.controller === true && typeof r.name === 'string' && r.name !== '');
  // Pods controlled by a Node are static (mirror) pods: they stay plain Pods.
  if (!owner || owner.kind === 'Node') return undefined;
  return owner;
}

function readContainerPorts(podSpec: Obj | undefined, fail: Fail): ContainerPortModel[] {
  const result: ContainerPortModel[] = [];
  const containers = podSpec?.containers;
  if (!Array.isArray(containers)) return result;
  containers.forEach((c: Obj, ci: number) => {
    if (!Array.isArray(c?.ports)) return;
    c.ports.forEach((p: Obj, pi: number) => {
      const field = `containers[${ci}].ports[${pi}]`;
      // Like np-guard (a Go decoder), a port without containerPort (e.g. a misspelled
      // `containerport`) is kept out rather than rejected: it can match no named port.
      if (p?.containerPort === undefined || p?.containerPort === null) return;
      const port = Number(p.containerPort);
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        fail(`${field}.containerPort`, p?.containerPort, 'use a port number from 1 to 65535');
      }
      result.push({ name: typeof p.name === 'string' ? p.name : undefined, port, protocol: readProtocol(p.protocol, `${field}.protocol`, fail) });
    });
  });
  return result;
}

function readProtocol(raw: unknown, field: string, fail: Fail): Protocol {
  if (raw === undefined || raw === null) return 'TCP';
  if (typeof raw !== 'string' || !(PROTOCOLS as readonly string[]).includes(raw)) {
    fail(field, raw, 'use TCP, UDP or SCTP');
  }
  return raw as Protocol;
}

function isCoreNetworkPolicy(object: Obj): boolean {
  // Calico and others reuse the kind name under their own API group.
  return object.apiVersion === undefined || object.apiVersion === 'networking.k8s.io/v1';
}

function readPolicy(object: Obj, fail: Fail): PolicyModel {
  const namespace = namespaceOf(object, fail);
  const name = requireName(object, fail);
  const spec: Obj = object.spec ?? {};
  const ingress = readRules(spec.ingress, 'spec.ingress', 'from', fail);
  const egress = readRules(spec.egress, 'spec.egress', 'to', fail);
  let affectsIngress = true;
  let affectsEgress = egress.length > 0;
  if (Array.isArray(spec.policyTypes) && spec.policyTypes.length > 0) {
    spec.policyTypes.forEach((t: unknown, i: number) => {
      if (t !== 'Ingress' && t !== 'Egress') fail(`spec.policyTypes[${i}]`, t, 'use Ingress or Egress');
    });
    affectsIngress = spec.policyTypes.includes('Ingress');
    affectsEgress = spec.policyTypes.includes('Egress');
  } else if (spec.policyTypes !== undefined && spec.policyTypes !== null && !Array.isArray(spec.policyTypes)) {
    fail('spec.policyTypes', spec.policyTypes, 'use a list of Ingress and/or Egress');
  }
  return {
    namespace,
    name,
    podSelector: LabelSelector.parse(spec.podSelector, 'spec.podSelector', fail),
    affectsIngress,
    affectsEgress,
    ingress,
    egress,
  };
}

function readRules(raw: unknown, field: string, peersKey: 'from' | 'to', fail: Fail): RuleModel[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) fail(field, raw, `use a list of rules with ${peersKey} and ports`);
  return raw.map((rule: Obj, i: number) => {
    const rf = `${field}[${i}]`;
    const rawPeers = rule?.[peersKey];
    const rawPorts = rule?.ports;
    if (rawPeers !== undefined && rawPeers !== null && !Array.isArray(rawPeers)) fail(`${rf}.${peersKey}`, rawPeers, 'use a list of peers');
    if (rawPorts !== undefined && rawPorts !== null && !Array.isArray(rawPorts)) fail(`${rf}.ports`, rawPorts, 'use a list of ports');
    const peers = Array.isArray(rawPeers) && rawPeers.length > 0
      ? rawPeers.map((p: unknown, j: number) => readPeer(p, `${rf}.${peersKey}[${j}]`, fail))
      : undefined;
    const ports = Array.isArray(rawPorts) && rawPorts.length > 0
      ? rawPorts.map((p: unknown, j: number) => readPort(p, `${rf}.ports[${j}]`, fail))
      : undefined;
    return { peers, ports };
  });
}

function readPeer(raw: unknown, field: string, fail: Fail): PeerModel {
  if (typeof raw !== 'object' || raw === null) fail(field, raw, 'use a peer with podSelector, namespaceSelector or ipBlock');
  const peer = raw as Obj;
  const has = (k: string) => peer[k] !== undefined && peer[k] !== null;
  if (has('ipBlock')) {
    if (has('podSelector') || has('namespaceSelector')) {
      fail(field, peer, 'an ipBlock peer cannot also have podSelector or namespaceSelector; split it into two peers');
    }
    return { ipBlock: readIpBlock(peer.ipBlock, `${field}.ipBlock`, fail) };
  }
  if (!has('podSelector') && !has('namespaceSelector')) {
    fail(field, peer, 'set podSelector, namespaceSelector or ipBlock (use podSelector: {} for every pod of the namespace)');
  }
  return {
    podSelector: has('podSelector') ? LabelSelector.parse(peer.podSelector, `${field}.podSelector`, fail) : undefined,
    namespaceSelector: has('namespaceSelector') ? LabelSelector.parse(peer.namespaceSelector, `${field}.namespaceSelector`, fail) : undefined,
  };
}

function readIpBlock(raw: Obj, field: string, fail: Fail): IpInterval[] {
  const cidr = typeof raw?.cidr === 'string' ? parseCidr(raw.cidr) : undefined;
  if (!cidr) fail(`${field}.cidr`, raw?.cidr, 'use a CIDR such as 10.0.0.0/8 or fd00::/8');
  const except = raw.except ?? [];
  if (!Array.isArray(except)) fail(`${field}.except`, except, 'use a list of CIDRs inside cidr');
  const holes = except.map((e: unknown, i: number) => {
    const hole = typeof e === 'string' ? parseCidr(e) : undefined;
    if (!hole || hole.family !== cidr.family) fail(`${field}.except[${i}]`, e, `use a CIDR of the same family as ${raw.cidr}`);
    return hole;
  });
  return subtract(cidr, holes);
}

function readPort(raw: unknown, field: string, fail: Fail): PortModel {
  if (typeof raw !== 'object' || raw === null) fail(field, raw, 'use {protocol, port, endPort}');
  const p = raw as Obj;
  const protocol = readProtocol(p.protocol, `${field}.protocol`, fail);
  if (p.port === undefined || p.port === null) {
    if (p.endPort !== undefined && p.endPort !== null) fail(`${field}.endPort`, p.endPort, 'endPort needs a numeric port');
    return { protocol };
  }
  if (typeof p.port === 'string') {
    if (p.port === '') fail(`${field}.port`, p.port, 'give a port number or a container port name');
    if (p.endPort !== undefined && p.endPort !== null) fail(`${field}.endPort`, p.endPort, 'endPort needs a numeric port, not a named one');
    return { protocol, portName: p.port };
  }
  if (!Number.isInteger(p.port) || p.port < 1 || p.port > 65535) fail(`${field}.port`, p.port, 'use a port number from 1 to 65535 or a container port name');
  if (p.endPort === undefined || p.endPort === null) return { protocol, port: p.port };
  if (!Number.isInteger(p.endPort) || p.endPort < p.port || p.endPort > 65535) {
    fail(`${field}.endPort`, p.endPort, `use a port number from ${p.port} to 65535`);
  }
  return { protocol, port: p.port, endPort: p.endPort };
}
