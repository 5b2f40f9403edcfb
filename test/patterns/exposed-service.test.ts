import { App, Chart, Size, Testing } from 'cdk8s';
import { Cpu, Deployment, HttpIngressPathType } from 'cdk8s-plus-28';
import { ExposedService, IngressController } from '../../src';
import { validateManifests } from '../util/schema';

// The seed Ingress, which the consumer app must reproduce exactly.
const SEED_INGRESS = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name: 'frontend-ingress' },
  spec: {
    rules: [{
      host: 'example.com',
      http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'frontend-service', port: { number: 80 } } } }] },
    }],
  },
};

const NGINX_PEER = {
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
  podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } },
};

function seedChart(): Chart {
  const chart = Testing.chart();
  new ExposedService(chart, 'frontend', {
    image: 'nginx:1.27', port: 80, host: 'example.com', serviceName: 'frontend-service', ingressName: 'frontend-ingress',
  });
  return chart;
}

const ofKind = (objs: any[], kind: string) => objs.filter((o) => o.kind === kind);

describe('ExposedService |', () => {
  test('the issue example writes exactly the seed Ingress', () => {
    // GIVEN
    const chart = seedChart();
    // WHEN
    const objs = Testing.synth(chart);
    // THEN
    expect(ofKind(objs, 'Ingress')).toEqual([SEED_INGRESS]);
    expect(objs.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Deployment/frontend', 'Service/frontend-service', 'Ingress/frontend-ingress', 'NetworkPolicy/frontend-allow-ingress-controller',
    ]);
    expect(validateManifests(objs)).toBe(4);
    expect(objs).toMatchSnapshot();
  });

  test('container settings reach the created Deployment: env, Secrets, resources, writable paths, user', () => {
    // GIVEN: an unprivileged nginx, which writes to /tmp and /var/cache/nginx
    const chart = Testing.chart();
    // WHEN
    new ExposedService(chart, 'web', {
      image: 'nginxinc/nginx-unprivileged:1.27',
      port: 8080,
      host: 'example.com',
      env: { LOG_LEVEL: 'info' },
      envFromSecrets: ['web-config'],
      resources: { cpu: { request: Cpu.millis(100), limit: Cpu.millis(500) }, memory: { request: Size.mebibytes(64), limit: Size.mebibytes(256) } },
      writablePaths: ['/tmp', '/var/cache/nginx'],
      runAsUser: 101,
    });
    const objs = Testing.synth(chart);
    const pod = ofKind(objs, 'Deployment')[0].spec.template.spec;
    const [container] = pod.containers;
    // THEN
    expect(container.env).toEqual([{ name: 'LOG_LEVEL', value: 'info' }]);
    expect(container.envFrom).toEqual([{ secretRef: { name: 'web-config' } }]);
    expect(container.resources).toEqual({ limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '100m', memory: '64Mi' } });
    expect(container.volumeMounts).toEqual([{ mountPath: '/tmp', name: 'tmp' }, { mountPath: '/var/cache/nginx', name: 'var-cache-nginx' }]);
    expect(pod.volumes).toEqual([{ name: 'tmp', emptyDir: {} }, { name: 'var-cache-nginx', emptyDir: {} }]);
    expect(container.securityContext).toMatchObject({ runAsUser: 101, runAsGroup: 101, runAsNonRoot: true, readOnlyRootFilesystem: true });
    expect(pod.securityContext).toMatchObject({ runAsUser: 101, runAsGroup: 101, fsGroup: 101, runAsNonRoot: true });
    expect(validateManifests(objs)).toBe(4);
  });

  test('container settings with an adopted workload are refused (they would be silently ignored)', () => {
    // GIVEN
    const chart = Testing.chart();
    const workload = new Deployment(chart, 'api', { containers: [{ image: 'api:1.0' }] });
    // WHEN / THEN
    expect(() => new ExposedService(chart, 'web', { workload, host: 'example.com', env: { A: 'b' } }))
      .toThrow('test/web: invalid env "{"A":"b"}": env only applies to the deployment created from image; set it on the workload you pass');
    expect(() => new ExposedService(chart, 'web2', { image: 'web:1.0', host: 'example.com', env: { API_TOKEN: 'x' } }))
      .toThrow('test/web2: invalid env "API_TOKEN": this looks like a credential, and env values are written into the manifests in plain text; put it in a secret and pass its name in envFromSecrets');
  });

  test('the Service selects the Deployment pods and maps servicePort to the container port', () => {
    // GIVEN
    const chart = Testing.chart();
    // WHEN
    new ExposedService(chart, 'api', { image: 'api:1', port: 8080, servicePort: 80, host: 'api.example.com', replicas: 3 });
    const objs = Testing.synth(chart);
    const [deployment] = ofKind(objs, 'Deployment');
    const [service] = ofKind(objs, 'Service');
    const [ingress] = ofKind(objs, 'Ingress');
    // THEN
    expect(deployment.metadata.name).toBe('api');
    expect(deployment.spec.replicas).toBe(3);
    expect(deployment.spec.template.metadata.labels['app.kubernetes.io/name']).toBe('api');
    expect(deployment.spec.template.spec.containers[0].ports).toEqual([{ containerPort: 8080 }]);
    expect(service.metadata.name).toBe('api');
    expect(service.spec.ports).toEqual([{ port: 80, targetPort: 8080 }]);
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(ingress.metadata.name).toBe('api');
    expect(ingress.spec.rules[0].http.paths[0].backend).toEqual({ service: { name: 'api', port: { number: 80 } } });
    expect(validateManifests(objs)).toBe(4);
  });

  test('isolation: only the controller pods (namespace AND pods, one peer) may reach the container port', () => {
    // GIVEN
    const chart = Testing.chart();
    // WHEN
    new ExposedService(chart, 'api', { image: 'api:1', port: 8080, servicePort: 80, host: 'api.example.com' });
    const [policy] = ofKind(Testing.synth(chart), 'NetworkPolicy');
    // THEN
    expect(policy.metadata.name).toBe('api-allow-ingress-controller');
    expect(policy.spec).toEqual({
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'api' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [NGINX_PEER], ports: [{ protocol: 'TCP', port: 8080 }] }],
    });
  });

  test('without a controller or class name no ingressClassName is written; a controller sets it and the peer', () => {
    // GIVEN
    const chart = Testing.chart();
    // WHEN
    const dflt = new ExposedService(chart, 'a', { image: 'a', host: 'a.example.com' });
    new ExposedService(chart, 'b', { image: 'b', host: 'b.example.com', ingressController: IngressController.traefik() });
    new ExposedService(chart, 'c', { image: 'c', host: 'c.example.com', ingressController: IngressController.traefik(), ingressClassName: 'traefik-internal' });
    const objs = Testing.synth(chart);
    const ingresses = ofKind(objs, 'Ingress');
    const policies = ofKind(objs, 'NetworkPolicy');
    // THEN
    expect(ingresses.map((i) => i.spec.ingressClassName)).toEqual([undefined, 'traefik', 'traefik-internal']);
    expect(dflt.ingressController.namespace).toBe('ingress-nginx');
    expect(policies[0].spec.ingress[0].from).toEqual([NGINX_PEER]);
    expect(policies[1].spec.ingress[0].from).toEqual([{
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'traefik' } },
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'traefik' } },
    }]);
    expect(policies[2].spec.ingress[0].from).toEqual(policies[1].spec.ingress[0].from);
  });

  test('isolate: false writes no policy', () => {
    const chart = Testing.chart();
    const svc = new ExposedService(chart, 'open', { image: 'x', host: 'example.com', isolate: false });
    expect(svc.policies).toEqual([]);
    expect(ofKind(Testing.synth(chart), 'NetworkPolicy')).toEqual([]);
  });

  test('addRoute: hosts in first-given order, paths under their host, path types kept', () => {
    // GIVEN
    const chart = Testing.chart();
    const svc = new ExposedService(chart, 'web', { image: 'web', host: 'example.com' });
    // WHEN
    svc.addRoute('www.example.com');
    svc.addRoute('example.com', '/api', HttpIngressPathType.EXACT);
    svc.addRoute('*.example.com', '/static', HttpIngressPathType.IMPLEMENTATION_SPECIFIC);
    const [ingress] = ofKind(Testing.synth(chart), 'Ingress');
    // THEN
    const paths = (i: number) => ingress.spec.rules[i].http.paths.map((p: any) => `${p.path} ${p.pathType}`);
    expect(ingress.spec.rules.map((r: any) => r.host)).toEqual(['example.com', 'www.example.com', '*.example.com']);
    expect(paths(0)).toEqual(['/ Prefix', '/api Exact']);
    expect(paths(1)).toEqual(['/ Prefix']);
    expect(paths(2)).toEqual(['/static ImplementationSpecific']);
    expect(validateManifests([ingress])).toBe(1);
  });

  test('TLS hosts default to every route host; explicit hosts and annotations are kept', () => {
    // GIVEN
    const chart = Testing.chart();
    // WHEN
    const svc = new ExposedService(chart, 'web', {
      image: 'web',
      host: 'example.com',
      tls: [{ secretName: 'web-tls' }, { secretName: 'wild-tls', hosts: ['*.example.com'] }],
      annotations: { 'nginx.ingress.kubernetes.io/ssl-redirect': 'true' },
    });
    svc.addRoute('www.example.com');
    const [ingress] = ofKind(Testing.synth(chart), 'Ingress');
    // THEN
    expect(ingress.spec.tls).toEqual([
      { secretName: 'web-tls', hosts: ['example.com', 'www.example.com'] },
      { secretName: 'wild-tls', hosts: ['*.example.com'] },
    ]);
    expect(ingress.metadata.annotations).toEqual({ 'nginx.ingress.kubernetes.io/ssl-redirect': 'true' });
    expect(validateManifests([ingress])).toBe(1);
  });

  test('a TLS host that no route serves fails synthesis with the field and the fix', () => {
    // GIVEN
    const chart = Testing.chart();
    new ExposedService(chart, 'web', { image: 'web', host: 'example.com', tls: [{ secretName: 's', hosts: ['example.com', 'other.com'] }] });
    // WHEN / THEN
    expect(() => Testing.synth(chart)).toThrow(/test\/web: invalid tls\[0\]\.hosts\[1\] "other.com": no route of the ingress serves this host; add a route with addRoute\("other.com"\)/);
  });

  test('adopting a cdk8s-plus workload: Service and policy select its own pod labels', () => {
    // GIVEN
    const chart = Testing.chart();
    const api = new Deployment(chart, 'Api', { containers: [{ image: 'api', portNumber: 3000 }] });
    // WHEN
    const svc = new ExposedService(chart, 'api', { workload: api, port: 3000, host: 'api.example.com' });
    const objs = Testing.synth(chart);
    // THEN
    expect(svc.workload).toBe(api);
    expect(ofKind(objs, 'Deployment')).toHaveLength(1);
    expect(ofKind(objs, 'Service')[0].spec.selector).toEqual(api.matchLabels);
    expect(ofKind(objs, 'NetworkPolicy')[0].spec.podSelector).toEqual({ matchLabels: api.matchLabels });
    expect(validateManifests(objs)).toBe(4);
  });

  test('chart labels reach the pods (the policy selects the name label); the chart namespace every object', () => {
    const chart = new Chart(Testing.app(), 'c', { namespace: 'shop', labels: { team: 'web' } });
    new ExposedService(chart, 'web', { image: 'web', host: 'example.com' });
    const objs = Testing.synth(chart);
    expect(objs.map((o) => o.metadata.namespace)).toEqual(['shop', 'shop', 'shop', 'shop']);
    expect(ofKind(objs, 'Deployment')[0].spec.template.metadata.labels).toMatchObject({ 'team': 'web', 'app.kubernetes.io/name': 'web' });
    expect(ofKind(objs, 'NetworkPolicy')[0].spec.podSelector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'web' } });
  });

  describe('bad input throws at construction and leaves nothing behind |', () => {
    test.each([
      [{ host: '' }, 'test/web: invalid host "": a host must not be empty'],
      [{ host: 'Example.com' }, 'test/web: invalid host "Example.com": an ingress host must be lowercase; write "example.com"'],
      [{ host: '*.*.example.com' }, 'test/web: invalid host "*.*.example.com": a wildcard is only allowed as a single leading "*." label'],
      [{ host: '192.0.2.1' }, 'test/web: invalid host "192.0.2.1": an ingress host must be a dns name, not an ip address'],
      [{ path: 'api' }, 'test/web: invalid path "api": an ingress path must start with /; write "/api"'],
      [{ path: '/a//b' }, 'test/web: invalid path "/a//b": a path of type Prefix must not contain "//"'],
      [{ port: 0 }, 'test/web: invalid port "0": a port must be an integer from 1 to 65535'],
      [{ servicePort: 70000 }, 'test/web: invalid servicePort "70000": a port must be an integer from 1 to 65535'],
      [{ name: 'Web' }, 'test/web: invalid name "Web": a dns-1123 label has only lowercase letters'],
      [{ name: 'w'.repeat(64) }, 'a dns-1123 label is at most 63 characters'],
      [{ serviceName: '1web' }, 'test/web: invalid serviceName "1web": a service name must start with a letter'],
      [{ ingressName: 'Web_Ingress' }, 'test/web: invalid ingressName "Web_Ingress": a dns-1123 subdomain'],
      [{ ingressClassName: 'Nginx' }, 'test/web: invalid ingressClassName "Nginx"'],
      [{ replicas: -1 }, 'test/web: invalid replicas "-1": it must be a whole number of 0 or more'],
      [{ image: undefined }, 'test/web: invalid image "": give exactly one of image and workload'],
      [{ tls: [{ secretName: 'Bad Secret' }] }, 'test/web: invalid tls[0].secretName "Bad Secret"'],
      [{ tls: [{ secretName: 's', hosts: ['1.2.3.4'] }] }, 'test/web: invalid tls[0].hosts[0] "1.2.3.4"'],
      [{ annotations: { 'bad key': 'x' } }, 'test/web: invalid annotations key "bad key"'],
    ])('%j', (override, message) => {
      // GIVEN
      const chart = Testing.chart();
      // WHEN / THEN
      expect(() => new ExposedService(chart, 'web', { image: 'web', host: 'example.com', ...override })).toThrow(message);
      expect(chart.node.findChild('web').node.children).toHaveLength(0);
    });

    test('image and workload together, or replicas with a workload', () => {
      const chart = Testing.chart();
      const api = new Deployment(chart, 'Api', { containers: [{ image: 'api' }] });
      expect(() => new ExposedService(chart, 'a', { image: 'x', workload: api, host: 'example.com' })).toThrow('test/a: invalid image "x": give exactly one of image and workload; pass image to create a deployment, or workload to expose an existing one');
      expect(() => new ExposedService(chart, 'b', { workload: api, replicas: 2, host: 'example.com' })).toThrow('test/b: invalid replicas "2": replicas only applies to the deployment created from image');
    });

    test('two routes with the same host and path', () => {
      // GIVEN
      const chart = Testing.chart();
      const svc = new ExposedService(chart, 'web', { image: 'web', host: 'example.com', path: '/api' });
      // WHEN / THEN
      expect(() => svc.addRoute('example.com', '/api', HttpIngressPathType.EXACT)).toThrow('test/web: invalid path "/api": host "example.com" already has a route for this path; use another path or host (one route per host and path)');
      expect(() => svc.addRoute('example.com', 'nope')).toThrow(/invalid path "nope"/);
      expect(() => svc.addRoute('Bad')).toThrow(/invalid host "Bad"/);
      // the rejected routes are not in the output
      const [ingress] = ofKind(Testing.synth(chart), 'Ingress');
      expect(ingress.spec.rules).toHaveLength(1);
      expect(ingress.spec.rules[0].http.paths).toHaveLength(1);
    });
  });

  test('deterministic: two synths of the same app are byte-identical', () => {
    const yaml = () => {
      const app = new App();
      const chart = new Chart(app, 'web');
      const svc = new ExposedService(chart, 'frontend', { image: 'nginx:1.27', host: 'example.com', tls: [{ secretName: 'tls' }] });
      svc.addRoute('www.example.com', '/x');
      return app.synthYaml();
    };
    expect(yaml()).toBe(yaml());
  });
});
