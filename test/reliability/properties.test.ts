// Property-based tests: random valid specs of every construct must (a) synthesize,
// (b) validate against the Kubernetes schema, (c) give exactly the intended flows through
// the analyzer (which reads only the YAML), and (d) re-synthesize byte-identical.
// Seeded; FC_RUNS (default 1000) runs per property, FC_SEED to replay a failure.
import { Chart, Testing } from 'cdk8s';
import { HttpIngressPathType } from 'cdk8s-plus-28';
import * as fc from 'fast-check';
import { CidrSample, dns1035Label, dnsLabel, fcParams, host, ingressPath, ipBlock, labels, policyPort, port } from './arbitraries';
import { ALL_PORTS, flowsTouching, mergeIntervals, portRanges, portsKey, synthYaml } from './flows';
import {
  ClusterContext, Connectivity, EgressSelector, EgressToCidr, EgressToFqdn, ExposedService, FrontendClient, IngressController,
  PolicyPort, ThreeTierApp,
} from '../../src';
import { validateManifests } from '../util/schema';

const COREDNS = 'kube-system/coredns[Deployment]';
const NGINX = 'ingress-nginx/ingress-nginx-controller[Deployment]';
const TRAEFIK = 'traefik/traefik[Deployment]';
const CONTEXT = [COREDNS, NGINX, TRAEFIK];
const DNS = portsKey([{ protocol: 'UDP', start: 53, end: 53 }, { protocol: 'TCP', start: 53, end: 53 }]);
const ALL = portsKey(ALL_PORTS);
const IPV4_SPACE = mergeIntervals([[0n, 2n ** 32n - 1n]]).join(' ');

// 1000 runs of a synth + analysis take seconds (ThreeTierApp ~15 s); FC_RUNS=10000 minutes.
const LONG = 600_000;

const pod = (name: string, podLabels: Record<string, string>) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels: podLabels } });

/** `cidr` minus every `except`, as merged intervals. */
function allowedRanges(cidr: CidrSample, except: CidrSample[]): string[] {
  let pieces: Array<[bigint, bigint]> = [[cidr.first, cidr.last]];
  for (const e of except) {
    pieces = pieces.flatMap(([s, t]): Array<[bigint, bigint]> => {
      if (e.last < s || e.first > t) return [[s, t]];
      return [...(e.first > s ? [[s, e.first - 1n] as [bigint, bigint]] : []), ...(e.last < t ? [[e.last + 1n, t] as [bigint, bigint]] : [])];
    });
  }
  return mergeIntervals(pieces);
}

/** (a) synth, (b) schema, (d) byte-identical re-synth; returns the objects for (c). */
function synthChecked(build: (chart: Chart) => void): any[] {
  const chart = Testing.chart();
  build(chart);
  const objs = Testing.synth(chart);
  expect(validateManifests(objs.filter((o) => o.apiVersion !== 'cilium.io/v2'))).toBe(objs.filter((o) => o.apiVersion !== 'cilium.io/v2').length);
  expect(synthYaml(build)).toBe(synthYaml(build));
  return objs;
}

describe('EgressToCidr | properties', () => {
  const spec = fc.record({
    block: ipBlock,
    ports: fc.array(policyPort, { maxLength: 4 }),
    selector: fc.option(labels, { nil: undefined }),
    allowDns: fc.boolean(),
    name: dnsLabel(40),
  });

  test('random valid specs: synthesize, schema-valid, exactly the intended flows, byte-identical', () => {
    fc.assert(fc.property(spec, (s) => {
      // GIVEN
      const build = (chart: Chart) => new EgressToCidr(chart, 'egress', {
        name: s.name,
        cidr: s.block.cidr.text,
        except: s.block.except.map((e) => e.text),
        ports: s.ports,
        selector: s.selector ? EgressSelector.labels(s.selector) : undefined,
        allowDns: s.allowDns,
      });
      // WHEN
      const objs = synthChecked(build);
      const client = pod('client', s.selector ?? { app: 'client' });
      const c = Connectivity.fromManifests([...objs, client, pod('bystander', {})], { clusterContext: ClusterContext.standard() });
      // THEN: the selected pod reaches exactly cidr minus except on the ports (and kube-dns), and its ingress is untouched
      const me = 'default/client[Pod]';
      const ranges = allowedRanges(s.block.cidr, s.block.except);
      const expected = [
        ...(ranges.length > 0 ? [`${me} => external[${ranges.join(' ')}] : ${portsKey(portRanges(s.ports))}`] : []),
        ...(s.allowDns ? [`${me} => ${COREDNS} : ${DNS}`] : []),
        ...CONTEXT.map((src) => `${src} => ${me} : ${ALL}`),
        // the bystander reaches the client only while its own egress is not isolated too
        ...(s.selector ? [`default/bystander[Pod] => ${me} : ${ALL}`] : []),
        `external => ${me} : ${ALL}`,
      ];
      const flows = flowsTouching(c.connections(), [me]);
      expect(flows).toEqual(expected.sort());
      // a pod the selector does not pick keeps all of its egress
      expect(c.connectionText('default/bystander[Pod]', NGINX)).toBe(s.selector ? 'All Connections' : 'No Connections');
    }), fcParams());
  }, LONG);
});

