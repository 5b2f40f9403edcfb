// The CNI check itself: a pure function over synthesized (or hand-written) objects.
// It reads plain manifests only, never construct state, so it works on any YAML.
import { cidrsOverlap, parseManifestCidr, parsePodCidrs } from './cidr-overlap';
import { Cni } from './cni';
import { CniCheckOptions, CniFinding, FindingSeverity } from './finding';
import { CniFeature, MaintenanceStatus, SupportLevel } from './support';

const CILIUM_KINDS = ['CiliumNetworkPolicy', 'CiliumClusterwideNetworkPolicy'];

/** What each feature is called in a message, and what to do when the CNI lacks it. */
const FEATURE_TEXT: Record<CniFeature, { readonly what: string; readonly fix: string }> = {
  [CniFeature.INGRESS]: { what: 'ingress isolation', fix: 'use a CNI that enforces NetworkPolicy, e.g. calico or cilium' },
  [CniFeature.EGRESS]: { what: 'egress rules', fix: 'use a CNI that enforces egress, e.g. calico or cilium, or do not rely on egress isolation' },
  [CniFeature.IPBLOCK_EXCEPT]: { what: 'ipBlock.except', fix: 'split the cidr into ranges that need no except' },
  [CniFeature.END_PORT]: { what: 'endPort (port ranges)', fix: 'list the ports one by one, or run a CNI version that supports endPort' },
  [CniFeature.SCTP]: { what: 'SCTP ports', fix: 'test the SCTP rules in a cluster, or use a CNI that supports SCTP policy, e.g. calico or antrea' },
  [CniFeature.NAMED_PORTS]: { what: 'named ports', fix: 'use numeric ports' },
  [CniFeature.IPBLOCK_MATCHES_POD_IPS]: { what: 'ipBlocks that contain pod IPs', fix: 'select pods with podSelector/namespaceSelector instead of their IPs' },
  [CniFeature.CILIUM_NETWORK_POLICY]: { what: 'CiliumNetworkPolicy', fix: 'run it on cilium (Cni.cilium(), --cni cilium) or replace it with a networking.k8s.io/v1 NetworkPolicy' },
};

const LEVEL_TEXT: Partial<Record<SupportLevel, string>> = {
  [SupportLevel.PARTIAL]: 'which is only partly enforced by',
  [SupportLevel.IGNORED_SILENTLY]: 'which is silently ignored by',
  [SupportLevel.UNSUPPORTED]: 'which is not supported by',
  [SupportLevel.UNKNOWN]: 'which is not known to be enforced by',
};

/**
 * Checks manifests against what `cni` enforces and returns the findings, errors first.
 * Reads `networking.k8s.io/v1` NetworkPolicy and `cilium.io/v2` Cilium policies; other
 * objects are ignored. Throws a ValidationError on invalid `options.podCidrs`.
 */
