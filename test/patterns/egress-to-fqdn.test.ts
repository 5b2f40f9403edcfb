import { Chart, Testing } from 'cdk8s';
import * as fc from 'fast-check';
import { checkManifests, Cni, CniCheck, FindingSeverity } from '../../src/cni';
import { EgressToFqdn } from '../../src/patterns/egress-to-fqdn';
import { PolicyPort } from '../../src/policy/policy-port';
import { ValidationError } from '../../src/validation/validation-error';

function chart(): Chart {
  return new Chart(Testing.app(), 'shop', { namespace: 'shop' });
}

describe('EgressToFqdn |', () => {
  test('emits one CiliumNetworkPolicy with toFQDNs, ports and the kube-dns rule', () => {
    // GIVEN
    const c = chart();
    // WHEN
    new EgressToFqdn(c, 'payments', {
      podLabels: { 'app.kubernetes.io/name': 'checkout' },
      matchNames: ['api.stripe.com'],
      matchPatterns: ['*.s3.amazonaws.com'],
      ports: [PolicyPort.tcp(443), PolicyPort.tcpRange(8000, 8100)],
    });
    const manifests = Testing.synth(c);
    // THEN
    expect(manifests).toMatchSnapshot();
    expect(manifests).toHaveLength(1);
    const [cnp] = manifests;
    expect(cnp.apiVersion).toBe('cilium.io/v2');
    expect(cnp.kind).toBe('CiliumNetworkPolicy');
    expect(cnp.metadata).toEqual({ name: 'shop-payments', namespace: 'shop' });
    expect(cnp.spec.endpointSelector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'checkout' } });
    const [dns, fqdn] = cnp.spec.egress;
    expect(dns.toEndpoints).toEqual([{ matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'kube-system', 'k8s:k8s-app': 'kube-dns' } }]);
    expect(dns.toPorts).toEqual([{ ports: [{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }], rules: { dns: [{ matchPattern: '*' }] } }]);
    expect(fqdn.toFQDNs).toEqual([{ matchName: 'api.stripe.com' }, { matchPattern: '*.s3.amazonaws.com' }]);
    expect(fqdn.toPorts).toEqual([{ ports: [{ port: '443', protocol: 'TCP' }, { port: '8000', endPort: 8100, protocol: 'TCP' }] }]);
  });

  test('without ports every port is allowed (no toPorts), with an explicit name', () => {
    const c = chart();
    const egress = new EgressToFqdn(c, 'e', { podLabels: {}, matchNames: ['example.com'], name: 'to-example' });
    const [cnp] = Testing.synth(c);
    expect(egress.name).toBe('to-example');
    expect(cnp.metadata.name).toBe('to-example');
    expect(cnp.spec.egress[1]).toEqual({ toFQDNs: [{ matchName: 'example.com' }] });
  });

  test('byte-identical on re-synth', () => {
    const make = () => {
      const c = chart();
      new EgressToFqdn(c, 'e', { podLabels: { app: 'a' }, matchPatterns: ['*.example.com'], ports: [PolicyPort.udp(123)] });
      return JSON.stringify(Testing.synth(c));
    };
    expect(make()).toBe(make());
  });

  describe('bad input throws a ValidationError naming path, field, value and fix', () => {
    test.each([
      [{ matchNames: ['API.example.com'] }, 'shop/e: invalid matchNames[0] "API.example.com": a dns name must be lowercase; write "api.example.com"'],
      [{ matchNames: ['*.example.com'] }, 'shop/e: invalid matchNames[0] "*.example.com": label "*" is not a dns label'],
      [{ matchNames: ['-bad.example.com'] }, 'label "-bad" is not a dns label'],
      [{ matchNames: ['a..b'] }, 'label "" is not a dns label'],
      [{ matchNames: [`${'a'.repeat(64)}.com`] }, `label "${'a'.repeat(64)}" is not a dns label`],
      [{ matchNames: [''] }, 'invalid matchNames[0] "": a dns name has 1 to 253 characters'],
      [{ matchPatterns: ['*'] }, 'shop/e: invalid matchPatterns[0] "*": this pattern matches every name; name the domain'],
      [{ matchPatterns: ['*.*'] }, 'this pattern matches every name'],
      [{ matchPatterns: ['api.ex ample.com'] }, 'label "ex ample" is not a dns label'],
      [{}, 'shop/e: invalid matchNames "": no names and no patterns are given; give matchNames'],
      [{ matchNames: ['a.com'], ports: [PolicyPort.allTcp()] }, 'shop/e: invalid ports[0] "TCP/*": toFQDNs needs a port number or range'],
      [{ matchNames: ['a.com'], ports: [PolicyPort.named('https')] }, 'invalid ports[0] "TCP/https"'],
      [{ matchNames: ['a.com'], name: 'Bad_Name' }, 'shop/e: invalid name "Bad_Name"'],
      [{ matchNames: ['a.com'], podLabels: { 'bad key!': 'x' } }, 'shop/e: invalid podLabels key'],
    ])('%j', (props: any, message) => {
      expect(() => new EgressToFqdn(chart(), 'e', { podLabels: {}, ...props })).toThrow(ValidationError);
      expect(() => new EgressToFqdn(chart(), 'e', { podLabels: {}, ...props })).toThrow(message);
    });

    test('bad port numbers are rejected by PolicyPort where they are given', () => {
      expect(() => PolicyPort.tcp(70000)).toThrow(ValidationError);
      expect(() => PolicyPort.tcpRange(9000, 8000)).toThrow(ValidationError);
    });
  });

  describe('properties', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    const fqdn = fc.array(label, { minLength: 2, maxLength: 4 }).map((ls) => ls.join('.'));

    test('every valid name is emitted as a matchName, in order', () => {
      fc.assert(fc.property(fc.array(fqdn, { minLength: 1, maxLength: 4 }), (names) => {
        const c = chart();
        new EgressToFqdn(c, 'e', { podLabels: {}, matchNames: names });
        const [cnp] = Testing.synth(c);
        expect(cnp.spec.egress[1].toFQDNs).toEqual(names.map((matchName) => ({ matchName })));
      }), { numRuns: 50 });
    });

    test('a wildcard label in front of a valid domain is a valid pattern, never a valid name', () => {
      fc.assert(fc.property(fqdn, (domain) => {
        expect(() => new EgressToFqdn(chart(), 'e', { podLabels: {}, matchPatterns: [`*.${domain}`] })).not.toThrow();
        expect(() => new EgressToFqdn(chart(), 'e', { podLabels: {}, matchNames: [`*.${domain}`] })).toThrow(ValidationError);
      }), { numRuns: 50 });
    });

    test('any name with an uppercase letter is rejected', () => {
      fc.assert(fc.property(fqdn.filter((n) => /[a-z]/.test(n)), (name) => {
        const upper = name.replace(/[a-z]/, (ch) => ch.toUpperCase());
        expect(() => new EgressToFqdn(chart(), 'e', { podLabels: {}, matchNames: [upper] })).toThrow('must be lowercase');
      }), { numRuns: 50 });
    });
  });

  describe('with the CNI check', () => {
    test('on a non-cilium CNI the synth fails and says why', () => {
      // GIVEN
      const app = Testing.app();
      const c = new Chart(app, 'shop', { namespace: 'shop' });
      new EgressToFqdn(c, 'e', { podLabels: { app: 'a' }, matchNames: ['a.com'] });
      // WHEN
      CniCheck.of(c, Cni.calico());
      // THEN
      expect(() => app.synth()).toThrow(/CILIUM_NETWORK_POLICY_UNSUPPORTED\] ciliumnetworkpolicy shop\/shop-e will not apply: the cilium\.io\/v2 CRD does not exist on calico/);
    });

    test('on cilium there is nothing to report', () => {
      const c = chart();
      new EgressToFqdn(c, 'e', { podLabels: { app: 'a' }, matchNames: ['a.com'], ports: [PolicyPort.tcp(443)] });
      expect(checkManifests(Testing.synth(c), Cni.cilium('1.16'))).toEqual([]);
    });

    test('a port range on cilium before 1.16 is reported like endPort', () => {
      const c = chart();
      new EgressToFqdn(c, 'e', { podLabels: {}, matchNames: ['a.com'], ports: [PolicyPort.tcpRange(8000, 8100)] });
      const findings = checkManifests(Testing.synth(c), Cni.cilium('1.15'));
      expect(findings.map((f) => [f.severity, f.code, f.object])).toEqual([
        [FindingSeverity.WARNING, 'END_PORT_IGNORED_SILENTLY', 'CiliumNetworkPolicy shop/shop-e'],
      ]);
      expect(findings[0].message).toContain('(TCP 8000-8100)');
      expect(checkManifests(Testing.synth(c), Cni.cilium('1.16'))).toEqual([]);
    });
  });
});
