import { parseAllDocuments } from 'yaml';
import { synthYaml } from '../../bench/harness/synth';
import { EXPOSED_SERVICES } from '../../bench/scenarios/exposed-service';

function objects(key: string, n: number): any[] {
  const impl = EXPOSED_SERVICES.implementations.find((i) => i.key === key)!;
  return parseAllDocuments(synthYaml(impl, n)).map((d) => d.toJSON());
}

describe('bench exposed-services |', () => {
  // When ExposedService or EgressToCidr change their output, this fails on purpose: update
  // bench/scenarios/exposed-service/ (manifests.ts, l1.ts, hand-written.ts) to match.
  test('every column emits byte-identical YAML, so the timings compare the same output', () => {
    // GIVEN
    const keys = EXPOSED_SERVICES.implementations.map((i) => i.key);
    // WHEN
    const yamls = EXPOSED_SERVICES.implementations.map((impl) => synthYaml(impl, 3));
    // THEN
    expect(keys).toEqual(['ours', 'hand', 'l1', 'raw']);
    for (const y of yamls.slice(1)) expect(y).toBe(yamls[0]);
  });

  test('one service is the six intended objects, selected by its own pods', () => {
    // GIVEN / WHEN
    const objs = objects('ours', 2);
    const svc1 = objs.filter((o) => o.metadata.name.startsWith('svc1'));
    const find = (kind: string, name: string) => svc1.find((o) => o.kind === kind && o.metadata.name === name);
    // THEN
    expect(objs).toHaveLength(12);
    expect(svc1.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual([
      'Deployment/svc1', 'Ingress/svc1', 'NetworkPolicy/svc1-allow-ingress-controller',
      'NetworkPolicy/svc1-egress', 'NetworkPolicy/svc1-egress-allow-dns', 'Service/svc1',
    ]);
    const deployment = find('Deployment', 'svc1');
    const podLabels = deployment.spec.template.metadata.labels;
    expect(podLabels['app.kubernetes.io/name']).toBe('svc1');
    expect(find('Service', 'svc1').spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(find('Ingress', 'svc1').spec.rules[0].host).toBe('svc1.example.com');
    expect(find('Ingress', 'svc1').spec.rules[0].http.paths[0].backend.service).toEqual({ name: 'svc1', port: { number: 80 } });
    const allow = find('NetworkPolicy', 'svc1-allow-ingress-controller').spec;
    expect(allow.podSelector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'svc1' } });
    expect(allow.policyTypes).toEqual(['Ingress']);
    expect(allow.ingress[0].ports).toEqual([{ port: 80, protocol: 'TCP' }]);
    expect(allow.ingress[0].from[0].namespaceSelector).toEqual({ matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } });
    const egress = find('NetworkPolicy', 'svc1-egress').spec;
    expect(egress.podSelector).toEqual(deployment.spec.selector);
    expect(egress.policyTypes).toEqual(['Egress']);
    expect(egress.egress[0].to).toEqual([{ ipBlock: { cidr: '203.0.113.0/24', except: ['203.0.113.10/32'] } }]);
    expect(egress.egress[0].ports).toEqual([{ port: 3306, protocol: 'TCP' }]);
    const dns = find('NetworkPolicy', 'svc1-egress-allow-dns').spec;
    expect(dns.podSelector).toEqual(deployment.spec.selector);
    expect(dns.egress[0].ports).toEqual([{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }]);
  });

  test('two services never share a pod selector', () => {
    // GIVEN / WHEN
    const deployments = objects('hand', 2).filter((o) => o.kind === 'Deployment');
    // THEN
    expect(deployments[0].spec.selector).not.toEqual(deployments[1].spec.selector);
  });
});
