import { deployment, namespace, policy } from './helpers';
import { Connectivity } from '../../src/analysis';

/** A namespace `shop` with web (app=web), api (app=api) and db (app=db). */
function shop(...extra: any[]): any[] {
  return [
    namespace('shop'),
    deployment('shop', 'web', { app: 'web' }),
    deployment('shop', 'api', { app: 'api', tier: 'backend' }, [{ name: 'http', containerPort: 8080 }]),
    deployment('shop', 'db', { app: 'db', tier: 'data' }, [{ name: 'pg', containerPort: 5432 }, { name: 'metrics', containerPort: 9187, protocol: 'UDP' }]),
    ...extra,
  ];
}

const DB_ONLY_FROM_API = policy('shop', 'db-from-api', {
  podSelector: { matchLabels: { app: 'db' } },
  ingress: [{ from: [{ podSelector: { matchLabels: { app: 'api' } } }], ports: [{ port: 5432 }] }],
});

describe('Connectivity | selectors', () => {
  test('matchLabels selects the policy pods and the allowed peers', () => {
    // GIVEN
    const c = Connectivity.fromManifests(shop(DB_ONLY_FROM_API));
    // THEN
    expect(c.connectionText('shop/api', 'shop/db')).toBe('TCP 5432');
    expect(c.connectionText('shop/web', 'shop/db')).toBe('No Connections');
    expect(c.allows('shop/api', 'shop/db', { protocol: 'TCP', port: 5432 })).toBe(true);
    expect(c.allows('shop/api', 'shop/db', { protocol: 'TCP', port: 5433 })).toBe(false);
    expect(c.allows('shop/api', 'shop/db', { protocol: 'UDP', port: 5432 })).toBe(false);
  });

  test.each([
    ['In', { key: 'app', operator: 'In', values: ['api', 'web'] }, ['shop/api', 'shop/web']],
    ['NotIn', { key: 'app', operator: 'NotIn', values: ['api'] }, ['shop/web']],
    ['Exists', { key: 'tier', operator: 'Exists' }, ['shop/api']],
    ['DoesNotExist', { key: 'tier', operator: 'DoesNotExist' }, ['shop/web']],
  ])('matchExpressions %s', (_op, expression, allowed) => {
    // GIVEN: db accepts only sources matching the expression
    const c = Connectivity.fromManifests(shop(policy('shop', 'db-in', {
      podSelector: { matchLabels: { app: 'db' } },
      ingress: [{ from: [{ podSelector: { matchExpressions: [expression] } }] }],
    })));
    // WHEN
    const sources = c.connections().filter((x) => x.destination.id === 'shop/db[Deployment]').map((x) => x.source.id);
    // THEN: external sources are not matched by a pod selector; db itself is never listed
    expect(sources).toEqual(allowed.map((a) => `${a}[Deployment]`));
  });

  test('selectors within one peer are ANDed, separate peers are ORed', () => {
    // GIVEN: api in two namespaces; team=a labels only namespace a
    const objects = [
      namespace('a', { team: 'a' }), namespace('b', { team: 'b' }),
      deployment('a', 'api', { app: 'api' }), deployment('a', 'web', { app: 'web' }), deployment('b', 'api', { app: 'api' }),
      deployment('z', 'db', { app: 'db' }),
    ];
    const and = Connectivity.fromManifests([...objects, policy('z', 'and', {
      podSelector: {},
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'a' } }, podSelector: { matchLabels: { app: 'api' } } }] }],
    })]);
    const or = Connectivity.fromManifests([...objects, policy('z', 'or', {
      podSelector: {},
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'a' } } }, { podSelector: { matchLabels: { app: 'api' } } }] }],
    })]);
    // THEN: AND = api of namespace a only
    expect(['a/api', 'a/web', 'b/api'].map((s) => and.allows(s, 'z/db'))).toEqual([true, false, false]);
    // THEN: OR = everything in namespace a, plus app=api in the policy's own namespace z (none)
    expect(['a/api', 'a/web', 'b/api'].map((s) => or.allows(s, 'z/db'))).toEqual([true, true, false]);
  });

  test('a podSelector-only peer means pods of the policy namespace', () => {
    // GIVEN: an api pod in another namespace has the same labels
    const c = Connectivity.fromManifests(shop(DB_ONLY_FROM_API, deployment('other', 'api', { app: 'api' })));
    // THEN
    expect(c.allows('shop/api', 'shop/db')).toBe(true);
    expect(c.allows('other/api', 'shop/db')).toBe(false);
  });

  test('namespaces get the kubernetes.io/metadata.name label, declared or not', () => {
    // GIVEN: ops is declared without labels; tools is never declared
    const c = Connectivity.fromManifests(shop(
      namespace('ops'), deployment('ops', 'probe', { app: 'probe' }), deployment('tools', 'probe', { app: 'probe' }),
      policy('shop', 'db-from-ops', {
        podSelector: { matchLabels: { app: 'db' } },
        ingress: [{ from: [{ namespaceSelector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: ['ops', 'tools'] }] } }] }],
      }),
    ));
    // THEN
    expect(c.allows('ops/probe', 'shop/db')).toBe(true);
    expect(c.allows('tools/probe', 'shop/db')).toBe(true);
    expect(c.allows('shop/api', 'shop/db')).toBe(false);
  });
});

