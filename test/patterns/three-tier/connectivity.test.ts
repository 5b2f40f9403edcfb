import * as path from 'path';
import { Testing } from 'cdk8s';
import { ClusterContext, Connectivity, FrontendClient, ThreeTierApp } from '../../../src';

// The analyzer (src/analysis) reads only the synthesized YAML; it shares nothing with the
// policy generator, so these tests check the generated policies independently.
const DIST = path.join(__dirname, '..', '..', '..', 'examples', 'three-tier', 'dist');
const APP_PODS = /^default\/shop-/;

/** Connection lines in which an app pod is the source or the destination. */
function appLines(c: Connectivity): string[] {
  return c.connections()
    .filter((x) => APP_PODS.test(x.source.id) || APP_PODS.test(x.destination.id))
    .map((x) => `${x.source.id} => ${x.destination.id} : ${x.text}`);
}

describe('ThreeTierApp | connectivity of examples/three-tier/dist', () => {
  const c = Connectivity.fromFiles([DIST], { clusterContext: ClusterContext.standard() });

  test('exactly the reference table, plus DNS and the ingress controller, is allowed', () => {
    // GIVEN the committed YAML and a cluster with kube-dns and the common ingress controllers
    // WHEN / THEN
    expect(appLines(c)).toEqual([
      'default/shop-backend[Deployment] => default/shop-database[StatefulSet] : TCP 3306',
      'default/shop-backend[Deployment] => kube-system/coredns[Deployment] : TCP 53,UDP 53',
      'default/shop-frontend[Deployment] => default/shop-backend[Deployment] : TCP 3000',
      'default/shop-frontend[Deployment] => kube-system/coredns[Deployment] : TCP 53,UDP 53',
      'ingress-nginx/ingress-nginx-controller[Deployment] => default/shop-frontend[Deployment] : TCP 80',
    ]);
  });

  test('everything else is denied', () => {
    expect(c.connectionText('default/shop-frontend', 'default/shop-database')).toBe('No Connections');
    expect(c.allows('default/shop-frontend', 'default/shop-backend', { protocol: 'TCP', port: 22 })).toBe(false);
    for (const peer of c.peers().map((p) => p.id)) {
      expect(c.allows(peer, 'default/shop-backend', { protocol: 'TCP', port: 22 })).toBe(false);
    }
    expect(c.allows('0.0.0.0', 'default/shop-frontend')).toBe(false);
    expect(c.allows('traefik/traefik', 'default/shop-frontend')).toBe(false);
    expect(c.allows('default/shop-database', 'kube-system/coredns')).toBe(false);
    expect(c.allows('default/shop-backend', '8.8.8.8')).toBe(false);
  });
});

describe('ThreeTierApp | connectivity of the options', () => {
  test('changed ports, an external database and a frontend client', () => {
    // GIVEN
    const chart = Testing.chart();
    new ThreeTierApp(chart, 'shop', {
      host: 'shop.example.com',
      frontend: { image: 'web', port: 8080 },
      backend: { image: 'api', port: 9000 },
      externalDatabase: { cidr: '10.20.0.0/24', port: 5432 },
      frontendClients: [FrontendClient.namespace('traefik')],
    });
    // WHEN
    const c = Connectivity.fromChart(chart, { clusterContext: ClusterContext.standard() });
    // THEN
    expect(appLines(c)).toEqual([
      'default/shop-backend[Deployment] => 10.20.0.0-10.20.0.255[External] : TCP 5432',
      'default/shop-backend[Deployment] => kube-system/coredns[Deployment] : TCP 53,UDP 53',
      'default/shop-frontend[Deployment] => default/shop-backend[Deployment] : TCP 9000',
      'default/shop-frontend[Deployment] => kube-system/coredns[Deployment] : TCP 53,UDP 53',
      'ingress-nginx/ingress-nginx-controller[Deployment] => default/shop-frontend[Deployment] : TCP 8080',
      'traefik/traefik[Deployment] => default/shop-frontend[Deployment] : TCP 8080',
    ]);
    expect(c.allows('default/shop-backend', '10.20.1.1')).toBe(false);
  });
});
