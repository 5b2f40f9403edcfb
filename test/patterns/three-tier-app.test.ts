import { Chart, Size, Testing } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { FrontendClient, IngressController, ThreeTierApp, ThreeTierAppProps } from '../../src';
import { validateManifests } from '../util/schema';

// The issue's example, verbatim.
const SHOP: ThreeTierAppProps = {
  host: 'shop.example.com',
  frontend: { image: 'nginx:1.27' },
  backend: { image: 'ghcr.io/acme/api:1.4.2' },
  database: { image: 'mysql:8.4' },
};

const FE = { 'app.kubernetes.io/name': 'shop-frontend', 'app.kubernetes.io/component': 'frontend', 'app.kubernetes.io/part-of': 'shop' };
const BE = { 'app.kubernetes.io/name': 'shop-backend', 'app.kubernetes.io/component': 'backend', 'app.kubernetes.io/part-of': 'shop' };
const DB = { 'app.kubernetes.io/name': 'shop-database', 'app.kubernetes.io/component': 'database', 'app.kubernetes.io/part-of': 'shop' };
const KUBE_DNS = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } };
const DNS_PORTS = [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }];

function synthApp(props: Partial<ThreeTierAppProps> = {}, id = 'shop'): { chart: Chart; app: ThreeTierApp; objs: any[] } {
  const chart = Testing.chart();
  const app = new ThreeTierApp(chart, id, { ...SHOP, ...props });
  return { chart, app, objs: Testing.synth(chart) };
}

