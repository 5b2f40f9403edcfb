import * as fs from 'fs';
import * as path from 'path';
import { App, Chart, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { ClusterContext, Connectivity } from '../../src/analysis';
import { PolicyPort } from '../../src/policy';

/** api (app=api) and db (app=db) in `shop`; db admits api on TCP 5432 via an L1 NetworkPolicy. */
function shopChart(app: App): { chart: Chart; api: Construct; db: kplus.Deployment } {
  const chart = new Chart(app, 'shop', { namespace: 'shop' });
  const api = new Construct(chart, 'api-tier');
  new kplus.Deployment(api, 'api', { metadata: { name: 'api' }, podMetadata: { labels: { app: 'api' } }, containers: [{ image: 'api', portNumber: 8080 }] });
  const db = new kplus.Deployment(chart, 'db', { metadata: { name: 'db' }, podMetadata: { labels: { app: 'db' } }, containers: [{ image: 'pg', portNumber: 5432 }] });
  new kplus.k8s.KubeNetworkPolicy(chart, 'db-policy', {
    metadata: { name: 'db-from-api' },
    spec: {
      podSelector: { matchLabels: { app: 'db' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'api' } } }], ports: [{ port: kplus.k8s.IntOrString.fromNumber(5432) }] }],
      egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: kplus.k8s.IntOrString.fromNumber(53), protocol: 'UDP' }] }],
    },
  });
  return { chart, api, db };
}

describe('Connectivity | charts and constructs', () => {
  test('fromChart reads the synthesized objects; allowsBetween resolves constructs to workloads', () => {
    // GIVEN
    const { chart, api, db } = shopChart(Testing.app());
    // WHEN
    const c = Connectivity.fromChart(chart);
    // THEN
    expect(c.allowsBetween(api, db, { protocol: 'TCP', port: 5432 })).toBe(true);
    expect(c.allowsBetween(api, db, { protocol: 'TCP', port: 8080 })).toBe(false);
    expect(c.allowsBetween(db, api)).toBe(false);
    expect(c.allows('shop/api', 'shop/db[Deployment]', { protocol: 'TCP', port: 5432 })).toBe(true);
    expect(c.manifests()).toEqual(Testing.synth(chart));
  });

  test('the generator\'s PolicyPort works as a port query (structurally, no import in src/analysis)', () => {
    // GIVEN
    const { chart } = shopChart(Testing.app());
    const c = Connectivity.fromChart(chart, { clusterContext: ClusterContext.standard() });
    // THEN
    expect(c.allows('shop/api', 'shop/db', PolicyPort.tcp(5432))).toBe(true);
    expect(c.allows('shop/api', 'shop/db', PolicyPort.tcpRange(5432, 5433))).toBe(false);
    expect(c.allows('shop/db', 'kube-system/coredns', PolicyPort.named('dns', PolicyPort.udp(53).protocol))).toBe(true);
    expect(c.allows('shop/db', 'kube-system/coredns', PolicyPort.allTcp())).toBe(false);
  });

  test('allowsBetween rejects a construct without workloads', () => {
    const { chart, db } = shopChart(Testing.app());
    const empty = new Construct(chart, 'nothing');
    expect(() => Connectivity.fromChart(chart).allowsBetween(empty, db)).toThrow(/source construct "shop\/nothing" contains no workload object; pass a construct with a Deployment/);
  });

  test('fromApp analyzes all charts as one cluster', () => {
    // GIVEN
    const app = Testing.app();
    shopChart(app);
    const other = new Chart(app, 'ops', { namespace: 'ops' });
    new kplus.Deployment(other, 'probe', { metadata: { name: 'probe' }, containers: [{ image: 'p', portNumber: 80 }] });
    // WHEN
    const c = Connectivity.fromApp(app);
    // THEN
    expect(c.peers().map((p) => p.id)).toEqual(['ops/probe[Deployment]', 'shop/api[Deployment]', 'shop/db[Deployment]']);
    expect(c.allows('ops/probe', 'shop/db')).toBe(false);
    expect(c.allows('ops/probe', 'shop/api')).toBe(true);
  });

  test('ClusterContext.standard() adds kube-dns and ingress controllers as peers', () => {
    // GIVEN
    const { chart } = shopChart(Testing.app());
    // WHEN
    const none = Connectivity.fromChart(chart);
    const standard = Connectivity.fromChart(chart, { clusterContext: ClusterContext.standard() });
    // THEN
    expect(none.peers().map((p) => p.id)).toEqual(['shop/api[Deployment]', 'shop/db[Deployment]']);
    expect(standard.peers().map((p) => p.id)).toEqual([
      'ingress-nginx/ingress-nginx-controller[Deployment]', 'kube-system/coredns[Deployment]',
      'shop/api[Deployment]', 'shop/db[Deployment]', 'traefik/traefik[Deployment]',
    ]);
    expect(standard.connectionText('shop/db', 'kube-system/coredns')).toBe('UDP 53');
    expect(standard.allows('shop/db', 'kube-system/coredns', { protocol: 'UDP', name: 'dns' })).toBe(true);
    expect(standard.allows('shop/db', 'kube-system/coredns', { protocol: 'TCP', name: 'dns-tcp' })).toBe(false);
    expect(standard.allows('ingress-nginx/ingress-nginx-controller', 'shop/db')).toBe(false);
  });

  test('ClusterContext.of() adds custom workloads', () => {
    // GIVEN
    const { chart } = shopChart(Testing.app());
    const ctx = ClusterContext.of([{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'prom', namespace: 'monitoring' }, spec: {} }]);
    // THEN
    expect(Connectivity.fromChart(chart, { clusterContext: ctx }).allows('monitoring/prom', 'shop/api')).toBe(true);
  });
});

describe('analysis | independence', () => {
  test('src/analysis imports nothing from policy, patterns or validation', () => {
    // GIVEN
    const dir = path.join(__dirname, '..', '..', 'src', 'analysis');
    // WHEN
    const imports = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).flatMap((f) =>
      [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/(?:from|require\()\s*'([^']+)'/g)].map((m) => `${f}: ${m[1]}`));
    // THEN: every relative import stays inside src/analysis
    expect(imports.length).toBeGreaterThan(5);
    expect(imports.filter((i) => /: \.\.\//.test(i) || /policy|patterns|validation/.test(i.split(': ')[1]))).toEqual([]);
  });
});
