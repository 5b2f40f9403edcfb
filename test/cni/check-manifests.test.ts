import { ingressWithPorts, networkPolicy } from './helpers';
import { checkManifests, Cni, CniFeature, FindingSeverity } from '../../src/cni';

// One policy per feature; each also isolates ingress (as every generated policy does).
const POLICY_USING: Record<string, any> = {
  NOTHING_SPECIAL: networkPolicy(),
  EGRESS: networkPolicy({ policyTypes: ['Ingress', 'Egress'], egress: [{ to: [{ podSelector: {} }], ports: [{ protocol: 'TCP', port: 5432 }] }] }),
  IPBLOCK_EXCEPT: networkPolicy({ ingress: [{ from: [{ ipBlock: { cidr: '192.0.2.0/24', except: ['192.0.2.128/25'] } }] }] }),
  END_PORT: networkPolicy({ ingress: ingressWithPorts({ protocol: 'TCP', port: 8000, endPort: 8100 }) }),
  SCTP: networkPolicy({ ingress: ingressWithPorts({ protocol: 'SCTP', port: 3868 }) }),
  NAMED_PORTS: networkPolicy({ ingress: ingressWithPorts({ protocol: 'TCP', port: 'http' }) }),
};

// Written by hand from the matrix in landscape.md §6 and the sources in src/cni/matrix.ts:
// codes every policy gets on that CNI, then the extra code per feature.
const EXPECTED: Record<string, { always: string[]; extra: Record<string, string> }> = {
  'calico': { always: [], extra: {} },
  'cilium': { always: [], extra: { END_PORT: 'END_PORT_PARTIAL', SCTP: 'SCTP_PARTIAL' } },
  'cilium@1.15': { always: [], extra: { END_PORT: 'END_PORT_IGNORED_SILENTLY', SCTP: 'SCTP_PARTIAL' } },
  'cilium@1.16': { always: [], extra: { SCTP: 'SCTP_PARTIAL' } },
  'antrea': { always: [], extra: {} },
  'kube-router': { always: [], extra: { SCTP: 'SCTP_UNSUPPORTED' } },
  'weave-net': {
    always: ['CNI_ARCHIVED'],
    extra: { IPBLOCK_EXCEPT: 'IPBLOCK_EXCEPT_UNKNOWN', END_PORT: 'END_PORT_UNKNOWN', SCTP: 'SCTP_UNKNOWN', NAMED_PORTS: 'NAMED_PORTS_UNSUPPORTED' },
  },
  'romana': {
    always: ['CNI_DEFUNCT', 'INGRESS_PARTIAL'],
    extra: { EGRESS: 'EGRESS_UNKNOWN', IPBLOCK_EXCEPT: 'IPBLOCK_EXCEPT_UNKNOWN', END_PORT: 'END_PORT_UNKNOWN', SCTP: 'SCTP_UNKNOWN', NAMED_PORTS: 'NAMED_PORTS_UNKNOWN' },
  },
  'flannel': { always: ['NETWORK_POLICY_NOT_ENFORCED'], extra: {} },
  'canal': { always: [], extra: {} },
  'aws-vpc-cni': { always: [], extra: {} },
  'azure-npm': {
    always: ['CNI_DEPRECATED'],
    extra: { IPBLOCK_EXCEPT: 'IPBLOCK_EXCEPT_UNKNOWN', END_PORT: 'END_PORT_IGNORED_SILENTLY', SCTP: 'SCTP_UNKNOWN', NAMED_PORTS: 'NAMED_PORTS_UNKNOWN' },
  },
  'gke-dataplane-v2': {
    always: [],
    extra: { IPBLOCK_EXCEPT: 'IPBLOCK_EXCEPT_UNKNOWN', END_PORT: 'END_PORT_UNKNOWN', SCTP: 'SCTP_UNKNOWN', NAMED_PORTS: 'NAMED_PORTS_UNKNOWN' },
  },
};

const CASES = Object.entries(EXPECTED).flatMap(([label, expected]) =>
  Object.keys(POLICY_USING).map((feature) => [label, feature, expected] as const));

