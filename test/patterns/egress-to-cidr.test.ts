import { App, Chart, Testing } from 'cdk8s';
import { Deployment } from 'cdk8s-plus-28';
import { EgressSelector, EgressToCidr, PolicyPort } from '../../src';
import { validateManifests } from '../util/schema';

// The seed's egress policy, plus the deliberate fix: explicit policyTypes.
const SEED_SPEC = {
  podSelector: {},
  egress: [{
    to: [{ ipBlock: { cidr: '203.0.113.0/24', except: ['203.0.113.10/32'] } }],
    ports: [{ protocol: 'TCP', port: 3306 }],
  }],
  policyTypes: ['Egress'],
};

const DNS_RULE = {
  to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
  ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }],
};

function seedChart(extra: { allowDns?: boolean } = {}): Chart {
  const chart = Testing.chart();
  new EgressToCidr(chart, 'db', {
    name: 'egress-network-policy', cidr: '203.0.113.0/24', except: ['203.0.113.10/32'], ports: [PolicyPort.tcp(3306)], ...extra,
  });
  return chart;
}

describe('EgressToCidr |', () => {
  test('allowDns: false gives exactly the seed policy plus policyTypes: [Egress]', () => {
    // GIVEN
    const chart = seedChart({ allowDns: false });
    // WHEN
    const objs = Testing.synth(chart);
    // THEN
    expect(objs).toEqual([{ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'egress-network-policy' }, spec: SEED_SPEC }]);
    expect(validateManifests(objs)).toBe(1);
  });

  test('by default a separate policy lets the same pods reach kube-dns only', () => {
    // GIVEN
    const chart = seedChart();
    // WHEN
    const objs = Testing.synth(chart);
    // THEN
    expect(objs.map((o) => o.metadata.name)).toEqual(['egress-network-policy', 'egress-network-policy-allow-dns']);
    expect(objs[0].spec).toEqual(SEED_SPEC);
    expect(objs[1].spec).toEqual({ podSelector: {}, policyTypes: ['Egress'], egress: [DNS_RULE] });
    expect(validateManifests(objs)).toBe(2);
    expect(objs).toMatchSnapshot();
  });

  test('public members expose the policies', () => {
    const chart = Testing.chart();
    const e = new EgressToCidr(chart, 'db', { cidr: '10.0.0.0/8' });
    expect(e.name).toBe('db');
    expect(e.policies).toEqual([e.policy, e.dnsPolicy]);
    expect(e.policy.name).toBe('db');
    expect(e.dnsPolicy?.name).toBe('db-allow-dns');
  });

  test('no ports means every port: the rule has no ports key', () => {
    // GIVEN
    const chart = Testing.chart();
    // WHEN
    new EgressToCidr(chart, 'any', { cidr: '10.0.0.0/8', allowDns: false });
    const [policy] = Testing.synth(chart);
    // THEN
    expect(policy.spec.egress).toEqual([{ to: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }]);
  });

  test('IPv6, several ports and a label selector (applied to the DNS policy too)', () => {
    // GIVEN
    const chart = Testing.chart();
    // WHEN
    new EgressToCidr(chart, 'v6', {
      cidr: '2001:db8::/32',
      except: ['2001:db8:ff::/48'],
      ports: [PolicyPort.tcp(443), PolicyPort.udpRange(5000, 5010), PolicyPort.allSctp()],
      selector: EgressSelector.labels({ tier: 'api' }),
    });
    const objs = Testing.synth(chart);
    // THEN
    expect(objs[0].spec).toEqual({
      podSelector: { matchLabels: { tier: 'api' } },
      policyTypes: ['Egress'],
      egress: [{
        to: [{ ipBlock: { cidr: '2001:db8::/32', except: ['2001:db8:ff::/48'] } }],
        ports: [{ protocol: 'TCP', port: 443 }, { protocol: 'UDP', port: 5000, endPort: 5010 }, { protocol: 'SCTP' }],
      }],
    });
    expect(objs[1].spec.podSelector).toEqual({ matchLabels: { tier: 'api' } });
    expect(validateManifests(objs)).toBe(2);
  });

  test('a cdk8s-plus workload is selected by its own selector labels', () => {
    // GIVEN
    const chart = Testing.chart();
    const api = new Deployment(chart, 'Api', { containers: [{ image: 'api' }] });
    // WHEN
    new EgressToCidr(chart, 'ext', { cidr: '198.51.100.0/24', selector: EgressSelector.workload(api), allowDns: false });
    const policy = Testing.synth(chart).find((o) => o.kind === 'NetworkPolicy');
    // THEN
    expect(policy.spec.podSelector).toEqual({ matchLabels: api.matchLabels });
  });

  test('the chart namespace is kept', () => {
    const chart = new Chart(Testing.app(), 'c', { namespace: 'shop' });
    new EgressToCidr(chart, 'db', { cidr: '10.0.0.0/8' });
    expect(Testing.synth(chart).map((o) => o.metadata.namespace)).toEqual(['shop', 'shop']);
  });

  describe('bad input throws at construction and leaves nothing behind |', () => {
    test.each([
      [{ cidr: '203.0.113.0' }, 'test/db: invalid cidr "203.0.113.0": the prefix length (mask) is missing; write 203.0.113.0/32'],
      [{ cidr: '203.0.113.256/24' }, 'test/db: invalid cidr "203.0.113.256/24": the address is not a valid ipv4 address'],
      [{ cidr: '203.0.113.0/40' }, 'test/db: invalid cidr "203.0.113.0/40": the prefix length must be a whole number from 0 to 32'],
      [{ cidr: '203.0.113.7/24' }, 'test/db: invalid cidr "203.0.113.7/24": host bits are set after /24; write the network address 203.0.113.0/24'],
      [{ cidr: '203.0.113.0/24', except: ['2001:db8::/64'] }, 'test/db: invalid except[0] "2001:db8::/64": it is ipv6 but cidr "203.0.113.0/24" is ipv4'],
      [{ cidr: '203.0.113.0/24', except: ['198.51.100.0/32'] }, 'test/db: invalid except[0] "198.51.100.0/32": it is not a strict subset of cidr "203.0.113.0/24"'],
      [{ cidr: '203.0.113.0/24', except: ['203.0.113.0/24'] }, 'test/db: invalid except[0] "203.0.113.0/24": it is not a strict subset'],
      [{ cidr: '10.0.0.0/8', name: 'Egress_DB' }, 'test/db: invalid name "Egress_DB": a dns-1123 label has only lowercase letters'],
      [{ cidr: '10.0.0.0/8', name: 'x'.repeat(64) }, `test/db: invalid name "${'x'.repeat(64)}": a dns-1123 label is at most 63 characters`],
      [{ cidr: '10.0.0.0/8', ports: [{ port: 80 } as unknown as PolicyPort] }, 'test/db: invalid ports[0] "{"port":80}": a port must be a PolicyPort'],
    ])('%j', (props, message) => {
      // GIVEN
      const chart = Testing.chart();
      // WHEN / THEN
      expect(() => new EgressToCidr(chart, 'db', props)).toThrow(message);
      expect(chart.node.findChild('db').node.children).toHaveLength(0);
    });

    test('an id that is not a DNS label needs an explicit name', () => {
      const chart = Testing.chart();
      expect(() => new EgressToCidr(chart, 'DbEgress', { cidr: '10.0.0.0/8' })).toThrow(
        'test/DbEgress: invalid name "DbEgress": the name defaults to the construct id, which is not a dns-1123 label; pass a name such as "my-app"',
      );
      expect(() => new EgressToCidr(chart, 'Ok', { cidr: '10.0.0.0/8', name: 'db-egress' })).not.toThrow();
    });
  });

  test('deterministic: two synths of the same app are byte-identical', () => {
    const yaml = () => {
      const app = new App();
      const chart = new Chart(app, 'web');
      new EgressToCidr(chart, 'db', { cidr: '203.0.113.0/24', except: ['203.0.113.10/32'], ports: [PolicyPort.tcp(3306)] });
      return app.synthYaml();
    };
    expect(yaml()).toBe(yaml());
  });
});