describe('ExposedService | properties', () => {
  const controllers = {
    nginx: { controller: IngressController.nginx(), id: NGINX },
    traefik: { controller: IngressController.traefik(), id: TRAEFIK },
    custom: { controller: IngressController.custom({ className: 'edge', namespace: 'traefik', podLabels: { 'app.kubernetes.io/name': 'traefik' } }), id: TRAEFIK },
  };
  const pathType = fc.constantFrom(HttpIngressPathType.PREFIX, HttpIngressPathType.EXACT, HttpIngressPathType.IMPLEMENTATION_SPECIFIC);
  const spec = fc.record({
    name: dns1035Label(30),
    port,
    servicePort: fc.option(port, { nil: undefined }),
    routes: fc.uniqueArray(fc.record({ host, path: ingressPath, pathType }), { minLength: 1, maxLength: 4, selector: (r) => `${r.host} ${r.path}` }),
    controller: fc.constantFrom<keyof typeof controllers>('nginx', 'traefik', 'custom'),
    replicas: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    isolate: fc.boolean(),
    tls: fc.boolean(),
    writablePaths: fc.option(fc.uniqueArray(fc.constantFrom('/tmp', '/var/cache/nginx', '/run', '/home/app/.cache'), { maxLength: 3 }), { nil: undefined }),
    runAsUser: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
  });

  test('random valid specs: synthesize, schema-valid, exactly the intended flows, byte-identical', () => {
    fc.assert(fc.property(spec, (s) => {
      // GIVEN
      const [first, ...more] = s.routes;
      const { controller, id: controllerId } = controllers[s.controller];
      const build = (chart: Chart) => {
        const svc = new ExposedService(chart, 'svc', {
          name: s.name,
          image: 'nginx:1.27',
          port: s.port,
          servicePort: s.servicePort,
          host: first.host,
          path: first.path,
          pathType: first.pathType,
          ingressController: controller,
          replicas: s.replicas,
          isolate: s.isolate,
          tls: s.tls ? [{ secretName: `${s.name}-tls`, hosts: [first.host] }] : undefined,
          writablePaths: s.writablePaths,
          runAsUser: s.runAsUser,
        });
        more.forEach((r) => svc.addRoute(r.host, r.path, r.pathType));
      };
      // WHEN
      const objs = synthChecked(build);
      const c = Connectivity.fromManifests(objs, { clusterContext: ClusterContext.standard() });
      // THEN: the Ingress routes every host/path to the Service port, the Service to the container port
      const ingress = objs.find((o) => o.kind === 'Ingress');
      const routed = ingress.spec.rules.flatMap((r: any) => r.http.paths.map((p: any) =>
        [r.host, p.path, p.pathType, p.backend.service.name, p.backend.service.port.number]));
      expect(routed.sort()).toEqual(s.routes.map((r) => [r.host, r.path, r.pathType, s.name, s.servicePort ?? s.port]).sort());
      expect(ingress.spec.ingressClassName).toBe(controller.className);
      expect(objs.find((o) => o.kind === 'Service').spec.ports).toEqual([{ port: s.servicePort ?? s.port, targetPort: s.port }]);
      // THEN: the container keeps a read-only root, with an emptyDir per writable path, as the given user
      const podSpec = objs.find((o) => o.kind === 'Deployment').spec.template.spec;
      expect((podSpec.containers[0].volumeMounts ?? []).map((m: any) => m.mountPath)).toEqual(s.writablePaths ?? []);
      expect(podSpec.containers[0].securityContext).toMatchObject({ readOnlyRootFilesystem: true, runAsNonRoot: true });
      expect(podSpec.containers[0].securityContext.runAsUser).toBe(s.runAsUser);
      // THEN: isolated, only the controller's pods reach the container port; the pods' own egress is untouched
      const me = `default/${s.name}[Deployment]`;
      const incoming = s.isolate
        ? [`${controllerId} => ${me} : TCP ${s.port}`]
        : [...CONTEXT.map((src) => `${src} => ${me} : ${ALL}`), `external => ${me} : ${ALL}`];
      const outgoing = [...CONTEXT.map((dst) => `${me} => ${dst} : ${ALL}`), `${me} => external[${IPV4_SPACE}] : ${ALL}`];
      expect(flowsTouching(c.connections(), [me])).toEqual([...incoming, ...outgoing].sort());
    }), fcParams());
  }, LONG);
});