describe('Connectivity | policyTypes and directions', () => {
  test('policyTypes omitted: ingress always, egress only with egress rules', () => {
    // GIVEN: a policy on api with an egress rule and no policyTypes
    const c = Connectivity.fromManifests(shop(policy('shop', 'api-out', {
      podSelector: { matchLabels: { app: 'api' } },
      egress: [{ to: [{ podSelector: { matchLabels: { app: 'db' } } }] }],
    })));
    // THEN: egress limited to db, ingress isolated (no ingress rules)
    expect(c.allows('shop/api', 'shop/db')).toBe(true);
    expect(c.allows('shop/api', 'shop/web')).toBe(false);
    expect(c.allows('shop/web', 'shop/api')).toBe(false);
    expect(c.allows('shop/api', '8.8.8.8')).toBe(false);
  });

  test('policyTypes omitted without egress rules: egress stays open', () => {
    // GIVEN
    const c = Connectivity.fromManifests(shop(policy('shop', 'api-in', { podSelector: { matchLabels: { app: 'api' } } })));
    // THEN
    expect(c.connectionText('shop/api', 'shop/db')).toBe('All Connections');
    expect(c.allows('shop/web', 'shop/api')).toBe(false);
  });

  test('explicit policyTypes are used as given (ingress rules of an Egress-only policy are ignored)', () => {
    // GIVEN
    const c = Connectivity.fromManifests(shop(policy('shop', 'db-egress-only', {
      podSelector: { matchLabels: { app: 'db' } },
      policyTypes: ['Egress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'api' } } }] }],
    })));
    // THEN: ingress of db is open to all; egress of db is denied
    expect(c.allows('shop/web', 'shop/db')).toBe(true);
    expect(c.allows('shop/db', 'shop/web')).toBe(false);
  });

  test('a connection needs egress of the source AND ingress of the destination', () => {
    // GIVEN: db admits api on 5432; api may send only on 5432-5440 UDP and 5432 TCP
    const c = Connectivity.fromManifests(shop(DB_ONLY_FROM_API, policy('shop', 'api-out', {
      podSelector: { matchLabels: { app: 'api' } },
      policyTypes: ['Egress'],
      egress: [{ ports: [{ protocol: 'UDP', port: 5432, endPort: 5440 }, { port: 5432 }] }],
    })));
    // THEN
    expect(c.connectionText('shop/api', 'shop/db')).toBe('TCP 5432');
    expect(c.connectionText('shop/api', 'shop/web')).toBe('TCP 5432,UDP 5432-5440');
  });

  test('policies add up (union) for a selected pod', () => {
    // GIVEN: two policies select db
    const c = Connectivity.fromManifests(shop(DB_ONLY_FROM_API, policy('shop', 'db-from-web', {
      podSelector: { matchLabels: { tier: 'data' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }], ports: [{ port: 5432 }, { protocol: 'UDP', port: 9187 }] }],
    })));
    // THEN
    expect(c.connectionText('shop/api', 'shop/db')).toBe('TCP 5432');
    expect(c.connectionText('shop/web', 'shop/db')).toBe('TCP 5432,UDP 9187');
  });

  test('pods selected by no policy are open both ways, to pods and every external range', () => {
    // GIVEN
    const c = Connectivity.fromManifests(shop(DB_ONLY_FROM_API));
    // THEN
    expect(c.connectionText('shop/web', 'shop/api')).toBe('All Connections');
    expect(c.toText()).toContain('0.0.0.0-255.255.255.255[External] => shop/web[Deployment] : All Connections\n');
    expect(c.toText()).toContain('shop/db[Deployment] => 0.0.0.0-255.255.255.255[External] : All Connections\n');
    expect(c.toText()).not.toContain('[External] => shop/db');
  });
});