export function checkManifests(objects: any[], cni: Cni, options: CniCheckOptions = {}): CniFinding[] {
  const podCidrs = parsePodCidrs(options.podCidrs ?? [], 'checkManifests');
  const findings: CniFinding[] = [];
  const policies = objects.filter((o) => o && o.kind === 'NetworkPolicy' && String(o.apiVersion).startsWith('networking.k8s.io/'));
  const ciliumPolicies = objects.filter((o) => o && CILIUM_KINDS.includes(o.kind) && String(o.apiVersion).startsWith('cilium.io/'));
  if (policies.length + ciliumPolicies.length === 0) return [];

  if (cni.maintenance !== MaintenanceStatus.ACTIVE) {
    findings.push({
      severity: FindingSeverity.WARNING,
      code: `CNI_${cni.maintenance}`,
      object: `cni ${cni.label}`,
      message: `${cni.name} is ${cni.maintenance.toLowerCase()}${cni.maintenanceNote ? ` (${cni.maintenanceNote})` : ''}: `
        + `${cni.maintenance === MaintenanceStatus.DEPRECATED ? 'its support ends' : 'its policy enforcement gets no fixes'}; `
        + `${cni.advice ?? 'plan a migration to a maintained CNI'}`,
      source: cni.maintenanceSource,
    });
  }

  for (const policy of policies) {
    const object = describe(policy);
    const said = lowerKind(object);
    if (!cni.enforcesNetworkPolicy) {
      findings.push({
        severity: FindingSeverity.ERROR,
        code: 'NETWORK_POLICY_NOT_ENFORCED',
        object,
        message: `${said} will be silently ignored: ${cni.name} enforces no NetworkPolicy, so every pod stays reachable; `
          + `${cni.advice ?? FEATURE_TEXT[CniFeature.INGRESS].fix}`,
        feature: CniFeature.INGRESS,
        source: cni.support(CniFeature.INGRESS).source,
      });
      continue;
    }
    const used = usedFeatures(policy);
    for (const [feature, detail] of used) {
      const finding = featureFinding(cni, feature, object, detail);
      if (finding) findings.push(finding);
    }
    for (const cidr of ipBlockCidrs(policy)) {
      const parsed = parseManifestCidr(cidr);
      const hit = parsed && podCidrs.find((p) => cidrsOverlap(parsed, p.parsed));
      if (hit) findings.push(podCidrFinding(cni, object, cidr, hit.text));
    }
  }

  for (const policy of ciliumPolicies) {
    const object = describe(policy);
    const finding = featureFinding(cni, CniFeature.CILIUM_NETWORK_POLICY, object, '');
    if (finding) {
      findings.push(finding);
      continue;
    }
    // Cilium's own port ranges arrived with the same release as NetworkPolicy endPort (1.16).
    const range = ciliumPortRange(policy);
    const rangeFinding = range ? featureFinding(cni, CniFeature.END_PORT, object, range) : undefined;
    if (rangeFinding) findings.push(rangeFinding);
  }

  const result = options.strict
    ? findings.map((f) => ({ ...f, severity: FindingSeverity.ERROR }))
    : findings;
  // Errors first, then in input order: deterministic output.
  return [
    ...result.filter((f) => f.severity === FindingSeverity.ERROR),
    ...result.filter((f) => f.severity !== FindingSeverity.ERROR),
  ];
}

function featureFinding(cni: Cni, feature: CniFeature, object: string, detail: string): CniFinding | undefined {
  const support = cni.support(feature);
  const how = LEVEL_TEXT[support.level];
  if (!how) return undefined;
  const text = FEATURE_TEXT[feature];
  const isCiliumOnForeignCni = feature === CniFeature.CILIUM_NETWORK_POLICY && support.level === SupportLevel.UNSUPPORTED;
  const why = isCiliumOnForeignCni
    ? `the cilium.io/v2 CRD does not exist on ${cni.name}, so the object cannot be applied and the traffic it allows stays blocked`
    : `${text.what}${detail ? ` (${detail})` : ''}, ${how} ${cni.label}${support.note ? ` (${support.note})` : ''}`;
  const said = lowerKind(object);
  return {
    severity: isCiliumOnForeignCni ? FindingSeverity.ERROR : FindingSeverity.WARNING,
    code: `${feature}_${support.level}`,
    object,
    message: `${isCiliumOnForeignCni ? `${said} will not apply: ${why}` : `${said} uses ${why}`}; ${text.fix}`,
    feature,
    source: support.source,
  };
}

function podCidrFinding(cni: Cni, object: string, cidr: string, podCidr: string): CniFinding {
  const support = cni.support(CniFeature.IPBLOCK_MATCHES_POD_IPS);
  const effect = support.level === SupportLevel.UNSUPPORTED
    ? `on ${cni.label} an ipBlock never matches pods, so the pods in it are not allowed`
    : support.level === SupportLevel.SUPPORTED
      ? `on ${cni.label} an ipBlock also matches pods, and pod IPs change when pods restart, so the rule allows whichever pods hold them`
      : `whether ${cni.label} lets an ipBlock match pods is not documented, and pod IPs change when pods restart`;
  return {
    severity: FindingSeverity.WARNING,
    code: 'IPBLOCK_OVERLAPS_POD_CIDR',
    object,
    message: `${lowerKind(object)} has ipBlock ${cidr}, which overlaps the pod cidr ${podCidr}: ${effect}; ${FEATURE_TEXT[CniFeature.IPBLOCK_MATCHES_POD_IPS].fix}`,
    feature: CniFeature.IPBLOCK_MATCHES_POD_IPS,
    source: support.source,
  };
}

