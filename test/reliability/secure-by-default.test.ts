// Secure-by-default audit: every pattern, as a user writes it with defaults (and with its
// common options), emits no allow-all rule, isolates every pod it creates, sends DNS to
// kube-dns only and keeps cdk8s-plus's hardened container defaults.
import { Chart, Testing } from 'cdk8s';
import { Deployment } from 'cdk8s-plus-28';
import {
  ClusterContext, Connectivity, EgressSelector, EgressToCidr, EgressToFqdn, ExposedService, FrontendClient, IngressController,
  PolicyPort, ThreeTierApp,
} from '../../src';

const KUBE_DNS_PEER = {
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
  podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
};

/**
 * Each pattern as users write it; `egress` says whether it declares egress for the pods it
 * creates; `pods` how many workloads it creates; `userWorkloads` names workloads the user made (not the pattern's to isolate).
 */
const PATTERNS: Array<{ name: string; egress: boolean; pods: number; userWorkloads?: string[]; build: (chart: Chart) => void }> = [
  { name: 'ExposedService (defaults)', egress: false, pods: 1, build: (c) => new ExposedService(c, 'web', { image: 'nginx:1.27', host: 'example.com' }) },
  {
    name: 'ExposedService (traefik, TLS, two routes)',
    egress: false,
    pods: 1,
    build: (c) => new ExposedService(c, 'web', {
      image: 'nginx:1.27', host: 'example.com', ingressController: IngressController.traefik(), tls: [{ secretName: 'web-tls' }],
    }).addRoute('www.example.com', '/app'),
  },
  { name: 'EgressToCidr (defaults)', egress: true, pods: 0, build: (c) => new EgressToCidr(c, 'db', { cidr: '203.0.113.0/24', except: ['203.0.113.10/32'], ports: [PolicyPort.tcp(3306)] }) },
  {
    name: 'EgressToCidr (IPv6, workload selector)',
    egress: true,
    pods: 0,
    userWorkloads: ['test-api-c855049c'],
    build: (c) => new EgressToCidr(c, 'db', {
      cidr: '2001:db8::/32', selector: EgressSelector.workload(new Deployment(c, 'api', { containers: [{ image: 'api:1.0' }] })),
    }),
  },
  {
    name: 'ThreeTierApp (defaults)',
    egress: true,
    pods: 3,
    build: (c) => new ThreeTierApp(c, 'shop', {
      host: 'shop.example.com', frontend: { image: 'nginx:1.27' }, backend: { image: 'ghcr.io/acme/api:1.4.2' }, database: { image: 'mysql:8.4' },
    }),
  },
  {
    name: 'ThreeTierApp (external database, clients)',
    egress: true,
    pods: 2,
    build: (c) => new ThreeTierApp(c, 'shop', {
      host: 'shop.example.com',
      frontend: { image: 'nginx:1.27' },
      backend: { image: 'api:1.0' },
      externalDatabase: { cidr: '10.20.0.0/24' },
      frontendClients: [FrontendClient.pods({ role: 'user' })],
    }),
  },
  { name: 'EgressToFqdn', egress: true, pods: 0, build: (c) => new EgressToFqdn(c, 'fqdn', { podLabels: { app: 'api' }, matchNames: ['api.example.com'], ports: [PolicyPort.tcp(443)] }) },
];

const synth = (build: (chart: Chart) => void) => {
  const chart = Testing.chart();
  build(chart);
  return Testing.synth(chart);
};
const policies = (objs: any[]) => objs.filter((o) => o.kind === 'NetworkPolicy');
const workloads = (objs: any[]) => objs.filter((o) => ['Deployment', 'StatefulSet', 'DaemonSet', 'Pod'].includes(o.kind));
const podLabelsOf = (w: any) => (w.kind === 'Pod' ? w.metadata.labels : w.spec.template.metadata.labels) ?? {};
const selects = (selector: any, podLabels: Record<string, string>) =>
  Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => podLabels[k] === v) && !selector?.matchExpressions;
const rules = (p: any) => [...(p.spec.ingress ?? []).map((r: any) => r.from), ...(p.spec.egress ?? []).map((r: any) => r.to)];