describe('ThreeTierApp | properties', () => {
  const spec = fc.record({
    app: dns1035Label(12),
    fePort: port,
    bePort: port,
    dbPort: port,
    external: fc.option(fc.record({ block: ipBlock, port: fc.option(port, { nil: undefined }) }), { nil: undefined }),
    clients: fc.boolean(),
    dbDns: fc.boolean(),
    replicas: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    path: ingressPath,
  });

  test('random valid specs: synthesize, schema-valid, exactly the intended flows, byte-identical', () => {
    fc.assert(fc.property(spec, (s) => {
      // GIVEN
      const build = (chart: Chart) => new ThreeTierApp(chart, 'app', {
        name: s.app,
        host: 'shop.example.com',
        path: s.path,
        frontend: { image: 'nginx:1.27', port: s.fePort, replicas: s.replicas },
        backend: { image: 'api:1.0', port: s.bePort },
        database: s.external ? undefined : { image: 'mysql:8.4', port: s.dbPort, allowDns: s.dbDns },
        externalDatabase: s.external
          ? { cidr: s.external.block.cidr.text, except: s.external.block.except.map((e) => e.text), port: s.external.port }
          : undefined,
        frontendClients: s.clients ? [FrontendClient.pods({ role: 'user' })] : undefined,
      });
      // WHEN
      const objs = synthChecked(build);
      const c = Connectivity.fromManifests([...objs, pod('user', { role: 'user' })], { clusterContext: ClusterContext.standard() });
      // THEN: exactly the chain, DNS to kube-dns, and nothing else in or out of the app's pods
      const fe = `default/${s.app}-frontend[Deployment]`;
      const be = `default/${s.app}-backend[Deployment]`;
      const db = `default/${s.app}-database[StatefulSet]`;
      const expected = [
        `${NGINX} => ${fe} : TCP ${s.fePort}`,
        `${fe} => ${be} : TCP ${s.bePort}`,
        `${fe} => ${COREDNS} : ${DNS}`,
        `${be} => ${COREDNS} : ${DNS}`,
        ...(s.clients ? [`default/user[Pod] => ${fe} : TCP ${s.fePort}`] : []),
      ];
      if (s.external) {
        const ranges = allowedRanges(s.external.block.cidr, s.external.block.except);
        if (ranges.length > 0) expected.push(`${be} => external[${ranges.join(' ')}] : TCP ${s.external.port ?? 3306}`);
      } else {
        expected.push(`${be} => ${db} : TCP ${s.dbPort}`);
        if (s.dbDns) expected.push(`${db} => ${COREDNS} : ${DNS}`);
      }
      expect(flowsTouching(c.connections(), [fe, be, db])).toEqual(expected.sort());
    }), fcParams());
  }, LONG);
});

describe('EgressToFqdn | properties', () => {
  const spec = fc.record({
    podLabels: labels,
    names: fc.uniqueArray(host.filter((h) => !h.startsWith('*.')), { maxLength: 3 }),
    patterns: fc.uniqueArray(host.filter((h) => h.startsWith('*.')), { maxLength: 2 }),
    ports: fc.array(policyPort.filter((p) => p.port !== undefined), { maxLength: 3 }),
  }).filter((s) => s.names.length + s.patterns.length > 0);

  // The analyzer reads networking.k8s.io/v1 only, and kubernetes-models has no Cilium
  // schema: the properties here are the policy's exact shape and determinism.
  test('random valid specs: synthesize, exactly the names, ports and kube-dns rule asked for, byte-identical', () => {
    fc.assert(fc.property(spec, (s) => {
      // GIVEN
      const build = (chart: Chart) => new EgressToFqdn(chart, 'fqdn', { podLabels: s.podLabels, matchNames: s.names, matchPatterns: s.patterns, ports: s.ports });
      // WHEN
      const objs = synthChecked(build);
      // THEN
      expect(objs).toHaveLength(1);
      const cnp = objs[0].spec;
      expect(cnp.endpointSelector).toEqual({ matchLabels: s.podLabels });
      expect(cnp.egress).toHaveLength(2);
      expect(cnp.egress[0].toEndpoints).toEqual([{ matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'kube-system', 'k8s:k8s-app': 'kube-dns' } }]);
      const fqdns = [...s.names.map((matchName) => ({ matchName })), ...s.patterns.map((matchPattern) => ({ matchPattern }))];
      expect(cnp.egress[1].toFQDNs).toEqual(fqdns);
      const ports = (cnp.egress[1].toPorts?.[0].ports ?? [])
        .map((p: any) => ({ protocol: p.protocol, start: Number(p.port), end: p.endPort ?? Number(p.port) }));
      expect(ports.length > 0 ? portsKey(ports) : ALL).toBe(portsKey(portRanges(s.ports)));
    }), fcParams());
  }, LONG);
});

describe('PolicyPort | properties', () => {
  test('every valid port writes a schema-valid NetworkPolicy port, never port 0', () => {
    fc.assert(fc.property(policyPort, (p: PolicyPort) => {
      const kube = p._toKube();
      expect(kube.port?.value).not.toBe(0);
      expect(['TCP', 'UDP', 'SCTP']).toContain(kube.protocol);
      if (kube.endPort !== undefined) expect(kube.endPort).toBeGreaterThanOrEqual(kube.port!.value as number);
    }), fcParams());
  }, LONG);
});
