import { expectMermaidGrammar, tableRows } from './helpers';
import { cycle, fanOut } from './topologies';
import { TrafficGroupBy, TrafficReport } from '../../src/report';

describe('TrafficReport | fan-out', () => {
  const report = (groupBy = TrafficGroupBy.NONE) => {
    const { connections, peers } = fanOut();
    return TrafficReport.fromData(connections, peers, [], { groupBy });
  };

  test('the table has one row per workload and DNS, in flow order from the sender, None where nothing is allowed', () => {
    // WHEN
    const rows = tableRows(report().table());
    // THEN
    expect(rows).toEqual([
      ['gateway', 'None', 'api (port 8080), search (ports 9200, 9300), metrics (ports 8125-8126/UDP), 10.20.0.0/16 (port 443)'],
      ['api', '8080 (from gateway)', 'DNS (ports 53/TCP, 53/UDP)'],
      ['search', '9200, 9300 (from gateway)', 'None'],
      ['metrics', '8125-8126/UDP (from gateway)', 'None'],
      ['idle', 'None', 'None'],
      ['DNS (kube-system/coredns)', '53/TCP, 53/UDP (from api)', 'None to the app'],
    ]);
  });

  test('ASCII is one box per node with its outgoing flows (a fan-out is not a chain)', () => {
    // WHEN
    const ascii = report().ascii();
    // THEN
    expect(ascii).not.toContain('v Ingress');
    const gateway = ascii.slice(ascii.indexOf('|  gateway'));
    expect(gateway.split('\n').slice(3, 7)).toEqual([
      '   --> api           TCP 8080',
      '   --> search        TCP 9200,9300',
      '   --> metrics       UDP 8125-8126',
      '   --> 10.20.0.0/16  TCP 443',
    ]);
    expect(ascii).toContain('|  idle                  |\n|  (Deployment in apps)  |\n+------------------------+\n   (no allowed flows)\n');
    expect(Math.max(...ascii.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(ascii).toMatchSnapshot();
  });

  test('Mermaid: external range and DNS are distinct shapes, every flow an edge', () => {
    // WHEN
    const mermaid = report().mermaid();
    // THEN
    expectMermaidGrammar(mermaid);
    expect(mermaid).toContain('  ext_10_20_0_0_10_20_255_255{{"10.20.0.0/16<br/>external"}}\n');
    expect(mermaid).toContain('  dns_kube_system_coredns[("DNS<br/>kube-system/coredns")]\n');
    expect(mermaid).toContain('  wl_edge_gateway -->|"UDP 8125-8126"| wl_ops_metrics\n');
    expect(mermaid.match(/-->/g)).toHaveLength(5);
    expect(mermaid).toMatchSnapshot();
  });

  test('groupBy PART_OF: a subgraph for app.kubernetes.io/part-of=store, others outside', () => {
    // WHEN
    const r = report(TrafficGroupBy.PART_OF);
    // THEN
    const mermaid = r.mermaid();
    expectMermaidGrammar(mermaid);
    expect(mermaid).toContain('  subgraph group_0["Part of: store"]\n    wl_edge_gateway["gateway<br/>Deployment in edge"]\n    wl_apps_api["api<br/>Deployment in apps"]\n  end\n');
    expect(tableRows(r.table()).map((row) => `${row[0]} ${row[1]}`)).toEqual([
      'store gateway', 'store api', '- search', '- metrics', '- idle', '- DNS (kube-system/coredns)',
    ]);
    expect(r.ascii()).toContain('== Part of: store ==');
  });

  test('hideDns drops the DNS node and its flows', () => {
    const { connections, peers } = fanOut();
    const r = TrafficReport.fromData(connections, peers, [], { hideDns: true });
    expect(r.mermaid()).not.toContain('dns_');
    expect(tableRows(r.table()).find((row) => row[0] === 'api')).toEqual(['api', '8080 (from gateway)', 'None']);
  });
});

describe('TrafficReport | cycle', () => {
  const report = () => {
    const { connections, peers } = cycle();
    return TrafficReport.fromData(connections, peers, []);
  };

  test('the table lists each hop once, in ring order', () => {
    expect(tableRows(report().table())).toEqual([
      ['a', '7003 (from c)', 'b (port 7001)'],
      ['b', '7001 (from a)', 'c (port 7002)'],
      ['c', '7002 (from b)', 'a (port 7003)'],
    ]);
  });

  test('ASCII lists boxes with flows (a cycle is not drawn as a chain)', () => {
    const ascii = report().ascii();
    expect(ascii).not.toContain('v Ingress');
    expect(ascii.match(/--> \w+ {2}TCP 700\d/g)).toEqual(['--> b  TCP 7001', '--> c  TCP 7002', '--> a  TCP 7003']);
    expect(ascii).toMatchSnapshot();
  });

  test('Mermaid has the three edges of the ring', () => {
    const mermaid = report().mermaid();
    expectMermaidGrammar(mermaid);
    expect(mermaid.split('\n').filter((l) => l.includes('-->'))).toEqual([
      '  wl_ring_a -->|"TCP 7001"| wl_ring_b',
      '  wl_ring_b -->|"TCP 7002"| wl_ring_c',
      '  wl_ring_c -->|"TCP 7003"| wl_ring_a',
    ]);
  });

  test('the input order of connections and peers does not change the output', () => {
    const { connections, peers } = cycle();
    const reversed = TrafficReport.fromData([...connections].reverse(), [...peers].reverse(), []);
    expect(reversed.markdown() + reversed.ascii()).toBe(report().markdown() + report().ascii());
  });
});

describe('TrafficReport | names', () => {
  test('workloads that share a name across namespaces are qualified, ids stay unique', () => {
    // GIVEN: two "api" workloads
    const a = { id: 'one/api[Deployment]', external: false, namespace: 'one', name: 'api', kind: 'Deployment', labels: {} };
    const b = { id: 'two/api[Deployment]', external: false, namespace: 'two', name: 'api', kind: 'Deployment', labels: {} };
    // WHEN
    const r = TrafficReport.fromData([{ source: a, destination: b, allConnections: true, ports: [], text: 'All Connections' }], [a, b], []);
    // THEN
    expect(tableRows(r.table())).toEqual([['one/api', 'None', 'two/api (all ports)'], ['two/api', 'all ports (from one/api)', 'None']]);
    expect(r.mermaid()).toContain('  wl_one_api -->|"all ports"| wl_two_api\n');
  });
});
