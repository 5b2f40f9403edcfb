// The same app written by hand with cdk8s-plus-28, the way a careful user would without
// our library: recommended labels, pods selected by them, a default deny, one policy per
// allowed flow, DNS to kube-dns, the database on a volume claim with its credentials
// from a Secret. Same objects (kind, name, count) as ThreeTierApp; not byte-identical
// (cdk8s-plus-28's default deny omits the empty rule lists and orders policyTypes
// Egress, Ingress: the same policy, other bytes).
import { ApiObject, Chart, Duration, JsonPatch } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { AppSpec, PORTS, appSpec } from './spec';
import { Implementation } from '../../harness/scenario';
import { HandPeers, handPeers } from '../exposed-service/hand-written';

type Labels = Record<string, string>;

function labelsOf(app: string, tier: string): Labels {
  return { 'app.kubernetes.io/component': tier, 'app.kubernetes.io/name': `${app}-${tier}`, 'app.kubernetes.io/part-of': app };
}

function workloadProps(name: string, labels: Labels, image: string, port: number) {
  return {
    metadata: { name, labels },
    select: false,
    podMetadata: { labels },
    containers: [{ image, portNumber: port }] as kplus.ContainerProps[],
  };
}

function selectService(service: kplus.Service, labels: Labels): void {
  for (const [k, v] of Object.entries(labels)) service.selectLabel(k, v);
}

function database(scope: Construct, s: AppSpec, labels: Labels): void {
  const name = `${s.name}-database`;
  const service = new kplus.Service(scope, 'DatabaseService', {
    metadata: { name, labels }, clusterIP: 'None', ports: [{ port: PORTS.database, targetPort: PORTS.database }],
  });
  const credentials = kplus.Secret.fromSecretName(scope, 'Credentials', `${s.name}-database-credentials`);
  const sts = new kplus.StatefulSet(scope, 'Database', {
    ...workloadProps(name, labels, s.databaseImage, PORTS.database),
    service,
    replicas: 1,
    securityContext: { user: 999, group: 999, fsGroup: 999 },
    containers: [{
      image: s.databaseImage,
      portNumber: PORTS.database,
      envFrom: [kplus.Env.fromSecret(credentials)],
      securityContext: { user: 999, group: 999 },
      startup: kplus.Probe.fromTcpSocket({ port: PORTS.database, periodSeconds: Duration.seconds(10), failureThreshold: 30 }),
      volumeMounts: ['/var/run/mysqld', '/tmp'].map((path) => ({
        path, volume: kplus.Volume.fromEmptyDir(scope, `Scratch${path}`, path.slice(1).replace(/\//g, '-')),
      })),
    }],
  });
  sts.select(kplus.LabelSelector.of({ labels }));
  selectService(service, labels);
  // cdk8s-plus-28 has no volume claim templates: patch them in.
  ApiObject.of(sts).addJsonPatch(
    JsonPatch.add('/spec/volumeClaimTemplates', [{
      metadata: { name: 'data' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: kplus.k8s.Quantity.fromString('10Gi') } } },
    }]),
    JsonPatch.add('/spec/template/spec/containers/0/volumeMounts/0', { name: 'data', mountPath: '/var/lib/mysql' }),
  );
}