describe.each(PATTERNS)('secure by default | $name', ({ build, egress, pods, userWorkloads }) => {
  const objs = synth(build);
  const created = workloads(objs).filter((w) => !(userWorkloads ?? []).includes(w.metadata.name));

  test('no rule allows every peer: no {} rule, no empty peer, no all-namespaces selector, no 0.0.0.0/0 or ::/0', () => {
    expect(policies(objs).length + objs.filter((o) => o.kind === 'CiliumNetworkPolicy').length).toBeGreaterThan(0);
    for (const p of policies(objs)) {
      for (const peers of rules(p)) {
        expect(peers).toBeDefined();
        for (const peer of peers ?? []) {
          expect(Object.keys(peer).length).toBeGreaterThan(0);
          if (peer.namespaceSelector) expect(Object.keys(peer.namespaceSelector.matchLabels ?? {})).not.toHaveLength(0);
          if (peer.podSelector && !peer.namespaceSelector) expect(Object.keys(peer.podSelector.matchLabels ?? {})).not.toHaveLength(0);
          expect(['0.0.0.0/0', '::/0']).not.toContain(peer.ipBlock?.cidr);
        }
      }
    }
    for (const cnp of objs.filter((o) => o.kind === 'CiliumNetworkPolicy')) {
      expect(cnp.spec.endpointSelector.matchLabels).not.toEqual({});
      for (const rule of cnp.spec.egress) expect(Object.keys(rule).some((k) => k.startsWith('to') && k !== 'toPorts')).toBe(true);
      expect(JSON.stringify(cnp)).not.toMatch(/0\.0\.0\.0\/0|::\/0|"world"|"all"/);
    }
  });

  test('every pod it creates is ingress-isolated (and egress-isolated when it declares egress)', () => {
    expect(created).toHaveLength(pods);
    for (const w of created) {
      const labels = podLabelsOf(w);
      const isolating = policies(objs).filter((p) => selects(p.spec.podSelector, labels)).flatMap((p) => p.spec.policyTypes);
      expect(isolating).toContain('Ingress');
      if (egress) expect(isolating).toContain('Egress');
    }
    // and the analyzer agrees: nothing reaches those pods on all ports, nothing from outside the cluster
    const c = Connectivity.fromManifests(objs, { clusterContext: ClusterContext.standard() });
    const mine = created.map((w) => `${w.metadata.namespace ?? 'default'}/${w.metadata.name}[${w.kind}]`);
    const into = c.connections().filter((x) => mine.includes(x.destination.id));
    expect(into.filter((x) => x.allConnections || x.source.external)).toEqual([]);
  });

  test('DNS egress goes to kube-dns only (UDP and TCP 53)', () => {
    for (const p of policies(objs)) {
      for (const rule of p.spec.egress ?? []) {
        if ((rule.ports ?? []).some((port: any) => port.port === 53)) {
          expect(rule.to).toEqual([KUBE_DNS_PEER]);
          expect(rule.ports).toEqual([{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }]);
        }
      }
    }
    for (const cnp of objs.filter((o) => o.kind === 'CiliumNetworkPolicy')) {
      const dns = cnp.spec.egress.filter((r: any) => r.toPorts?.some((tp: any) => tp.ports.some((port: any) => port.port === '53')));
      expect(dns.map((r: any) => r.toEndpoints)).toEqual([[{ matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'kube-system', 'k8s:k8s-app': 'kube-dns' } }]]);
    }
  });

  test('containers run as non-root with a read-only root filesystem, no privilege escalation, and resource limits', () => {
    for (const w of created) {
      const spec = w.kind === 'Pod' ? w.spec : w.spec.template.spec;
      for (const container of spec.containers) {
        expect(container.securityContext).toMatchObject({
          runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, privileged: false,
        });
        expect(container.resources?.limits?.cpu).toBeDefined();
        expect(container.resources?.limits?.memory).toBeDefined();
      }
      expect(spec.automountServiceAccountToken).toBe(false);
    }
  });
});

describe('secure by default | allow-all only when asked for by name', () => {
  test('EgressToCidr writes 0.0.0.0/0 and ::/0 only when the user gives exactly that cidr', () => {
    // GIVEN / WHEN
    const v4 = policies(synth((c) => new EgressToCidr(c, 'any', { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'], allowDns: false })));
    const v6 = policies(synth((c) => new EgressToCidr(c, 'any', { cidr: '::/0', allowDns: false })));
    // THEN
    expect(v4[0].spec.egress).toEqual([{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] }]);
    expect(v6[0].spec.egress).toEqual([{ to: [{ ipBlock: { cidr: '::/0' } }] }]);
  });

  test('ExposedService opens its pods to everyone only with isolate: false', () => {
    // GIVEN / WHEN
    const objs = synth((c) => new ExposedService(c, 'web', { image: 'nginx:1.27', host: 'example.com', isolate: false }));
    // THEN
    expect(policies(objs)).toEqual([]);
    const c = Connectivity.fromManifests(objs, { clusterContext: ClusterContext.standard() });
    expect(c.connectionText('kube-system/coredns', 'default/web')).toBe('All Connections');
  });
});
