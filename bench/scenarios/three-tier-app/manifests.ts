// The exact 15 objects of one ThreeTierApp as plain JSON: what the raw-ApiObject floor
// emits (test/bench asserts byte-identical YAML with the "ours" column).
import { AppSpec, PORTS } from './spec';
import { PlainObject } from '../exposed-service/manifests';

type Tier = 'frontend' | 'backend' | 'database';
type Labels = Record<string, string>;

const ADDR_LABEL = 'cdk8s.io/metadata.addr';

/** The cdk8s-plus address labels of the three workloads' pods. */
export interface AppAddresses {
  readonly frontend: string;
  readonly backend: string;
  readonly database: string;
}

function tierLabels(app: string, tier: Tier): Labels {
  return { 'app.kubernetes.io/component': tier, 'app.kubernetes.io/name': `${app}-${tier}`, 'app.kubernetes.io/part-of': app };
}

// The container and pod defaults cdk8s-plus-28 injects (kept by ThreeTierApp).
function container(image: string, port: number, extra: object = {}, security: object = {}, startup: object = {}): object {
  return {
    image,
    imagePullPolicy: 'Always',
    name: 'main',
    ports: [{ containerPort: port }],
    resources: { limits: { cpu: '1500m', memory: '2048Mi' }, requests: { cpu: '1000m', memory: '512Mi' } },
    securityContext: { allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, ...security, runAsNonRoot: true },
    startupProbe: { failureThreshold: 3, ...startup, tcpSocket: { port } },
    ...extra,
  };
}

function podSpec(c: object, extra: object = {}, security: object = {}): object {
  return {
    automountServiceAccountToken: false,
    containers: [c],
    dnsPolicy: 'ClusterFirst',
    hostNetwork: false,
    restartPolicy: 'Always',
    securityContext: { ...security, fsGroupChangePolicy: 'Always', runAsNonRoot: true },
    setHostnameAsFQDN: false,
    terminationGracePeriodSeconds: 30,
    ...extra,
  };
}

function deployment(app: string, tier: Tier, addr: string, image: string, port: number): PlainObject {
  const labels = tierLabels(app, tier);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { labels, name: `${app}-${tier}` },
    spec: {
      minReadySeconds: 0,
      progressDeadlineSeconds: 600,
      replicas: 2,
      selector: { matchLabels: labels },
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
      template: { metadata: { labels: { ...labels, [ADDR_LABEL]: addr } }, spec: podSpec(container(image, port)) },
    },
  };
}

function service(app: string, tier: Tier, port: number, selector: Labels, extra: object = {}): PlainObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { labels: tierLabels(app, tier), name: `${app}-${tier}` },
    spec: { ...extra, externalIPs: [], ports: [{ port, targetPort: port }], selector, type: 'ClusterIP' },
  };
}

function statefulSet(app: string, addr: string, image: string): PlainObject {
  const labels = tierLabels(app, 'database');
  const user = { runAsGroup: 999, runAsUser: 999 };
  const c = container(image, PORTS.database, {
    envFrom: [{ secretRef: { name: `${app}-database-credentials` } }],
    volumeMounts: [
      { mountPath: '/var/lib/mysql', name: 'data' },
      { mountPath: '/var/run/mysqld', name: 'var-run-mysqld' },
      { mountPath: '/tmp', name: 'tmp' },
    ],
  }, user, { periodSeconds: 10, failureThreshold: 30 });
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { labels, name: `${app}-database` },
    spec: {
      minReadySeconds: 0,
      podManagementPolicy: 'OrderedReady',
      replicas: 1,
      selector: { matchLabels: labels },
      serviceName: `${app}-database`,
      template: {
        metadata: { labels: { ...labels, [ADDR_LABEL]: addr } },
        spec: podSpec(c, {
          volumes: [{ emptyDir: {}, name: 'var-run-mysqld' }, { emptyDir: {}, name: 'tmp' }],
        }, { fsGroup: 999, ...user }),
      },
      updateStrategy: { rollingUpdate: { partition: 0 }, type: 'RollingUpdate' },
      volumeClaimTemplates: [{
        metadata: { name: 'data' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
      }],
    },
  };
}

/** All objects of app `s`, in ThreeTierApp's order. */
export function appObjects(s: AppSpec, addr: AppAddresses): PlainObject[] {
  const app = s.name;
  const [fe, be, db] = (['frontend', 'backend', 'database'] as Tier[]).map((t) => tierLabels(app, t));
  const policy = (name: string, podLabels: Labels, spec: object): PlainObject => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { labels: { 'app.kubernetes.io/part-of': app }, name },
    spec: { ...spec, podSelector: { matchLabels: podLabels } },
  });
  const tcp = (port: number) => [{ port, protocol: 'TCP' }];
  const nsPods = (namespace: string, podLabels: Labels) => ({
    namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } },
    podSelector: { matchLabels: podLabels },
  });
  const dns = {
    egress: [{
      ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }],
      to: [nsPods('kube-system', { 'k8s-app': 'kube-dns' })],
    }],
    policyTypes: ['Egress'],
  };
  const controller = nsPods('ingress-nginx', { 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/name': 'ingress-nginx' });
  return [
    deployment(app, 'frontend', addr.frontend, s.frontendImage, PORTS.frontend),
    service(app, 'frontend', PORTS.frontend, { [ADDR_LABEL]: addr.frontend }),
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { labels: fe, name: `${app}-frontend` },
      spec: {
        rules: [{
          host: s.host,
          http: {
            paths: [{
              backend: { service: { name: `${app}-frontend`, port: { number: PORTS.frontend } } },
              path: '/',
              pathType: 'Prefix',
            }],
          },
        }],
      },
    },
    deployment(app, 'backend', addr.backend, s.backendImage, PORTS.backend),
    service(app, 'backend', PORTS.backend, be),
    service(app, 'database', PORTS.database, { ...db, [ADDR_LABEL]: addr.database }, { clusterIP: 'None' }),
    statefulSet(app, addr.database, s.databaseImage),
    policy(`${app}-default-deny`, { 'app.kubernetes.io/part-of': app }, { egress: [], ingress: [], policyTypes: ['Ingress', 'Egress'] }),
    policy(`${app}-frontend-allow-from-ingress-controller`, fe, {
      ingress: [{ from: [controller], ports: tcp(PORTS.frontend) }], policyTypes: ['Ingress'],
    }),
    policy(`${app}-frontend-allow-to-backend`, fe, {
      egress: [{ ports: tcp(PORTS.backend), to: [{ podSelector: { matchLabels: be } }] }], policyTypes: ['Egress'],
    }),
    policy(`${app}-frontend-allow-dns`, fe, dns),
    policy(`${app}-backend-allow-from-frontend`, be, {
      ingress: [{ from: [{ podSelector: { matchLabels: fe } }], ports: tcp(PORTS.backend) }], policyTypes: ['Ingress'],
    }),
    policy(`${app}-backend-allow-to-database`, be, {
      egress: [{ ports: tcp(PORTS.database), to: [{ podSelector: { matchLabels: db } }] }], policyTypes: ['Egress'],
    }),
    policy(`${app}-backend-allow-dns`, be, dns),
    policy(`${app}-database-allow-from-backend`, db, {
      ingress: [{ from: [{ podSelector: { matchLabels: be } }], ports: tcp(PORTS.database) }], policyTypes: ['Ingress'],
    }),
  ];
}