function byName(objs: any[], kind: string, name: string): any {
  const found = objs.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in ${objs.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')}`);
  return found;
}

const policies = (objs: any[]) => objs.filter((o) => o.kind === 'NetworkPolicy');

describe('ThreeTierApp | default app (the issue example)', () => {
  test('writes the workloads, services, ingress and one named policy per flow', () => {
    // GIVEN / WHEN
    const { objs } = synthApp();
    // THEN
    expect(objs.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Deployment/shop-frontend',
      'Service/shop-frontend',
      'Ingress/shop-frontend',
      'Deployment/shop-backend',
      'Service/shop-backend',
      'Service/shop-database',
      'StatefulSet/shop-database',
      'NetworkPolicy/shop-default-deny',
      'NetworkPolicy/shop-frontend-allow-from-ingress-controller',
      'NetworkPolicy/shop-frontend-allow-to-backend',
      'NetworkPolicy/shop-frontend-allow-dns',
      'NetworkPolicy/shop-backend-allow-from-frontend',
      'NetworkPolicy/shop-backend-allow-to-database',
      'NetworkPolicy/shop-backend-allow-dns',
      'NetworkPolicy/shop-database-allow-from-backend',
    ]);
    expect(validateManifests(objs)).toBe(15);
    expect(objs).toMatchSnapshot();
  });

  test('pods carry the recommended labels and workloads select by them', () => {
    // GIVEN / WHEN
    const { objs } = synthApp();
    // THEN
    for (const [kind, name, labels] of [['Deployment', 'shop-frontend', FE], ['Deployment', 'shop-backend', BE], ['StatefulSet', 'shop-database', DB]] as const) {
      const w = byName(objs, kind, name);
      expect(w.metadata.labels).toEqual(labels);
      expect(w.spec.selector).toEqual({ matchLabels: labels });
      expect(w.spec.template.metadata.labels).toEqual(expect.objectContaining(labels));
    }
    expect(byName(objs, 'Service', 'shop-backend').spec.selector).toEqual(BE);
    expect(byName(objs, 'Service', 'shop-database').spec.selector).toEqual(expect.objectContaining(DB));
  });

  test('default deny isolates ingress and egress of every pod of the app', () => {
    const { objs } = synthApp();
    expect(byName(objs, 'NetworkPolicy', 'shop-default-deny').spec).toEqual({
      podSelector: { matchLabels: { 'app.kubernetes.io/part-of': 'shop' } },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [],
      egress: [],
    });
  });

  test('every allowed flow is one policy with explicit policyTypes and the reference ports', () => {
    // GIVEN / WHEN
    const { objs } = synthApp();
    const spec = (name: string) => byName(objs, 'NetworkPolicy', name).spec;
    // THEN: frontend 80 from the ingress controller's pods in their namespace
    expect(spec('shop-frontend-allow-from-ingress-controller')).toEqual({
      podSelector: { matchLabels: FE },
      policyTypes: ['Ingress'],
      ingress: [{
        from: [{
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
          podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } },
        }],
        ports: [{ protocol: 'TCP', port: 80 }],
      }],
    });
    // frontend -> backend 3000, on both sides
    expect(spec('shop-frontend-allow-to-backend')).toEqual({
      podSelector: { matchLabels: FE },
      policyTypes: ['Egress'],
      egress: [{ to: [{ podSelector: { matchLabels: BE } }], ports: [{ protocol: 'TCP', port: 3000 }] }],
    });
    expect(spec('shop-backend-allow-from-frontend')).toEqual({
      podSelector: { matchLabels: BE },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: FE } }], ports: [{ protocol: 'TCP', port: 3000 }] }],
    });
    // backend -> database 3306, on both sides
    expect(spec('shop-backend-allow-to-database')).toEqual({
      podSelector: { matchLabels: BE },
      policyTypes: ['Egress'],
      egress: [{ to: [{ podSelector: { matchLabels: DB } }], ports: [{ protocol: 'TCP', port: 3306 }] }],
    });
    expect(spec('shop-database-allow-from-backend')).toEqual({
      podSelector: { matchLabels: DB },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: BE } }], ports: [{ protocol: 'TCP', port: 3306 }] }],
    });
    // DNS for frontend and backend only: the database is an endpoint
    expect(spec('shop-frontend-allow-dns')).toEqual({ podSelector: { matchLabels: FE }, policyTypes: ['Egress'], egress: [{ to: [KUBE_DNS], ports: DNS_PORTS }] });
    expect(spec('shop-backend-allow-dns')).toEqual({ podSelector: { matchLabels: BE }, policyTypes: ['Egress'], egress: [{ to: [KUBE_DNS], ports: DNS_PORTS }] });
    expect(policies(objs).filter((p) => p.spec.podSelector.matchLabels['app.kubernetes.io/component'] === 'database' && p.spec.egress)).toEqual([]);
  });

  test('every policy carries the part-of label (also the EgressToCidr one of an external database)', () => {
    for (const props of [{}, { database: undefined, externalDatabase: { cidr: '10.20.0.0/24' } }]) {
      const ps = policies(synthApp(props).objs);
      expect(ps.length).toBeGreaterThan(6);
      for (const p of ps) expect(p.metadata.labels).toEqual({ 'app.kubernetes.io/part-of': 'shop' });
    }
  });

  test('services and the ingress use the tier ports', () => {
    // GIVEN / WHEN
    const { objs } = synthApp();
    // THEN
    expect(byName(objs, 'Service', 'shop-frontend').spec.ports).toEqual([{ port: 80, targetPort: 80 }]);
    expect(byName(objs, 'Service', 'shop-backend').spec.ports).toEqual([{ port: 3000, targetPort: 3000 }]);
    const db = byName(objs, 'Service', 'shop-database');
    expect(db.spec.clusterIP).toBe('None');
    expect(db.spec.ports).toEqual([{ port: 3306, targetPort: 3306 }]);
    expect(byName(objs, 'Ingress', 'shop-frontend').spec.rules).toEqual([{
      host: 'shop.example.com',
      http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'shop-frontend', port: { number: 80 } } } }] },
    }]);
  });

  test('the database: a StatefulSet with a 10Gi claim, credentials from a Secret, writable dirs, non-root mysql user', () => {
    // GIVEN / WHEN
    const { objs } = synthApp();
    const sts = byName(objs, 'StatefulSet', 'shop-database');
    const pod = sts.spec.template.spec;
    const [container] = pod.containers;
    // THEN
    expect(sts.spec.serviceName).toBe('shop-database');
    expect(sts.spec.replicas).toBe(1);
    expect(sts.spec.volumeClaimTemplates).toEqual([{
      metadata: { name: 'data' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
    }]);
    expect(container.image).toBe('mysql:8.4');
    expect(container.ports).toEqual([{ containerPort: 3306 }]);
    expect(container.envFrom).toEqual([{ secretRef: { name: 'shop-database-credentials' } }]);
    expect(container.env).toBeUndefined();
    expect(container.volumeMounts).toEqual([
      { name: 'data', mountPath: '/var/lib/mysql' },
      { name: 'var-run-mysqld', mountPath: '/var/run/mysqld' },
      { name: 'tmp', mountPath: '/tmp' },
    ]);
    expect(pod.volumes).toEqual([{ name: 'var-run-mysqld', emptyDir: {} }, { name: 'tmp', emptyDir: {} }]);
    // cdk8s-plus's secure defaults are kept
    expect(container.securityContext).toEqual(expect.objectContaining({
      runAsNonRoot: true, readOnlyRootFilesystem: true, runAsUser: 999, runAsGroup: 999,
    }));
    expect(pod.securityContext).toEqual(expect.objectContaining({ fsGroup: 999, runAsNonRoot: true }));
    // the first start initializes the data directory: 30 checks of 10 s before a restart
    expect(container.startupProbe).toEqual({ tcpSocket: { port: 3306 }, periodSeconds: 10, failureThreshold: 30 });
  });

  test('public members expose every object', () => {
    // GIVEN / WHEN
    const { app } = synthApp();
    // THEN
    expect(app.name).toBe('shop');
    expect([app.frontendPort, app.backendPort, app.databasePort]).toEqual([80, 3000, 3306]);
    expect(app.frontendDeployment.name).toBe('shop-frontend');
    expect(app.frontendService.name).toBe('shop-frontend');
    expect(app.frontend.service).toBe(app.frontendService);
    expect(app.ingress.name).toBe('shop-frontend');
    expect(app.backendDeployment.name).toBe('shop-backend');
    expect(app.backendService.name).toBe('shop-backend');
    expect(app.database?.name).toBe('shop-database');
    expect(app.databaseService?.name).toBe('shop-database');
    expect(app.externalDatabase).toBeUndefined();
    expect(app.frontendAllowFromClientsPolicy).toBeUndefined();
    expect(app.databaseAllowDnsPolicy).toBeUndefined();
    expect(app.policies.map((p) => p.name)).toEqual([
      app.defaultDenyPolicy, app.frontendAllowFromIngressControllerPolicy, app.frontendAllowToBackendPolicy, app.frontendAllowDnsPolicy,
      app.backendAllowFromFrontendPolicy, app.backendAllowToDatabasePolicy, app.backendAllowDnsPolicy, app.databaseAllowFromBackendPolicy!,
    ].map((p) => p.name));
  });

  test('re-synthesis is byte-identical', () => {
    expect(JSON.stringify(synthApp().objs)).toBe(JSON.stringify(synthApp().objs));
  });
});

