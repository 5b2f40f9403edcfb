import { Chart, Testing } from 'cdk8s';
import { expectMermaidGrammar, tableRows, threeTierReport } from './helpers';
import { ExposedService, IngressController } from '../../src';
import { ClusterContext, Connectivity } from '../../src/analysis';
import { TrafficGroupBy, TrafficReport } from '../../src/report';

describe('TrafficReport | three-tier (the reference design)', () => {
  test('the table states the reference rows, plus the ingress controller and DNS', () => {
    // GIVEN: users -> Ingress -> frontend :80 -> backend :3000 -> database :3306
    // WHEN
    const rows = tableRows(threeTierReport().table());
    // THEN
    expect(rows).toEqual([
      ['Ingress controller (ingress-nginx/ingress-nginx-controller)', '80, 443 (from User)', 'frontend (port 80)'],
      ['frontend', '80 (from Ingress controller)', 'backend (port 3000), DNS (ports 53/TCP, 53/UDP)'],
      ['backend', '3000 (from frontend)', 'database (port 3306), DNS (ports 53/TCP, 53/UDP)'],
      ['database', '3306 (from backend)', 'DNS (ports 53/TCP, 53/UDP)'],
      ['DNS (kube-system/coredns)', '53/TCP, 53/UDP (from frontend, backend, database)', 'None to the app'],
    ]);
  });

  test('hiding DNS and the controller leaves exactly the reference table', () => {
    // WHEN
    const table = threeTierReport({ hideDns: true, hideIngressController: true }).table();
    // THEN: Pod | Ingress Port | Egress Target, as in the seed document
    expect(table).toBe([
      '| Pod | Ingress Port | Egress Target |',
      '| --- | --- | --- |',
      '| frontend | 80 (from User) | backend (port 3000) |',
      '| backend | 3000 (from frontend) | database (port 3306) |',
      '| database | 3306 (from backend) | None |',
      '',
    ].join('\n'));
  });

  test('the ASCII diagram is the reference chain: User -> frontend :80 -> backend :3000 -> database :3306', () => {
    // WHEN
    const ascii = threeTierReport({ hideDns: true, hideIngressController: true }).ascii();
    // THEN: boxes in flow order, arrows labelled Egress / Ingress (port N)
    const labels = ascii.split('\n').map((l) => l.trim()).filter((l) => /^\|  \S/.test(l) || /^(v |\| Egress)/.test(l));
    expect(labels).toEqual([
      '|  User                |', '|  (shop.example.com)  |',
      'v Ingress (port 80)',
      '|  frontend            |', '|  (Port: 80)          |',
      '| Egress', 'v Ingress (port 3000)',
      '|  backend             |', '|  (Port: 3000)        |',
      '| Egress', 'v Ingress (port 3306)',
      '|  database            |', '|  (Port: 3306)        |',
    ]);
    expect(Math.max(...ascii.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(ascii).toMatchSnapshot();
  });

  test('with the controller and DNS, the chain goes through the controller and DNS is a side flow', () => {
    const ascii = threeTierReport().ascii();
    const boxTitles = ascii.split('\n').filter((l, i, all) => /^\s*\+-+\+$/.test(all[i - 1] ?? '') && /^\s*\|  \S/.test(l)).map((l) => l.replace(/[|]/g, '').trim());
    expect(boxTitles).toEqual(['User', 'Ingress controller', 'frontend', 'backend', 'database']);
    expect(ascii.match(/egress to DNS: TCP 53, UDP 53/g)).toHaveLength(3);
    expect(ascii).toContain('v Ingress (ports 80, 443)');
    expect(Math.max(...ascii.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  test('the Mermaid flowchart has distinct User, controller and DNS nodes and labelled edges', () => {
    // WHEN
    const mermaid = threeTierReport().mermaid();
    // THEN
    expectMermaidGrammar(mermaid);
    expect(mermaid).toContain('  user(["User"])\n');
    expect(mermaid).toContain('  ctrl_ingress_nginx_ingress_nginx_controller[["Ingress controller<br/>ingress-nginx/ingress-nginx-controller"]]\n');
    expect(mermaid).toContain('  dns_kube_system_coredns[("DNS<br/>kube-system/coredns")]\n');
    const edges = mermaid.split('\n').filter((l) => l.includes('-->'));
    expect(edges).toEqual([
      '  user -->|"TCP 80,443"| ctrl_ingress_nginx_ingress_nginx_controller',
      '  ctrl_ingress_nginx_ingress_nginx_controller -->|"TCP 80"| wl_shop_frontend',
      '  wl_shop_frontend -->|"TCP 3000"| wl_shop_backend',
      '  wl_shop_frontend -->|"TCP 53, UDP 53"| dns_kube_system_coredns',
      '  wl_shop_backend -->|"TCP 3306"| wl_shop_database',
      '  wl_shop_backend -->|"TCP 53, UDP 53"| dns_kube_system_coredns',
      '  wl_shop_database -->|"TCP 53, UDP 53"| dns_kube_system_coredns',
    ]);
  });

  test('hideIngressController draws users straight to the frontend on its container port', () => {
    const mermaid = threeTierReport({ hideIngressController: true }).mermaid();
    expect(mermaid).not.toContain('ctrl_');
    expect(mermaid).toContain('  user -->|"TCP 80"| wl_shop_frontend\n');
  });

  test('groupBy NAMESPACE puts each namespace in a subgraph and adds a Namespace column', () => {
    // WHEN
    const report = threeTierReport({ groupBy: TrafficGroupBy.NAMESPACE });
    // THEN
    const mermaid = report.mermaid();
    expectMermaidGrammar(mermaid);
    expect(mermaid).toContain('  subgraph group_1["Namespace: shop"]\n    wl_shop_frontend["frontend<br/>Deployment in shop"]\n');
    expect(tableRows(report.table()).map((r) => `${r[0]} ${r[1]}`)).toEqual([
      'ingress-nginx Ingress controller (ingress-nginx/ingress-nginx-controller)',
      'shop frontend', 'shop backend', 'shop database',
      'kube-system DNS (kube-system/coredns)',
    ]);
    expect(report.dot()).toContain('  subgraph cluster_1 {\n    label="Namespace: shop";\n');
  });

  test('DOT is a digraph with one labelled edge per flow', () => {
    const dot = threeTierReport({ hideDns: true }).dot();
    expect(dot.startsWith('digraph traffic {\n')).toBe(true);
    expect(dot.endsWith('}\n')).toBe(true);
    expect(dot).toContain('  workload_shop_backend -> workload_shop_database [label="TCP 3306"];\n');
    expect(dot.match(/ -> /g)).toHaveLength(4);
  });

  test('markdown() is the table, then the Mermaid block', () => {
    const report = threeTierReport();
    expect(report.markdown()).toBe(`${report.table()}\n\`\`\`mermaid\n${report.mermaid()}\`\`\`\n`);
  });

  test('byte-identical on re-analysis', () => {
    expect(threeTierReport().markdown() + threeTierReport().ascii()).toBe(threeTierReport().markdown() + threeTierReport().ascii());
  });
});

describe('TrafficReport | Ingress paths', () => {
  test('an Ingress whose backend no controller may reach is a note, not an edge', () => {
    // GIVEN: the three-tier app without the frontend's ingress rule from the controller
    const report = threeTierReport();
    const connectivityFree = TrafficReport.fromData([], [
      { id: 'shop/frontend[Deployment]', external: false, namespace: 'shop', name: 'frontend', kind: 'Deployment', labels: { 'app.kubernetes.io/name': 'frontend' } },
      { id: 'ingress-nginx/ingress-nginx-controller[Deployment]', external: false, namespace: 'ingress-nginx', name: 'ingress-nginx-controller', kind: 'Deployment', labels: { 'app.kubernetes.io/name': 'ingress-nginx' } },
    ], ingressManifests());
    // THEN
    expect(report.notes()).toEqual([]);
    expect(connectivityFree.notes()).toEqual([
      'ingress shop/web routes users to shop/frontend[Deployment], but no ingress controller may reach it: allow ingress from the controller',
    ]);
    expect(connectivityFree.mermaid()).not.toContain('user');
    expect(connectivityFree.markdown()).toContain('> Note: ingress shop/web routes users');
  });

  test('without any controller in the analysis, users go straight to the Service target port, with a note', () => {
    const report = TrafficReport.fromData([], [
      { id: 'shop/frontend[Deployment]', external: false, namespace: 'shop', name: 'frontend', kind: 'Deployment', labels: { 'app.kubernetes.io/name': 'frontend' } },
    ], ingressManifests());
    expect(report.mermaid()).toContain('  user -->|"TCP 8080"| wl_shop_frontend\n');
    expect(report.notes()[0]).toContain('no ingress controller was analyzed');
  });
});

describe('TrafficReport | a custom ingress controller', () => {
  // GIVEN: an ExposedService behind IngressController.custom, and that controller's Deployment
  const haproxy = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'haproxy', namespace: 'edge' },
    spec: {
      selector: { matchLabels: { app: 'haproxy' } },
      template: { metadata: { labels: { app: 'haproxy' } }, spec: { containers: [{ name: 'haproxy', image: 'haproxy:3.0', ports: [{ containerPort: 8443 }] }] } },
    },
  };
  const edgeNamespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'edge', labels: { 'kubernetes.io/metadata.name': 'edge' } } };
  const analysis = () => {
    const chart = new Chart(Testing.app(), 'shop', { namespace: 'shop' });
    new ExposedService(chart, 'web', {
      image: 'web:1.0',
      port: 8080,
      host: 'shop.example.com',
      ingressController: IngressController.custom({ className: 'haproxy', namespace: 'edge', podLabels: { app: 'haproxy' } }),
    });
    return Connectivity.fromChart(chart, { clusterContext: ClusterContext.of([edgeNamespace, haproxy]) });
  };

  test('named in ingressControllers: users reach the web pods through it, on its declared port', () => {
    // WHEN
    const report = TrafficReport.fromConnectivity(analysis(), { ingressControllers: ['edge/haproxy'] });
    // THEN
    expect(report.notes()).toEqual([]);
    // (web's egress is not isolated, so it may reach the controller too)
    expect(tableRows(report.table())[0]).toEqual(['Ingress controller (edge/haproxy)', '8443 (from User); all ports (from web)', 'web (port 8080)']);
    expect(report.mermaid()).toContain('  user -->|"TCP 8443"| ctrl_edge_haproxy\n');
    expect(report.mermaid()).toContain('  ctrl_edge_haproxy -->|"TCP 8080"| wl_shop_web\n');
  });

  test('not named: it is drawn as a workload, and the Ingress path is a note', () => {
    const report = TrafficReport.fromConnectivity(analysis());
    expect(tableRows(report.table()).map((r) => r[0]).sort()).toEqual(['haproxy', 'web']);
    expect(report.notes()[0]).toContain('no ingress controller was analyzed');
  });

  test('a name that is not an analyzed workload is refused', () => {
    expect(() => TrafficReport.fromConnectivity(analysis(), { ingressControllers: ['edge/envoy'] }))
      .toThrow('TrafficReport.fromData: invalid options.ingressControllers[0] "edge/envoy": is not a workload of the analysis; give namespace/name of a workload whose manifests are analyzed, e.g. haproxy/haproxy-ingress');
  });
});

describe('TrafficReport | bad input', () => {
  test('an unknown groupBy names the option and the choices', () => {
    expect(() => TrafficReport.fromData([], [], [], { groupBy: 'BY_COLOR' as TrafficGroupBy }))
      .toThrow('TrafficReport.fromData: invalid options.groupBy "BY_COLOR": is not a grouping; use one of NONE, NAMESPACE, PART_OF');
  });

  test('policies without workloads: nothing to draw, said in a note', () => {
    // GIVEN: an egress policy and no pod it could apply to
    const policy = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'egress', namespace: 'default' },
      spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '203.0.113.0/24' } }] }] },
    };
    // WHEN
    const r = TrafficReport.fromConnectivity(Connectivity.fromManifests([policy]));
    // THEN
    expect(tableRows(r.table())).toEqual([]);
    expect(r.ascii()).toBe('(no workloads)\n');
    expect(r.mermaid()).toBe('flowchart TD\n');
    expect(r.markdown()).toBe('> Note: the manifests hold no workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob or Pod), so there is no traffic to draw\n');
  });

  test('a connection without peer ids names its index', () => {
    expect(() => TrafficReport.fromData([{ source: {}, destination: {} } as any], [], []))
      .toThrow('TrafficReport.fromData: invalid connections[0].source.id "undefined": is missing');
  });
});

// An Ingress -> Service (named targetPort) -> frontend Deployment, with no policies.
function ingressManifests(): any[] {
  return [
    {
      kind: 'Deployment',
      metadata: { name: 'frontend', namespace: 'shop' },
      spec: { template: { spec: { containers: [{ name: 'web', ports: [{ name: 'http', containerPort: 8080 }] }] } } },
    },
    { kind: 'Service', metadata: { name: 'frontend', namespace: 'shop' }, spec: { selector: { 'app.kubernetes.io/name': 'frontend' }, ports: [{ port: 80, targetPort: 'http' }] } },
    { kind: 'Ingress', metadata: { name: 'web', namespace: 'shop' }, spec: { defaultBackend: { service: { name: 'frontend', port: { number: 80 } } } } },
  ];
}