describe('Connectivity | ports', () => {
  function dbWith(ports: any[]): Connectivity {
    return Connectivity.fromManifests(shop(policy('shop', 'db-ports', {
      podSelector: { matchLabels: { app: 'db' } },
      ingress: [{ ports }],
    })));
  }

  test('a named port resolves on the destination pod, and its protocol must match', () => {
    // GIVEN: pg is TCP 5432, metrics is UDP 9187
    const c = dbWith([{ port: 'pg' }, { port: 'metrics' }, { port: 'metrics', protocol: 'UDP' }, { port: 'nope' }]);
    // THEN: `metrics` without protocol means TCP, which does not match; `nope` adds nothing
    expect(c.connectionText('shop/api', 'shop/db')).toBe('TCP 5432,UDP 9187');
    expect(c.allows('shop/api', 'shop/db', { protocol: 'TCP', name: 'pg' })).toBe(true);
    expect(c.allows('shop/api', 'shop/db', { protocol: 'TCP', name: 'metrics' })).toBe(false);
  });

  test('endPort gives an inclusive range; adjacent ranges merge', () => {
    // GIVEN
    const c = dbWith([{ port: 8000, endPort: 8080 }, { port: 8081 }, { port: 9000, protocol: 'SCTP' }]);
    // THEN
    expect(c.connectionText('shop/api', 'shop/db')).toBe('SCTP 9000,TCP 8000-8081');
    expect(c.allows('shop/api', 'shop/db', { protocol: 'TCP', port: 8000, endPort: 8081 })).toBe(true);
    expect(c.allows('shop/api', 'shop/db', { protocol: 'TCP', port: 8000, endPort: 8082 })).toBe(false);
  });

  test('a protocol without port allows every port of that protocol', () => {
    // GIVEN
    const c = dbWith([{ protocol: 'UDP' }, { protocol: 'SCTP', port: 7070 }]);
    // THEN
    expect(c.connectionText('shop/api', 'shop/db')).toBe('SCTP 7070,UDP 1-65535');
    expect(c.allows('shop/api', 'shop/db', { protocol: 'UDP' })).toBe(true);
    expect(c.allows('shop/api', 'shop/db', { protocol: 'TCP' })).toBe(false);
  });

  test('all three protocols fully allowed print as All Connections; two do not', () => {
    // GIVEN
    const three = dbWith([{ protocol: 'TCP' }, { protocol: 'UDP' }, { protocol: 'SCTP' }]);
    const two = dbWith([{ protocol: 'TCP' }, { protocol: 'UDP' }]);
    // THEN
    expect(three.connectionText('shop/api', 'shop/db')).toBe('All Connections');
    expect(two.connectionText('shop/api', 'shop/db')).toBe('TCP 1-65535,UDP 1-65535');
  });

  test('a bad port query is rejected with a fix', () => {
    const c = dbWith([]);
    expect(() => c.allows('shop/api', 'shop/db', { protocol: 'ICMP', port: 1 })).toThrow(/port.protocol "ICMP" is not supported; use TCP, UDP or SCTP/);
    expect(() => c.allows('shop/api', 'shop/db', { protocol: 'TCP', port: 90, endPort: 80 })).toThrow(/endPort >= port/);
  });
});

describe('Connectivity | ipBlocks and external peers', () => {
  const EGRESS = policy('shop', 'api-out', {
    podSelector: { matchLabels: { app: 'api' } },
    policyTypes: ['Egress'],
    egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }], ports: [{ port: 443 }, { port: 'http' }] }],
  });

  test('ipBlock minus except cuts the external space; named ports never match an address', () => {
    // GIVEN
    const c = Connectivity.fromManifests(shop(EGRESS));
    // WHEN
    const fromApi = c.toText().split('\n').filter((l) => l.startsWith('shop/api[Deployment] =>'));
    // THEN
    expect(fromApi).toEqual([
      'shop/api[Deployment] => 10.0.0.0-10.0.255.255[External] : TCP 443',
      'shop/api[Deployment] => 10.2.0.0-10.255.255.255[External] : TCP 443',
    ]);
    expect(c.allows('shop/api', '10.2.3.4', { protocol: 'TCP', port: 443 })).toBe(true);
    expect(c.allows('shop/api', '10.1.0.5')).toBe(false);
    // Other pods see the same cut space, all allowed
    expect(c.toText()).toContain('shop/web[Deployment] => 10.1.0.0-10.1.255.255[External] : All Connections\n');
  });

  test('an ipBlock never matches a pod (pod IPs are unknown at synth time)', () => {
    // GIVEN: egress only to 0.0.0.0/0
    const c = Connectivity.fromManifests(shop(policy('shop', 'api-world', {
      podSelector: { matchLabels: { app: 'api' } },
      policyTypes: ['Egress'],
      egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }],
    })));
    // THEN
    expect(c.allows('shop/api', '1.2.3.4')).toBe(true);
    expect(c.allows('shop/api', 'shop/db')).toBe(false);
  });

  test('IPv6 ranges appear only when some ipBlock is IPv6', () => {
    // GIVEN
    const v4 = Connectivity.fromManifests(shop(EGRESS));
    const v6 = Connectivity.fromManifests(shop(policy('shop', 'api-v6', {
      podSelector: { matchLabels: { app: 'api' } },
      policyTypes: ['Egress'],
      egress: [{ to: [{ ipBlock: { cidr: '2001:db8::/32', except: ['2001:db8:1::/48'] } }] }],
    })));
    // THEN
    expect(v4.toText()).not.toContain('::');
    expect(v6.toText().split('\n').filter((l) => l.startsWith('shop/api[Deployment] =>'))).toEqual([
      'shop/api[Deployment] => 2001:db8:2::-2001:db8:ffff:ffff:ffff:ffff:ffff:ffff[External] : All Connections',
      'shop/api[Deployment] => 2001:db8::-2001:db8:0:ffff:ffff:ffff:ffff:ffff[External] : All Connections',
    ]);
    expect(v6.toText()).toContain('shop/web[Deployment] => ::-2001:db7:ffff:ffff:ffff:ffff:ffff:ffff[External] : All Connections\n');
    expect(v6.allows('shop/api', '2001:db8:1::1')).toBe(false);
    expect(v6.allows('shop/api', '2001:db8:2::1')).toBe(true);
    expect(v6.allows('shop/api', '1.2.3.4')).toBe(false);
  });
});

