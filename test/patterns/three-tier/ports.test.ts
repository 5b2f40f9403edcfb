import { Testing } from 'cdk8s';
import * as fc from 'fast-check';
import { ClusterContext, Connectivity, ThreeTierApp } from '../../../src';

// Property: a tier's port is set in one place and every object follows it. Checked on
// the YAML (policies and Services) and by the analyzer, which reads only the YAML.
describe('ThreeTierApp | tier ports', () => {
  test('any three ports: every policy, Service and the analyzer use exactly them', () => {
    const port = fc.integer({ min: 1, max: 65535 });
    fc.assert(fc.property(port, port, port, (fePort, bePort, dbPort) => {
      // GIVEN
      const chart = Testing.chart();
      new ThreeTierApp(chart, 'shop', {
        host: 'shop.example.com',
        frontend: { image: 'web', port: fePort },
        backend: { image: 'api', port: bePort },
        database: { image: 'db', port: dbPort },
      });
      // WHEN
      const objs = Testing.synth(chart);
      const c = Connectivity.fromManifests(objs, { clusterContext: ClusterContext.standard() });
      // THEN: each policy port is the port of the tier the traffic goes to
      const expected: Record<string, number> = {
        'shop-frontend-allow-from-ingress-controller': fePort,
        'shop-frontend-allow-to-backend': bePort,
        'shop-backend-allow-from-frontend': bePort,
        'shop-backend-allow-to-database': dbPort,
        'shop-database-allow-from-backend': dbPort,
      };
      for (const [name, p] of Object.entries(expected)) {
        const spec = objs.find((o) => o.metadata.name === name && o.kind === 'NetworkPolicy').spec;
        expect([...(spec.ingress ?? []), ...(spec.egress ?? [])].map((r: any) => r.ports)).toEqual([[{ protocol: 'TCP', port: p }]]);
      }
      const svcPorts = objs.filter((o) => o.kind === 'Service').map((o) => [o.metadata.name, o.spec.ports[0].targetPort]);
      expect(svcPorts).toEqual([['shop-frontend', fePort], ['shop-backend', bePort], ['shop-database', dbPort]]);
      expect(c.connectionText('ingress-nginx/ingress-nginx-controller', 'default/shop-frontend')).toBe(`TCP ${fePort}`);
      expect(c.connectionText('default/shop-frontend', 'default/shop-backend')).toBe(`TCP ${bePort}`);
      expect(c.connectionText('default/shop-backend', 'default/shop-database')).toBe(`TCP ${dbPort}`);
      expect(c.connectionText('default/shop-frontend', 'default/shop-database')).toBe('No Connections');
    }), { numRuns: 30 });
  });
});