function policies(scope: Construct, s: AppSpec, peers: HandPeers, fe: Labels, be: Labels, db: Labels): void {
  const meta = (name: string) => ({ name: `${s.name}-${name}`, labels: { 'app.kubernetes.io/part-of': s.name } });
  const pods = (id: string, labels: Labels) => kplus.Pods.select(scope, id, { labels });
  const [fePods, bePods, dbPods] = [pods('FrontendPods', fe), pods('BackendPods', be), pods('DatabasePods', db)];
  const tcp = (port: number) => [kplus.NetworkPolicyPort.tcp(port)];
  const dnsPorts = [kplus.NetworkPolicyPort.udp(53), kplus.NetworkPolicyPort.tcp(53)];
  const policy = (id: string, name: string, selector: kplus.IPodSelector, props: Omit<kplus.NetworkPolicyProps, 'selector' | 'metadata'>) =>
    new kplus.NetworkPolicy(scope, id, { metadata: meta(name), selector, ...props });
  const deny = kplus.NetworkPolicyTrafficDefault.DENY;
  policy('DefaultDeny', 'default-deny', pods('AppPods', { 'app.kubernetes.io/part-of': s.name }), { ingress: { default: deny }, egress: { default: deny } });
  policy('FeFromController', 'frontend-allow-from-ingress-controller', fePods, { ingress: { rules: [{ peer: peers.controller, ports: tcp(PORTS.frontend) }] } });
  policy('FeToBackend', 'frontend-allow-to-backend', fePods, { egress: { rules: [{ peer: bePods, ports: tcp(PORTS.backend) }] } });
  policy('FeDns', 'frontend-allow-dns', fePods, { egress: { rules: [{ peer: peers.dns, ports: dnsPorts }] } });
  policy('BeFromFrontend', 'backend-allow-from-frontend', bePods, { ingress: { rules: [{ peer: fePods, ports: tcp(PORTS.backend) }] } });
  policy('BeToDatabase', 'backend-allow-to-database', bePods, { egress: { rules: [{ peer: dbPods, ports: tcp(PORTS.database) }] } });
  policy('BeDns', 'backend-allow-dns', bePods, { egress: { rules: [{ peer: peers.dns, ports: dnsPorts }] } });
  policy('DbFromBackend', 'database-allow-from-backend', dbPods, { ingress: { rules: [{ peer: bePods, ports: tcp(PORTS.database) }] } });
}

/** Adds the 15 objects of app `i` to `chart`. */
export function handWrittenApp(chart: Chart, i: number, peers: HandPeers): void {
  const s = appSpec(i);
  const app = new Construct(chart, s.name);
  const [fe, be, db] = ['frontend', 'backend', 'database'].map((t) => labelsOf(s.name, t));
  const frontend = new kplus.Deployment(app, 'FrontendDeployment', {
    ...workloadProps(`${s.name}-frontend`, fe, s.frontendImage, PORTS.frontend), replicas: 2,
  });
  frontend.select(kplus.LabelSelector.of({ labels: fe }));
  const feService = new kplus.Service(app, 'FrontendService', {
    metadata: { name: `${s.name}-frontend`, labels: fe }, selector: frontend, ports: [{ port: PORTS.frontend, targetPort: PORTS.frontend }],
  });
  new kplus.Ingress(app, 'Ingress', {
    metadata: { name: `${s.name}-frontend`, labels: fe },
    rules: [{ host: s.host, path: '/', backend: kplus.IngressBackend.fromService(feService) }],
  });
  const backend = new kplus.Deployment(app, 'BackendDeployment', {
    ...workloadProps(`${s.name}-backend`, be, s.backendImage, PORTS.backend), replicas: 2,
  });
  backend.select(kplus.LabelSelector.of({ labels: be }));
  const beService = new kplus.Service(app, 'BackendService', {
    metadata: { name: `${s.name}-backend`, labels: be }, ports: [{ port: PORTS.backend, targetPort: PORTS.backend }],
  });
  selectService(beService, be);
  database(app, s, db);
  policies(app, s, peers, fe, be, db);
}

/** Column "hand": cdk8s-plus-28 L2 constructs written by hand. */
export const HAND_WRITTEN: Implementation = {
  key: 'hand',
  label: 'hand-written with cdk8s-plus-28 (L2 Deployment, StatefulSet, Service, Ingress, NetworkPolicy)',
  build(chart: Chart, n: number): void {
    const peers = handPeers(chart);
    for (let i = 0; i < n; i++) handWrittenApp(chart, i, peers);
  },
};
