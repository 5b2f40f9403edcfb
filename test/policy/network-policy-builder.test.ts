import { Chart, Testing } from 'cdk8s';
import { PolicyPort } from '../../src/policy';
import { writeDefaultDeny } from '../../src/policy/default-deny';
import { kubeDnsPeer, writeDnsEgressPolicy } from '../../src/policy/dns';
import { writeNetworkPolicy } from '../../src/policy/network-policy-builder';
import { ipBlockPeer, podsPeer } from '../../src/policy/peers';
import { validateManifests } from '../util/schema';

describe('writeNetworkPolicy |', () => {
  test('explicit name, policyTypes, label selector and (peers, ports) rules', () => {
    // GIVEN
    const chart = Testing.chart();
    // WHEN
    writeNetworkPolicy(chart, 'P', {
      name: 'backend-allow',
      podLabels: { 'app.kubernetes.io/name': 'backend' },
      ingress: [{ peers: [podsPeer({ 'app.kubernetes.io/name': 'frontend' })], ports: [PolicyPort.tcp(8080)] }],
      egress: [{ peers: [ipBlockPeer('10.0.0.0/8')] }],
    });
    const [policy] = Testing.synth(chart);
    // THEN
    expect(policy.metadata.name).toBe('backend-allow');
    expect(policy.spec).toEqual({
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'backend' } },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'frontend' } } }], ports: [{ protocol: 'TCP', port: 8080 }] }],
      egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }],
    });
    expect(validateManifests([policy])).toBe(1);
  });

  test('an empty rule list denies that direction; empty podLabels select every pod', () => {
    // GIVEN
    const chart = Testing.chart();
    // WHEN
    writeDefaultDeny(chart, 'Deny', { name: 'default-deny', podLabels: {}, ingress: true, egress: true });
    writeDefaultDeny(chart, 'DenyIn', { name: 'deny-ingress', podLabels: { a: 'b' }, ingress: true, egress: false });
    const [all, ingressOnly] = Testing.synth(chart);
    // THEN
    expect(all.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'], ingress: [], egress: [] });
    expect(ingressOnly.spec).toEqual({ podSelector: { matchLabels: { a: 'b' } }, policyTypes: ['Ingress'], ingress: [] });
    expect(validateManifests([all, ingressOnly])).toBe(2);
  });

  test('the DNS policy allows UDP and TCP 53 to kube-dns in kube-system only', () => {
    // GIVEN
    const chart = new Chart(Testing.app(), 'c', { namespace: 'prod' });
    // WHEN
    writeDnsEgressPolicy(chart, 'Dns', 'db-allow-dns', {});
    const [dns] = Testing.synth(chart);
    // THEN
    expect(dns.metadata).toEqual({ name: 'db-allow-dns', namespace: 'prod' });
    expect(dns.spec).toEqual({
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
        ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }],
      }],
    });
    expect(kubeDnsPeer()).toEqual(dns.spec.egress[0].to[0]);
    expect(validateManifests([dns])).toBe(1);
  });

  test('a bad policy name is a ValidationError at the policy path', () => {
    const chart = Testing.chart();
    expect(() => writeNetworkPolicy(chart, 'P', { name: 'Bad_Name', podLabels: {}, egress: [] })).toThrow(/^test\/P: invalid name "Bad_Name"/);
  });
});