describe('Connectivity | output', () => {
  test('lines are sorted by bytes, self pairs and address pairs left out, newline at the end', () => {
    // GIVEN
    const c = Connectivity.fromManifests(shop(DB_ONLY_FROM_API));
    // WHEN
    const lines = c.toText().split('\n');
    // THEN
    expect(lines.pop()).toBe('');
    expect([...lines].sort()).toEqual(lines);
    expect(lines.filter((l) => /^(\S+) => \1 :/.test(l))).toEqual([]);
    expect(lines.filter((l) => /\[External\] => .*\[External\]/.test(l))).toEqual([]);
  });

  test('JSON holds the same connections as the text, in the same order', () => {
    // GIVEN
    const c = Connectivity.fromManifests(shop(DB_ONLY_FROM_API));
    // WHEN
    const rows = JSON.parse(c.toJson());
    // THEN
    expect(rows.map((r: any) => `${r.src} => ${r.dst} : ${r.conn}\n`).join('')).toBe(c.toText());
    expect(rows.find((r: any) => r.dst === 'shop/db[Deployment]')).toEqual({
      src: 'shop/api[Deployment]',
      dst: 'shop/db[Deployment]',
      conn: 'TCP 5432',
      allConnections: false,
      ports: [{ protocol: 'TCP', start: 5432, end: 5432 }],
    });
  });

  test('output does not depend on the order of the input objects', () => {
    // GIVEN
    const objects = shop(DB_ONLY_FROM_API);
    // THEN
    expect(Connectivity.fromManifests([...objects].reverse()).toText()).toBe(Connectivity.fromManifests(objects).toText());
  });

  test('peers() lists every workload with its labels; connections() match the text', () => {
    const c = Connectivity.fromManifests(shop());
    expect(c.peers().map((p) => p.id)).toEqual(['shop/api[Deployment]', 'shop/db[Deployment]', 'shop/web[Deployment]']);
    expect(c.peers()[0]).toEqual({ id: 'shop/api[Deployment]', external: false, namespace: 'shop', name: 'api', kind: 'Deployment', labels: { app: 'api', tier: 'backend' } });
    expect(c.connections()).toHaveLength(c.toText().split('\n').length - 1);
  });
});

describe('Connectivity | peer names in queries', () => {
  test('unknown and ambiguous workloads are rejected with a fix', () => {
    // GIVEN: shop/api exists as a Deployment and as a bare Pod
    const c = Connectivity.fromManifests(shop({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'api', namespace: 'shop' }, spec: {} }));
    // THEN
    expect(() => c.allows('shop/nope', 'shop/db')).toThrow(/source "shop\/nope" is not a workload .*use namespace\/name\[Kind\]/);
    expect(() => c.allows('shop/api', 'shop/db')).toThrow(/"shop\/api" is ambiguous .*add the kind, e.g. "shop\/api\[Deployment\]"/);
    expect(c.allows('shop/api[Pod]', 'shop/db')).toBe(true);
    expect(() => c.allows('1.2.3.4', '5.6.7.8')).toThrow(/both addresses/);
  });
});
