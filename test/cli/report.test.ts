import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './helpers';
import { threeTierReport, THREE_TIER_YAML } from '../report/helpers';

describe('cli report |', () => {
  test('defaults to Markdown (table + Mermaid) with the standard cluster context', async () => {
    // WHEN
    const r = await cli('report', THREE_TIER_YAML);
    // THEN
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(threeTierReport().markdown());
    expect(r.out).toContain('| frontend | 80 (from Ingress controller) |');
  });

  test('--format ascii --hide-dns --hide-ingress-controller draws the reference chain', async () => {
    const r = await cli('report', THREE_TIER_YAML, '--format', 'ascii', '--hide-dns', '--hide-ingress-controller');
    expect(r.code).toBe(0);
    expect(r.out).toBe(threeTierReport({ hideDns: true, hideIngressController: true }).ascii());
    expect(r.out).toContain('v Ingress (port 3306)');
  });

  test('--format mermaid --group-by namespace and --format dot', async () => {
    const mermaid = await cli('report', THREE_TIER_YAML, '--format', 'mermaid', '--group-by', 'namespace');
    expect(mermaid.out).toContain('subgraph group_1["Namespace: shop"]');
    const dot = await cli('report', THREE_TIER_YAML, '--format', 'dot', '--group-by', 'part-of');
    expect(dot.out).toContain('label="Part of: shop";');
  });

  test('--cluster-context none: no controller or DNS nodes, and a note that the Ingress path is unchecked', async () => {
    const r = await cli('report', THREE_TIER_YAML, '--cluster-context', 'none');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('coredns');
    expect(r.out).toContain('> Note: ingress shop/web routes users to shop/frontend[Deployment]; no ingress controller was analyzed');
    expect(r.out).toContain('  user -->|"TCP 80"| wl_shop_frontend\n');
  });

  test('--ingress-controller draws a workload the report does not know as the controller', async () => {
    // GIVEN: a haproxy controller in edge and an Ingress to web, no policies
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-ctrl-'));
    fs.writeFileSync(path.join(dir, 'app.yaml'), CUSTOM_CONTROLLER_YAML);
    try {
      // WHEN
      const named = await cli('report', dir, '--cluster-context', 'none', '--format', 'mermaid', '--ingress-controller', 'edge/haproxy');
      const unknown = await cli('report', dir, '--ingress-controller', 'edge/envoy');
      // THEN
      expect(named.code).toBe(0);
      expect(named.out).toContain('  user -->|"TCP 8443"| ctrl_edge_haproxy\n');
      expect(named.out).toContain('  ctrl_edge_haproxy -->|"all ports"| wl_shop_web\n');
      expect(unknown.code).toBe(2);
      expect(unknown.err).toContain('invalid options.ingressControllers[0] "edge/envoy": is not a workload of the analysis');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unknown format or a missing path exits 2 with a message', async () => {
    const format = await cli('report', THREE_TIER_YAML, '--format', 'svg');
    expect(format.code).toBe(2);
    expect(format.err).toContain("argument 'svg' is invalid");
    const missing = await cli('report', '/nonexistent/app.yaml');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('/nonexistent/app.yaml: cannot read it');
  });
});

const CUSTOM_CONTROLLER_YAML = `apiVersion: apps/v1
kind: Deployment
metadata: { name: haproxy, namespace: edge }
spec:
  selector: { matchLabels: { app: haproxy } }
  template:
    metadata: { labels: { app: haproxy } }
    spec: { containers: [{ name: haproxy, image: haproxy:3.0, ports: [{ containerPort: 8443 }] }] }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: web:1.0, ports: [{ containerPort: 8080 }] }] }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec: { selector: { app: web }, ports: [{ port: 80, targetPort: 8080 }] }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  rules:
    - host: shop.example.com
      http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] }
`;
