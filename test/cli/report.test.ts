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

  test('an unknown format or a missing path exits 2 with a message', async () => {
    const format = await cli('report', THREE_TIER_YAML, '--format', 'svg');
    expect(format.code).toBe(2);
    expect(format.err).toContain("argument 'svg' is invalid");
    const missing = await cli('report', '/nonexistent/app.yaml');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('/nonexistent/app.yaml: cannot read it');
  });
});
