// The exact objects of one exposed service as plain JSON: what the raw-ApiObject floor
// emits, and what every other column must match (checked by test/bench).
import { ServiceSpec, CONTROLLER, KUBE_DNS } from './spec';

/** A plain Kubernetes object, ready for `new ApiObject(scope, id, object)`. */
export interface PlainObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly labels?: Record<string, string> };
  readonly [key: string]: unknown;
}

const ADDR_LABEL = 'cdk8s.io/metadata.addr';

/** The Deployment cdk8s-plus-28 would emit, including every default it injects. */
export function deploymentObject(s: ServiceSpec, addr: string): PlainObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: s.name },
    spec: {
      minReadySeconds: 0,
      progressDeadlineSeconds: 600,
      replicas: s.replicas,
      selector: { matchLabels: { [ADDR_LABEL]: addr } },
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
      template: {
        metadata: { labels: { ...s.podLabels, [ADDR_LABEL]: addr } },
        spec: {
          automountServiceAccountToken: false,
          containers: [{
            image: s.image,
            imagePullPolicy: 'Always',
            name: 'main',
            ports: [{ containerPort: s.port }],
            resources: { limits: { cpu: '1500m', memory: '2048Mi' }, requests: { cpu: '1000m', memory: '512Mi' } },
            securityContext: {
              allowPrivilegeEscalation: false,
              privileged: false,
              readOnlyRootFilesystem: true,
              runAsNonRoot: true,
            },
            startupProbe: { failureThreshold: 3, tcpSocket: { port: s.port } },
          }],
          dnsPolicy: 'ClusterFirst',
          hostNetwork: false,
          restartPolicy: 'Always',
          securityContext: { fsGroupChangePolicy: 'Always', runAsNonRoot: true },
          setHostnameAsFQDN: false,
          terminationGracePeriodSeconds: 30,
        },
      },
    },
  };
}

/** The other five objects of the service: Service, Ingress and three NetworkPolicies. */
export function networkObjects(s: ServiceSpec, addr: string): PlainObject[] {
  const podSelector = { matchLabels: { [ADDR_LABEL]: addr } };
  const policy = (name: string, spec: object): PlainObject => ({
    apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name }, spec,
  });
  const peer = (namespace: string, podLabels: Record<string, string>) => ({
    namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } },
    podSelector: { matchLabels: podLabels },
  });
  return [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: s.name },
      spec: {
        externalIPs: [],
        ports: [{ port: s.port, targetPort: s.port }],
        selector: { [ADDR_LABEL]: addr },
        type: 'ClusterIP',
      },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: s.name },
      spec: {
        ingressClassName: CONTROLLER.className,
        rules: [{
          host: s.host,
          http: {
            paths: [{
              backend: { service: { name: s.name, port: { number: s.port } } },
              path: '/',
              pathType: 'Prefix',
            }],
          },
        }],
      },
    },
    policy(`${s.name}-allow-ingress-controller`, {
      ingress: [{
        from: [peer(CONTROLLER.namespace, CONTROLLER.podLabels)],
        ports: [{ port: s.port, protocol: 'TCP' }],
      }],
      podSelector: { matchLabels: s.podLabels },
      policyTypes: ['Ingress'],
    }),
    policy(s.egressName, {
      egress: [{
        ports: [{ port: s.dbPort, protocol: 'TCP' }],
        to: [{ ipBlock: { cidr: s.cidr, except: [s.except] } }],
      }],
      podSelector,
      policyTypes: ['Egress'],
    }),
    policy(`${s.egressName}-allow-dns`, {
      egress: [{
        ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }],
        to: [peer(KUBE_DNS.namespace, KUBE_DNS.podLabels)],
      }],
      podSelector,
      policyTypes: ['Egress'],
    }),
  ];
}