describe('checkManifests |', () => {
  test.each(CASES)('%s x %s', (label, feature, expected) => {
    // GIVEN
    const [name, version] = label.split('@');
    const cni = Cni.named(name, version);
    // WHEN
    const codes = checkManifests([POLICY_USING[feature]], cni).map((f) => f.code);
    // THEN
    const want = [...expected.always, ...(expected.extra[feature] ? [expected.extra[feature]] : [])];
    expect([...codes].sort()).toEqual([...want].sort());
  });

  test('flannel: an error per policy that says it is ignored and what to install instead', () => {
    // GIVEN
    const objects = [networkPolicy({ name: 'a' }), networkPolicy({ name: 'b', namespace: 'db' })];
    // WHEN
    const findings = checkManifests(objects, Cni.flannel());
    // THEN
    expect(findings.map((f) => [f.severity, f.object])).toEqual([
      [FindingSeverity.ERROR, 'NetworkPolicy shop/a'],
      [FindingSeverity.ERROR, 'NetworkPolicy db/b'],
    ]);
    expect(findings[0].message).toBe(
      'networkpolicy shop/a will be silently ignored: flannel enforces no NetworkPolicy, so every pod stays reachable; '
      + 'install a CNI that enforces NetworkPolicy, e.g. Calico or Cilium, or Canal to keep Flannel networking');
  });

  test('a feature warning names the object, the feature, the CNI and the fix', () => {
    const [finding] = checkManifests([POLICY_USING.END_PORT], Cni.cilium('1.15'));
    expect(finding.severity).toBe(FindingSeverity.WARNING);
    expect(finding.object).toBe('NetworkPolicy shop/web');
    expect(finding.feature).toBe(CniFeature.END_PORT);
    expect(finding.source).toBe('https://github.com/cilium/cilium/issues/28684');
    expect(finding.message).toMatch(/^networkpolicy shop\/web uses endPort \(port ranges\) \(TCP 8000-8100\), which is silently ignored by cilium@1\.15 .*; list the ports one by one/);
  });

  test('an unmaintained CNI is reported once, not per policy', () => {
    const findings = checkManifests([networkPolicy({ name: 'a' }), networkPolicy({ name: 'b' })], Cni.weaveNet());
    expect(findings.filter((f) => f.code === 'CNI_ARCHIVED')).toHaveLength(1);
    expect(findings[0].object).toBe('cni weave-net');
    expect(findings[0].message).toContain('its policy enforcement gets no fixes; migrate to a maintained CNI');
  });

  test('a deprecated CNI is told that its support ends', () => {
    const [finding] = checkManifests([networkPolicy()], Cni.azureNpm());
    expect(finding.code).toBe('CNI_DEPRECATED');
    expect(finding.message).toMatch(/^azure-npm is deprecated \(end of support announced; .*\): its support ends; migrate to Cilium network policy/);
  });

  test('strict mode turns every warning into an error', () => {
    const findings = checkManifests([POLICY_USING.SCTP], Cni.kubeRouter(), { strict: true });
    expect(findings.map((f) => [f.severity, f.code])).toEqual([[FindingSeverity.ERROR, 'SCTP_UNSUPPORTED']]);
  });

  test('no policies, no findings (even on flannel or an archived CNI)', () => {
    const deployment = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: {} };
    expect(checkManifests([deployment], Cni.flannel())).toEqual([]);
    expect(checkManifests([], Cni.weaveNet())).toEqual([]);
  });

  test('a policy without a namespace is shown in default', () => {
    const policy = networkPolicy();
    delete policy.metadata.namespace;
    expect(checkManifests([policy], Cni.flannel())[0].object).toBe('NetworkPolicy default/web');
  });

  describe('pod CIDRs', () => {
    const toPods = networkPolicy({ ingress: [{ from: [{ ipBlock: { cidr: '10.244.1.0/24' } }] }] });

    test('on cilium, an ipBlock inside the pod CIDR never matches pods', () => {
      const findings = checkManifests([toPods], Cni.cilium('1.16'), { podCidrs: ['10.244.0.0/16'] });
      expect(findings.map((f) => f.code)).toEqual(['IPBLOCK_OVERLAPS_POD_CIDR']);
      expect(findings[0].message).toBe('networkpolicy shop/web has ipBlock 10.244.1.0/24, which overlaps the pod cidr 10.244.0.0/16: '
        + 'on cilium@1.16 an ipBlock never matches pods, so the pods in it are not allowed; select pods with podSelector/namespaceSelector instead of their IPs');
    });

    test('on calico it matches pods, whose IPs change', () => {
      const [finding] = checkManifests([toPods], Cni.calico(), { podCidrs: ['10.244.0.0/16'] });
      expect(finding.message).toContain(': on calico an ipBlock also matches pods, and pod IPs change when pods restart, so the rule allows whichever pods hold them;');
      expect(finding.source).toBe('https://github.com/projectcalico/calico/issues/6634');
    });

    test('where it is not documented, the warning says so', () => {
      const [finding] = checkManifests([toPods], Cni.antrea(), { podCidrs: ['10.244.0.0/16'] });
      expect(finding.message).toContain(': whether antrea lets an ipBlock match pods is not documented, and pod IPs change when pods restart;');
    });

    test('a wider ipBlock that contains the pod CIDR overlaps too', () => {
      const wide = networkPolicy({ ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }] });
      expect(checkManifests([wide], Cni.calico(), { podCidrs: ['10.244.0.0/16'] }).map((f) => f.code)).toEqual(['IPBLOCK_OVERLAPS_POD_CIDR']);
    });

    test('IPv6 pod CIDRs are compared with IPv6 ipBlocks only', () => {
      const v6 = networkPolicy({ ingress: [{ from: [{ ipBlock: { cidr: 'fd00:10:244:1::/64' } }, { ipBlock: { cidr: '10.0.0.0/8' } }] }] });
      const findings = checkManifests([v6], Cni.calico(), { podCidrs: ['fd00:10:244::/56'] });
      expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('ipBlock fd00:10:244:1::/64')]);
    });

    test('disjoint ranges are not reported', () => {
      expect(checkManifests([toPods], Cni.cilium('1.16'), { podCidrs: ['10.245.0.0/16', '192.168.0.0/16'] })).toEqual([]);
    });

    test('a bad pod CIDR throws, naming the field and the value', () => {
      expect(() => checkManifests([toPods], Cni.calico(), { podCidrs: ['10.244.0.0/16', '10.244.0.0/33'] }))
        .toThrow('checkManifests: invalid podCidrs[1] "10.244.0.0/33": the prefix length must be a whole number from 0 to 32 for ipv4');
    });

    test('a malformed ipBlock in foreign YAML is skipped, not thrown', () => {
      const odd = networkPolicy({ ingress: [{ from: [{ ipBlock: { cidr: '10.244.1.1/16' } }] }] });
      expect(checkManifests([odd], Cni.calico(), { podCidrs: ['10.244.0.0/16'] })).toEqual([]);
    });
  });

  describe('CiliumNetworkPolicy', () => {
    const cnp = { apiVersion: 'cilium.io/v2', kind: 'CiliumNetworkPolicy', metadata: { name: 'to-api', namespace: 'shop' }, spec: {} };

    test('on a non-cilium CNI it is an error that says why', () => {
      const findings = checkManifests([cnp], Cni.calico());
      expect(findings.map((f) => [f.severity, f.code, f.object])).toEqual([
        [FindingSeverity.ERROR, 'CILIUM_NETWORK_POLICY_UNSUPPORTED', 'CiliumNetworkPolicy shop/to-api'],
      ]);
      expect(findings[0].message).toBe('ciliumnetworkpolicy shop/to-api will not apply: the cilium.io/v2 CRD does not exist on calico, '
        + 'so the object cannot be applied and the traffic it allows stays blocked; run it on cilium (Cni.cilium(), --cni cilium) or replace it with a networking.k8s.io/v1 NetworkPolicy');
    });

    test('on flannel too', () => {
      expect(checkManifests([cnp], Cni.flannel()).map((f) => f.code)).toEqual(['CILIUM_NETWORK_POLICY_UNSUPPORTED']);
    });

    test('a toPorts port range is reported like endPort on cilium before 1.16', () => {
      const ranged = { ...cnp, spec: { egress: [{ toPorts: [{ ports: [{ port: '8000', endPort: 8100, protocol: 'TCP' }] }] }] } };
      expect(checkManifests([ranged], Cni.cilium('1.15')).map((f) => f.code)).toEqual(['END_PORT_IGNORED_SILENTLY']);
      expect(checkManifests([ranged], Cni.cilium('1.16'))).toEqual([]);
    });

    test('on cilium it is fine; on GKE it is a warning', () => {
      expect(checkManifests([cnp], Cni.cilium('1.16'))).toEqual([]);
      expect(checkManifests([cnp], Cni.gkeDataplaneV2()).map((f) => [f.severity, f.code]))
        .toEqual([[FindingSeverity.WARNING, 'CILIUM_NETWORK_POLICY_UNKNOWN']]);
    });
  });

  test('errors come before warnings', () => {
    const cnp = { apiVersion: 'cilium.io/v2', kind: 'CiliumClusterwideNetworkPolicy', metadata: { name: 'x' }, spec: {} };
    const findings = checkManifests([POLICY_USING.SCTP, cnp], Cni.kubeRouter());
    expect(findings.map((f) => [f.severity, f.object])).toEqual([
      [FindingSeverity.ERROR, 'CiliumClusterwideNetworkPolicy x'],
      [FindingSeverity.WARNING, 'NetworkPolicy shop/web'],
    ]);
  });
});