/** The features a NetworkPolicy uses, each with a short example of where. */
function usedFeatures(policy: any): Map<CniFeature, string> {
  const spec = policy.spec ?? {};
  const types: string[] = spec.policyTypes ?? (spec.egress ? ['Ingress', 'Egress'] : ['Ingress']);
  const rules: any[] = [...asArray(spec.ingress), ...asArray(spec.egress)];
  const used = new Map<CniFeature, string>();
  if (types.includes('Ingress')) used.set(CniFeature.INGRESS, '');
  if (types.includes('Egress')) used.set(CniFeature.EGRESS, '');
  for (const rule of rules) {
    for (const peer of [...asArray(rule.from), ...asArray(rule.to)]) {
      const except = asArray(peer?.ipBlock?.except);
      if (except.length > 0 && !used.has(CniFeature.IPBLOCK_EXCEPT)) {
        used.set(CniFeature.IPBLOCK_EXCEPT, `${peer.ipBlock.cidr} except ${except.join(', ')}`);
      }
    }
    for (const port of asArray(rule.ports)) {
      const protocol = port?.protocol ?? 'TCP';
      if (port?.endPort !== undefined && !used.has(CniFeature.END_PORT)) {
        used.set(CniFeature.END_PORT, `${protocol} ${port.port}-${port.endPort}`);
      }
      if (protocol === 'SCTP' && !used.has(CniFeature.SCTP)) {
        used.set(CniFeature.SCTP, `SCTP ${port.port ?? 'any port'}`);
      }
      if (typeof port?.port === 'string' && !/^\d+$/.test(port.port) && !used.has(CniFeature.NAMED_PORTS)) {
        used.set(CniFeature.NAMED_PORTS, `port ${port.port}`);
      }
    }
  }
  return used;
}

/** The first `toPorts` port range of a Cilium policy, e.g. `TCP 8000-8100`. */
function ciliumPortRange(policy: any): string | undefined {
  const rules = [...asArray(policy.spec?.ingress), ...asArray(policy.spec?.egress)];
  const port = rules
    .flatMap((rule) => asArray(rule?.toPorts))
    .flatMap((toPort) => asArray(toPort?.ports))
    .find((p) => p?.endPort !== undefined);
  return port ? `${port.protocol ?? 'ANY'} ${port.port}-${port.endPort}` : undefined;
}

function ipBlockCidrs(policy: any): string[] {
  const spec = policy.spec ?? {};
  const cidrs = [...asArray(spec.ingress), ...asArray(spec.egress)]
    .flatMap((rule) => [...asArray(rule.from), ...asArray(rule.to)])
    .map((peer) => peer?.ipBlock?.cidr)
    .filter((c): c is string => typeof c === 'string');
  return [...new Set(cidrs)];
}

function describe(o: any): string {
  const name = o.metadata?.name ?? '<unnamed>';
  const ns = o.kind === 'CiliumClusterwideNetworkPolicy' ? undefined : (o.metadata?.namespace ?? 'default');
  return `${o.kind} ${ns ? `${ns}/` : ''}${name}`;
}

function asArray(value: any): any[] {
  return Array.isArray(value) ? value : [];
}

/** `NetworkPolicy a/b` -> `networkpolicy a/b`: messages are lowercase prose. */
function lowerKind(object: string): string {
  const space = object.indexOf(' ');
  return object.slice(0, space).toLowerCase() + object.slice(space);
}