describe('ThreeTierApp | options', () => {
  test('a tier port is the single source: service, container and every policy follow it', () => {
    // GIVEN / WHEN
    const { objs } = synthApp({ frontend: { image: 'web', port: 8080 }, backend: { image: 'api', port: 9000 }, database: { image: 'pg', port: 5432 } });
    const ports = (name: string, dir: 'ingress' | 'egress') => byName(objs, 'NetworkPolicy', name).spec[dir][0].ports;
    // THEN
    expect(ports('shop-frontend-allow-from-ingress-controller', 'ingress')).toEqual([{ protocol: 'TCP', port: 8080 }]);
    expect(ports('shop-frontend-allow-to-backend', 'egress')).toEqual([{ protocol: 'TCP', port: 9000 }]);
    expect(ports('shop-backend-allow-from-frontend', 'ingress')).toEqual([{ protocol: 'TCP', port: 9000 }]);
    expect(ports('shop-backend-allow-to-database', 'egress')).toEqual([{ protocol: 'TCP', port: 5432 }]);
    expect(ports('shop-database-allow-from-backend', 'ingress')).toEqual([{ protocol: 'TCP', port: 5432 }]);
    expect(byName(objs, 'Service', 'shop-frontend').spec.ports).toEqual([{ port: 8080, targetPort: 8080 }]);
    expect(byName(objs, 'Ingress', 'shop-frontend').spec.rules[0].http.paths[0].backend.service.port).toEqual({ number: 8080 });
    expect(byName(objs, 'Deployment', 'shop-backend').spec.template.spec.containers[0].ports).toEqual([{ containerPort: 9000 }]);
    expect(byName(objs, 'StatefulSet', 'shop-database').spec.template.spec.containers[0].ports).toEqual([{ containerPort: 5432 }]);
    expect(validateManifests(objs)).toBe(15);
  });

  test('external database: no database pods, the backend reaches the CIDR through EgressToCidr', () => {
    // GIVEN / WHEN
    const { app, objs } = synthApp({ database: undefined, externalDatabase: { cidr: '10.20.0.0/24', except: ['10.20.0.128/25'], port: 5432 } });
    // THEN
    expect(objs.filter((o) => o.kind !== 'NetworkPolicy').map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Deployment/shop-frontend', 'Service/shop-frontend', 'Ingress/shop-frontend', 'Deployment/shop-backend', 'Service/shop-backend',
    ]);
    expect(policies(objs).map((p) => p.metadata.name)).toEqual([
      'shop-default-deny', 'shop-frontend-allow-from-ingress-controller', 'shop-frontend-allow-to-backend', 'shop-frontend-allow-dns',
      'shop-backend-allow-from-frontend', 'shop-backend-allow-to-database', 'shop-backend-allow-dns',
    ]);
    expect(byName(objs, 'NetworkPolicy', 'shop-backend-allow-to-database').spec).toEqual({
      podSelector: { matchLabels: BE },
      policyTypes: ['Egress'],
      egress: [{ to: [{ ipBlock: { cidr: '10.20.0.0/24', except: ['10.20.0.128/25'] } }], ports: [{ protocol: 'TCP', port: 5432 }] }],
    });
    expect(app.externalDatabase?.policy).toBe(app.backendAllowToDatabasePolicy);
    expect(app.database).toBeUndefined();
    expect(app.databasePort).toBe(5432);
    expect(validateManifests(objs)).toBe(12);
    expect(objs).toMatchSnapshot();
  });

  test('frontend clients get their own policy on the frontend port', () => {
    // GIVEN / WHEN
    const { app, objs } = synthApp({
      frontend: { image: 'web', port: 8080 },
      frontendClients: [FrontendClient.pods({ role: 'user' }), FrontendClient.namespace('monitoring'), FrontendClient.podsInNamespace('qa', { tool: 'k6' })],
    });
    // THEN
    expect(app.frontendAllowFromClientsPolicy?.name).toBe('shop-frontend-allow-from-clients');
    expect(byName(objs, 'NetworkPolicy', 'shop-frontend-allow-from-clients').spec).toEqual({
      podSelector: { matchLabels: FE },
      policyTypes: ['Ingress'],
      ingress: [{
        from: [
          { podSelector: { matchLabels: { role: 'user' } } },
          { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } }, podSelector: {} },
          { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'qa' } }, podSelector: { matchLabels: { tool: 'k6' } } },
        ],
        ports: [{ protocol: 'TCP', port: 8080 }],
      }],
    });
    expect(validateManifests(objs)).toBe(16);
  });

  test('ingress controller, class, TLS and path go to the Ingress and the controller policy', () => {
    // GIVEN / WHEN
    const { objs } = synthApp({
      ingressController: IngressController.traefik(),
      tls: [{ secretName: 'shop-tls' }],
      path: '/app',
      ingressAnnotations: { 'traefik.ingress.kubernetes.io/router.tls': 'true' },
    });
    const ingress = byName(objs, 'Ingress', 'shop-frontend');
    // THEN
    expect(ingress.metadata.annotations).toEqual({ 'traefik.ingress.kubernetes.io/router.tls': 'true' });
    expect(ingress.spec.ingressClassName).toBe('traefik');
    expect(ingress.spec.tls).toEqual([{ hosts: ['shop.example.com'], secretName: 'shop-tls' }]);
    expect(ingress.spec.rules[0].http.paths[0].path).toBe('/app');
    expect(byName(objs, 'NetworkPolicy', 'shop-frontend-allow-from-ingress-controller').spec.ingress[0].from).toEqual([{
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'traefik' } },
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'traefik' } },
    }]);
    expect(validateManifests(objs)).toBe(15);
  });

  test('name overrides: the app name and a tier name drive every object and label', () => {
    // GIVEN / WHEN
    const { objs } = synthApp({ name: 'store', backend: { image: 'api', name: 'store-api' } }, 'Store');
    // THEN
    expect(objs.map((o) => o.metadata.name)).toEqual([
      'store-frontend', 'store-frontend', 'store-frontend', 'store-api', 'store-api', 'store-database', 'store-database',
      'store-default-deny', 'store-frontend-allow-from-ingress-controller', 'store-frontend-allow-to-backend', 'store-frontend-allow-dns',
      'store-api-allow-from-frontend', 'store-api-allow-to-database', 'store-api-allow-dns', 'store-database-allow-from-backend',
    ]);
    expect(byName(objs, 'Deployment', 'store-api').spec.selector.matchLabels).toEqual({
      'app.kubernetes.io/name': 'store-api', 'app.kubernetes.io/component': 'backend', 'app.kubernetes.io/part-of': 'store',
    });
    expect(byName(objs, 'NetworkPolicy', 'store-frontend-allow-to-backend').spec.egress[0].to[0].podSelector.matchLabels['app.kubernetes.io/name']).toBe('store-api');
  });

  test('tier settings: replicas, env, Secrets, resources, writable paths and user', () => {
    // GIVEN / WHEN
    const { objs } = synthApp({
      backend: {
        image: 'api',
        replicas: 3,
        env: { DB_HOST: 'shop-database', LOG_LEVEL: 'info' },
        envFromSecrets: ['api-keys'],
        resources: { cpu: { request: Cpu.millis(100), limit: Cpu.millis(500) } },
        writablePaths: ['/tmp'],
        runAsUser: 10001,
      },
    });
    const be = byName(objs, 'Deployment', 'shop-backend');
    const [container] = be.spec.template.spec.containers;
    // THEN
    expect(be.spec.replicas).toBe(3);
    expect(container.env).toEqual([{ name: 'DB_HOST', value: 'shop-database' }, { name: 'LOG_LEVEL', value: 'info' }]);
    expect(container.envFrom).toEqual([{ secretRef: { name: 'api-keys' } }]);
    expect(container.resources.requests.cpu).toBe('100m');
    expect(container.resources.limits.cpu).toBe('500m');
    expect(container.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
    expect(container.securityContext).toEqual(expect.objectContaining({ runAsUser: 10001, runAsGroup: 10001, readOnlyRootFilesystem: true }));
    expect(be.spec.template.spec.securityContext.fsGroup).toBe(10001);
    // the frontend keeps the image's user
    expect(byName(objs, 'Deployment', 'shop-frontend').spec.template.spec.containers[0].securityContext.runAsUser).toBeUndefined();
    expect(validateManifests(objs)).toBe(15);
  });

  test('database settings: storage, class, data path, credentials Secret, no scratch dirs, opt-in DNS', () => {
    // GIVEN / WHEN
    const { app, objs } = synthApp({
      database: {
        image: 'postgres:17',
        port: 5432,
        replicas: 2,
        storageSize: Size.mebibytes(512),
        storageClassName: 'fast-ssd',
        dataPath: '/var/lib/postgresql/data',
        credentialsSecretName: 'pg-auth',
        writablePaths: [],
        allowDns: true,
      },
    });
    const sts = byName(objs, 'StatefulSet', 'shop-database');
    const [container] = sts.spec.template.spec.containers;
    // THEN
    expect(sts.spec.replicas).toBe(2);
    expect(sts.spec.volumeClaimTemplates[0].spec).toEqual({ accessModes: ['ReadWriteOnce'], storageClassName: 'fast-ssd', resources: { requests: { storage: '512Mi' } } });
    expect(container.volumeMounts).toEqual([{ name: 'data', mountPath: '/var/lib/postgresql/data' }]);
    expect(sts.spec.template.spec.volumes).toBeUndefined();
    expect(container.envFrom).toEqual([{ secretRef: { name: 'pg-auth' } }]);
    expect(app.databaseAllowDnsPolicy?.name).toBe('shop-database-allow-dns');
    expect(byName(objs, 'NetworkPolicy', 'shop-database-allow-dns').spec).toEqual({ podSelector: { matchLabels: DB }, policyTypes: ['Egress'], egress: [{ to: [KUBE_DNS], ports: DNS_PORTS }] });
    expect(validateManifests(objs)).toBe(16);
  });

  test('a writable path named like the data volume gets its own volume name', () => {
    const { objs } = synthApp({ database: { image: 'mysql:8.4', writablePaths: ['/data'] } });
    const [container] = byName(objs, 'StatefulSet', 'shop-database').spec.template.spec.containers;
    expect(container.volumeMounts).toEqual([{ name: 'data', mountPath: '/var/lib/mysql' }, { name: 'data-2', mountPath: '/data' }]);
  });
});

