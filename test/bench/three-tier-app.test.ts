import { parseAllDocuments } from 'yaml';
import { synthYaml } from '../../bench/harness/synth';
import { THREE_TIER_APPS } from '../../bench/scenarios/three-tier-app';

function yamlOf(key: string, n: number): string {
  return synthYaml(THREE_TIER_APPS.implementations.find((i) => i.key === key)!, n);
}

function objects(key: string, n: number): any[] {
  return parseAllDocuments(yamlOf(key, n)).map((d) => d.toJSON());
}

describe('bench three-tier-apps |', () => {
  // When ThreeTierApp changes its output, this fails on purpose: update
  // bench/scenarios/three-tier-app/ (manifests.ts, hand-written.ts) to match.
  test('the raw floor emits byte-identical YAML to ThreeTierApp', () => {
    // GIVEN / WHEN / THEN
    expect(yamlOf('raw', 2)).toBe(yamlOf('ours', 2));
  });

  test('hand-written emits the same 15 objects per app (kind and name), in the same order', () => {
    // GIVEN
    const ids = (key: string) => objects(key, 2).map((o) => `${o.kind}/${o.metadata.name}`);
    // WHEN
    const ours = ids('ours');
    // THEN
    expect(ours).toHaveLength(30);
    expect(ids('hand')).toEqual(ours);
  });

  test('hand-written differs only in how the default deny is written', () => {
    // GIVEN
    const hand = objects('hand', 1);
    const ours = objects('ours', 1);
    // WHEN
    const differing = ours.filter((o, i) => JSON.stringify(o) !== JSON.stringify(hand[i]));
    const handDeny = hand.find((o) => o.metadata.name === 'app0-default-deny').spec;
    // THEN
    expect(differing.map((o) => o.metadata.name)).toEqual(['app0-default-deny']);
    expect(handDeny.podSelector).toEqual({ matchLabels: { 'app.kubernetes.io/part-of': 'app0' } });
    expect([...handDeny.policyTypes].sort()).toEqual(['Egress', 'Ingress']);
    expect(handDeny.ingress ?? []).toEqual([]);
    expect(handDeny.egress ?? []).toEqual([]);
  });

  test('the flows are frontend :80 from the controller, frontend -> backend :3000, backend -> database :3306', () => {
    // GIVEN / WHEN
    const objs = objects('raw', 1);
    const spec = (name: string) => objs.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === name).spec;
    // THEN
    expect(objs.filter((o) => o.kind === 'NetworkPolicy')).toHaveLength(8);
    expect(spec('app0-frontend-allow-from-ingress-controller').ingress[0].ports).toEqual([{ port: 80, protocol: 'TCP' }]);
    expect(spec('app0-frontend-allow-to-backend').egress[0]).toEqual({
      ports: [{ port: 3000, protocol: 'TCP' }],
      to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/component': 'backend', 'app.kubernetes.io/name': 'app0-backend', 'app.kubernetes.io/part-of': 'app0' } } }],
    });
    expect(spec('app0-backend-allow-to-database').egress[0].ports).toEqual([{ port: 3306, protocol: 'TCP' }]);
    expect(spec('app0-database-allow-from-backend').policyTypes).toEqual(['Ingress']);
    expect(spec('app0-default-deny').policyTypes).toEqual(['Ingress', 'Egress']);
  });
});
