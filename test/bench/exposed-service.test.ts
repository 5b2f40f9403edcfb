import { parseAllDocuments } from 'yaml';
import { synthYaml } from '../../bench/harness/synth';
import { EXPOSED_SERVICES } from '../../bench/scenarios/exposed-service';

function objects(key: string, n: number): any[] {
  const impl = EXPOSED_SERVICES.implementations.find((i) => i.key === key)!;
  return parseAllDocuments(synthYaml(impl, n)).map((d) => d.toJSON());
}

describe('bench exposed-services |', () => {
  test('every column emits byte-identical YAML, so the timings compare the same output', () => {
    // GIVEN
    const keys = EXPOSED_SERVICES.implementations.map((i) => i.key);
    // WHEN
    const yamls = EXPOSED_SERVICES.implementations.map((impl) => synthYaml(impl, 3));
    // THEN
    expect(keys).toEqual(expect.arrayContaining(['hand', 'l1', 'raw']));
    for (const y of yamls.slice(1)) expect(y).toBe(yamls[0]);
  });

  test('one service is the six intended objects, selected by its own pods', () => {
    // GIVEN / WHEN
    const objs = objects('raw', 2);
    const svc1 = objs.filter((o) => o.metadata.name.startsWith('svc1'));
    const byName = (name: string) => svc1.find((o) => o.metadata.name === name);
    // THEN
    expect(objs).toHaveLength(12);
    expect(svc1.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual([
      'Deployment/svc1', 'Ingress/svc1-ingress', 'NetworkPolicy/svc1-allow-ingress',
      'NetworkPolicy/svc1-dns', 'NetworkPolicy/svc1-egress', 'Service/svc1-service',
    ]);
    const podLabels = byName('svc1').spec.template.metadata.labels;
    expect(byName('svc1-service').spec.selector).toEqual(podLabels);
    for (const p of ['svc1-allow-ingress', 'svc1-egress', 'svc1-dns']) {
      expect(byName(p).spec.podSelector).toEqual({ matchLabels: podLabels });
    }
    expect(byName('svc1-ingress').spec.rules[0].host).toBe('svc1.example.com');
    expect(byName('svc1-allow-ingress').spec.policyTypes).toEqual(['Ingress']);
    expect(byName('svc1-allow-ingress').spec.ingress[0].ports).toEqual([{ port: 80, protocol: 'TCP' }]);
    expect(byName('svc1-egress').spec.policyTypes).toEqual(['Egress']);
    expect(byName('svc1-egress').spec.egress[0].to).toEqual([{ ipBlock: { cidr: '203.0.113.0/24', except: ['203.0.113.10/32'] } }]);
    expect(byName('svc1-dns').spec.egress[0].ports).toEqual([{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }]);
  });

  test('two services never share a pod selector', () => {
    // GIVEN / WHEN
    const deployments = objects('hand', 2).filter((o) => o.kind === 'Deployment');
    // THEN
    expect(deployments[0].spec.selector).not.toEqual(deployments[1].spec.selector);
  });
});