describe('ThreeTierApp | bad input', () => {
  const build = (props: Partial<ThreeTierAppProps>, id = 'shop') => () => new ThreeTierApp(Testing.chart(), id, { ...SHOP, ...props });

  test.each([
    ['frontend', { frontend: { image: 'web', port: 0 } }, 'frontend.port "0"'],
    ['backend', { backend: { image: 'api', port: 70000 } }, 'backend.port "70000"'],
    ['database', { database: { image: 'db', port: 3306.5 } }, 'database.port "3306.5"'],
    ['external database', { database: undefined, externalDatabase: { cidr: '10.0.0.0/8', port: -1 } }, 'externalDatabase.port "-1"'],
  ])('a %s port outside 1-65535', (_tier, props, field) => {
    expect(build(props as Partial<ThreeTierAppProps>)).toThrow(`test/shop: invalid ${field}: a port must be an integer from 1 to 65535; give a port in that range (leave the port out to allow all ports)`);
  });

  test('two tiers on clashing names', () => {
    expect(build({ frontend: { image: 'web', name: 'shop-backend' } })).toThrow(
      'test/shop: invalid frontend.name "shop-backend": the frontend tier would get the same name as the backend tier, so their objects would clash; give the frontend tier a name of its own');
    expect(build({ backend: { image: 'api', name: 'web' }, database: { image: 'db', name: 'web' } })).toThrow(
      'test/shop: invalid database.name "web": the database tier would get the same name as the backend tier');
  });

  test('an invalid external database CIDR', () => {
    expect(build({ database: undefined, externalDatabase: { cidr: '10.20.0.1/24' } })).toThrow(/^test\/shop: invalid externalDatabase\.cidr "10\.20\.0\.1\/24": .*host bits/);
    expect(build({ database: undefined, externalDatabase: { cidr: 'db.example.com' } })).toThrow(/^test\/shop: invalid externalDatabase\.cidr "db\.example\.com"/);
    expect(build({ database: undefined, externalDatabase: { cidr: '10.20.0.0/24', except: ['10.30.0.0/25'] } })).toThrow(/^test\/shop: invalid externalDatabase\.except\[0\] "10\.30\.0\.0\/25"/);
  });

  test('an app name that makes an object name longer than 63 characters names the limit', () => {
    // The longest suffix is '-frontend-allow-from-ingress-controller' (9 + 30 = 39 characters).
    const app = 'a'.repeat(25);
    expect(build({ name: app })).toThrow(
      `test/shop: invalid name "${app}": it makes the policy name "${app}-frontend-allow-from-ingress-controller" 64 characters long, and a kubernetes name has at most 63; use a name of at most 24 characters`);
    expect(() => new ThreeTierApp(Testing.chart(), 'x', { ...SHOP, name: 'a'.repeat(24) })).not.toThrow();
    expect(build({ frontend: { image: 'web', name: 'f'.repeat(40) } })).toThrow(/invalid frontend\.name "f{40}": it makes the policy name .* use a frontend\.name of at most 33 characters/);
  });

  test('an app name that is not a valid name', () => {
    expect(build({ name: 'Shop' })).toThrow(/^test\/shop: invalid name "Shop": a dns-1123 label has only lowercase letters.*use e\.g\. "shop"/);
    expect(build({}, 'My Shop')).toThrow(/^test\/My Shop: invalid name "My Shop": the name defaults to the construct id, which is not a dns-1123 label; pass a name/);
    expect(build({ name: '1shop' })).toThrow('test/shop: invalid name "1shop": the app name begins the service names, which must start with a letter (dns-1035 label); use e.g. "app-1shop"');
  });

  test('both or neither database', () => {
    expect(build({ externalDatabase: { cidr: '10.0.0.0/8' } })).toThrow(
      'test/shop: invalid database "database and externalDatabase": give exactly one of database (in the cluster) and externalDatabase (a cidr); pass database: { image: "mysql:8.4" } or externalDatabase: { cidr: "10.20.0.0/24" }, not both');
    expect(build({ database: undefined })).toThrow(/^test\/shop: invalid database "neither": give exactly one of/);
  });

  test('literal credentials and bad env names are refused', () => {
    expect(build({ database: { image: 'mysql:8.4', env: { MYSQL_ROOT_PASSWORD: 'hunter2' } } })).toThrow(
      'test/shop: invalid database.env "MYSQL_ROOT_PASSWORD": this looks like a credential, and env values are written into the manifests in plain text; put it in a secret and pass its name in database.credentialsSecretName');
    expect(build({ backend: { image: 'api', env: { API_TOKEN: 'x' } } })).toThrow(/invalid backend\.env "API_TOKEN": .* pass its name in backend\.envFromSecrets/);
    expect(build({ backend: { image: 'api', env: { '1X': 'x' } } })).toThrow(/invalid backend\.env "1X": an environment variable name/);
  });

  test('other tier settings', () => {
    expect(build({ frontend: { image: '' } })).toThrow(/^test\/shop: invalid frontend\.image "": an image must be a non-empty reference/);
    expect(build({ backend: { image: 'api', replicas: -1 } })).toThrow(/invalid backend\.replicas "-1"/);
    expect(build({ backend: { image: 'api', runAsUser: 0 } })).toThrow(/invalid backend\.runAsUser "0": the pods run as non-root/);
    expect(build({ backend: { image: 'api', writablePaths: ['tmp'] } })).toThrow(/invalid backend\.writablePaths\[0\] "tmp": a writable path must be an absolute directory/);
    expect(build({ backend: { image: 'api', writablePaths: ['/tmp', '/tmp'] } })).toThrow(/invalid backend\.writablePaths\[1\] "\/tmp": it is listed twice/);
    expect(build({ backend: { image: 'api', envFromSecrets: ['Bad_Secret'] } })).toThrow(/invalid backend\.envFromSecrets\[0\] "Bad_Secret"/);
  });

  test('database settings', () => {
    expect(build({ database: { image: 'db', storageClassName: 'Fast SSD' } })).toThrow(/invalid database\.storageClassName "Fast SSD"/);
    expect(build({ database: { image: 'db', storageSize: Size.kibibytes(512) } })).toThrow(/invalid database\.storageSize "512 KiB": the storage size must be a whole number of mebibytes/);
    expect(build({ database: { image: 'db', dataPath: 'data' } })).toThrow(/invalid database\.dataPath "data"/);
    expect(build({ database: { image: 'db', writablePaths: ['/var/lib/mysql'] } })).toThrow(/invalid database\.writablePaths "\/var\/lib\/mysql": the data path is already mounted/);
    expect(build({ database: { image: 'db', credentialsSecretName: 'my_secret' } })).toThrow(/invalid database\.credentialsSecretName "my_secret"/);
  });

  test('ingress host and path are checked at the app', () => {
    expect(build({ host: 'Shop.Example.com' })).toThrow(/^test\/shop: invalid host "Shop\.Example\.com": an ingress host must be lowercase/);
    expect(build({ path: 'app' })).toThrow(/^test\/shop: invalid path "app": an ingress path must start with \//);
  });

  test.each([
    ['backend.port', { backend: { image: 'api', port: 0 } }],
    ['tls[0].secretName', { tls: [{ secretName: 'Shop TLS' }] }],
    ['tls[0].hosts[1]', { tls: [{ secretName: 'shop-tls', hosts: ['shop.example.com', 'bad host'] }] }],
    ['ingressClassName', { ingressClassName: 'Nginx' }],
    ['ingressAnnotations key', { ingressAnnotations: { 'bad key!': 'x' } }],
  ])('a bad %s throws at the app and leaves nothing behind in the chart', (field, props) => {
    const chart = Testing.chart();
    expect(() => new ThreeTierApp(chart, 'shop', { ...SHOP, ...props } as ThreeTierAppProps)).toThrow(`test/shop: invalid ${field} "`);
    expect(chart.node.findChild('shop').node.children).toEqual([]);
  });

  test('FrontendClient factories check their input', () => {
    expect(() => FrontendClient.pods({})).toThrow('FrontendClient.pods: invalid labels "{}": an empty label map selects every pod of the namespace; give at least one label, e.g. { role: "user" }');
    expect(() => FrontendClient.namespace('Team A')).toThrow(/^FrontendClient\.namespace: invalid namespace "Team A"/);
    expect(() => FrontendClient.podsInNamespace('qa', { 'bad key!': 'x' })).toThrow(/^FrontendClient\.podsInNamespace: invalid labels key "bad key!"/);
    expect(FrontendClient.podsInNamespace('qa', { tool: 'k6' }).description).toBe('pods {"tool":"k6"} in namespace qa');
  });
});
