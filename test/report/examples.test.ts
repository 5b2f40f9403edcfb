import * as fs from 'fs';
import * as path from 'path';
import { expectMermaidGrammar, tableRows } from './helpers';
import { expectedBlock, readmeBlock, THREE_TIER_EXAMPLE, threeTierExampleExists } from './readme-report';
import { ClusterContext, Connectivity } from '../../src/analysis';
import { exampleReport } from '../../src/report';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

describe('TrafficReport | examples/ingress', () => {
  const report = () => exampleReport(path.join(EXAMPLES, 'ingress'));

  test('users reach the frontend through ingress-nginx on port 80; its egress is not isolated', () => {
    // WHEN
    const rows = tableRows(report().table());
    // THEN
    const frontend = rows.find((r) => r[0] === 'frontend')!;
    expect(frontend[1]).toBe('80 (from Ingress controller ingress-nginx)');
    // The seed policy isolates ingress only, so the frontend may send anything anywhere.
    expect(frontend[2]).toContain('0.0.0.0/0 (all ports)');
    expect(rows[0]).toEqual(['Ingress controller ingress-nginx (ingress-nginx/ingress-nginx-controller)', '80, 443 (from User); all ports (from frontend)', 'frontend (port 80)']);
  });

  test('ASCII lists the flows (not a chain: the frontend sends everywhere) and Mermaid parses', () => {
    const r = report();
    expect(r.ascii()).toContain('|  User            |\n|  (example.com)   |\n+------------------+\n   --> Ingress controller ingress-nginx  TCP 80,443\n');
    expectMermaidGrammar(r.mermaid());
    expect(r.mermaid()).toContain('  ctrl_ingress_nginx_ingress_nginx_controller -->|"TCP 80"| wl_default_frontend\n');
  });

  test('the committed dist/traffic.md is the current report (npm run examples writes it)', () => {
    expect(fs.readFileSync(path.join(EXAMPLES, 'ingress', 'dist', 'traffic.md'), 'utf8')).toBe(report().markdown());
  });
});

describe('TrafficReport | examples/egress', () => {
  const dir = path.join(EXAMPLES, 'egress');

  test('the pod reaches the cidr minus the exception on TCP 3306, and DNS; nothing else', () => {
    // WHEN
    const rows = tableRows(exampleReport(dir).table());
    // THEN
    const orders = rows.find((r) => r[0] === 'orders')!;
    expect(orders[2]).toBe('DNS (ports 53/TCP, 53/UDP), 203.0.113.0-203.0.113.9 (port 3306), 203.0.113.11-203.0.113.255 (port 3306)');
    // The policy isolates egress only: ingress stays open.
    expect(orders[1]).toMatch(/^all ports \(from /);
  });

  test('the analyzer on dist/: allowed and denied flows of the reference policy', () => {
    // GIVEN
    const c = Connectivity.fromFiles([path.join(dir, 'dist')], { clusterContext: ClusterContext.standard() });
    // THEN
    expect(c.allows('default/orders', '203.0.113.5', { protocol: 'TCP', port: 3306 })).toBe(true);
    expect(c.allows('default/orders', '203.0.113.10', { protocol: 'TCP', port: 3306 })).toBe(false);
    expect(c.allows('default/orders', '203.0.113.5', { protocol: 'TCP', port: 443 })).toBe(false);
    expect(c.allows('default/orders', '198.51.100.1')).toBe(false);
    expect(c.allows('default/orders', 'kube-system/coredns', { protocol: 'UDP', port: 53 })).toBe(true);
    expect(c.allows('default/orders', 'ingress-nginx/ingress-nginx-controller')).toBe(false);
  });

  test('the committed dist/traffic.md is the current report', () => {
    expect(fs.readFileSync(path.join(dir, 'dist', 'traffic.md'), 'utf8')).toBe(exampleReport(dir).markdown());
  });
});

describe('TrafficReport | examples/three-tier', () => {
  if (!threeTierExampleExists()) {
    // examples/three-tier is being built (issue 3); these run as soon as its dist/ exists.
    test.todo('three-tier: the reference rows, the chain, Mermaid and the README block');
    return;
  }
  // `hide`: DNS and the controller left out, the reference's view.
  const report = (hide: boolean) => exampleReport(THREE_TIER_EXAMPLE, { hideDns: hide, hideIngressController: hide });

  test('the table states the reference rows: frontend 80 -> backend 3000 -> database 3306 -> None', () => {
    // WHEN: DNS and the controller hidden, as in the reference table
    const rows = tableRows(report(true).table());
    // THEN: one row per tier, whatever prefix the example gives the names
    expect(rows.map((r) => [tier(r[0]), r[1].replace(/\(from \S*?(frontend|backend|User)\)/, '(from $1)'), r[2].replace(/\S*?(backend|database) /, '$1 ')])).toEqual([
      ['frontend', '80 (from User)', 'backend (port 3000)'],
      ['backend', '3000 (from frontend)', 'database (port 3306)'],
      ['database', '3306 (from backend)', 'None'],
    ]);
  });

  test('with DNS and the controller: their rows are added, the tiers keep their ports', () => {
    const rows = tableRows(report(false).table());
    expect(rows[0][0]).toBe('Ingress controller (ingress-nginx/ingress-nginx-controller)');
    expect(rows[rows.length - 1][0]).toBe('DNS (kube-system/coredns)');
    expect(rows.slice(1, -1).map((r) => tier(r[0]))).toEqual(['frontend', 'backend', 'database']);
  });

  test('ASCII is the reference chain and Mermaid is in the grammar', () => {
    const ascii = report(true).ascii();
    expect(ascii.match(/v Ingress \(port \d+\)/g)).toEqual(['v Ingress (port 80)', 'v Ingress (port 3000)', 'v Ingress (port 3306)']);
    expectMermaidGrammar(report(false).mermaid());
  });

  test('the committed dist/traffic.md is the current report', () => {
    expect(fs.readFileSync(path.join(THREE_TIER_EXAMPLE, 'dist', 'traffic.md'), 'utf8')).toBe(report(false).markdown());
  });

  test('the README block equals the generator output', () => {
    // THEN (on failure: npx ts-node --project test/tsconfig.json test/report/readme-report.ts)
    expect(readmeBlock()).toBe(expectedBlock());
  });
});

function tier(name: string): string {
  return /frontend|backend|database/.exec(name)?.[0] ?? name;
}
