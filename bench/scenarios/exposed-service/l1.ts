// The same YAML through cdk8s-plus-28's generated L1 `k8s` classes: typed props, the
// generated toJson conversion, no L2 logic. The data for "should we emit through L1?".
import { Chart, Names } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { CONTROLLER, KUBE_DNS, ServiceSpec, serviceSpec } from './spec';
import { Implementation } from '../../harness/scenario';

const ADDR_LABEL = 'cdk8s.io/metadata.addr';

function peer(namespace: string, podLabels: Record<string, string>): k8s.NetworkPolicyPeer {
  return {
    namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } },
    podSelector: { matchLabels: podLabels },
  };
}

function l1Deployment(scope: Construct, s: ServiceSpec, addr: string): void {
  new k8s.KubeDeployment(scope, 'Resource', {
    metadata: { name: s.name },
    spec: {
      minReadySeconds: 0,
      progressDeadlineSeconds: 600,
      replicas: s.replicas,
      selector: { matchLabels: { [ADDR_LABEL]: addr } },
      strategy: {
        rollingUpdate: { maxSurge: k8s.IntOrString.fromString('25%'), maxUnavailable: k8s.IntOrString.fromString('25%') },
        type: 'RollingUpdate',
      },
      template: {
        metadata: { labels: { ...s.podLabels, [ADDR_LABEL]: addr } },
        spec: {
          automountServiceAccountToken: false,
          containers: [{
            image: s.image,
            imagePullPolicy: 'Always',
            name: 'main',
            ports: [{ containerPort: s.port }],
            resources: {
              limits: { cpu: k8s.Quantity.fromString('1500m'), memory: k8s.Quantity.fromString('2048Mi') },
              requests: { cpu: k8s.Quantity.fromString('1000m'), memory: k8s.Quantity.fromString('512Mi') },
            },
            securityContext: {
              allowPrivilegeEscalation: false,
              privileged: false,
              readOnlyRootFilesystem: true,
              runAsNonRoot: true,
            },
            startupProbe: { failureThreshold: 3, tcpSocket: { port: k8s.IntOrString.fromNumber(s.port) } },
          }],
          dnsPolicy: 'ClusterFirst',
          hostNetwork: false,
          restartPolicy: 'Always',
          securityContext: { fsGroupChangePolicy: 'Always', runAsNonRoot: true },
          setHostnameAsFqdn: false,
          terminationGracePeriodSeconds: 30,
        },
      },
    },
  });
}

function l1Network(chart: Chart, s: ServiceSpec, addr: string): void {
  const podSelector = { matchLabels: { [ADDR_LABEL]: addr } };
  const tcp = (port: number) => ({ port: k8s.IntOrString.fromNumber(port), protocol: 'TCP' });
  new k8s.KubeService(chart, `${s.name}-service`, {
    metadata: { name: s.name },
    spec: {
      externalIPs: [],
      ports: [{ port: s.port, targetPort: k8s.IntOrString.fromNumber(s.port) }],
      selector: { [ADDR_LABEL]: addr },
      type: 'ClusterIP',
    },
  });
  new k8s.KubeIngress(chart, `${s.name}-ingress`, {
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
  });
  new k8s.KubeNetworkPolicy(chart, `${s.name}-allow-ingress-controller`, {
    metadata: { name: `${s.name}-allow-ingress-controller` },
    spec: {
      ingress: [{ from: [peer(CONTROLLER.namespace, CONTROLLER.podLabels)], ports: [tcp(s.port)] }],
      podSelector: { matchLabels: s.podLabels },
      policyTypes: ['Ingress'],
    },
  });
  new k8s.KubeNetworkPolicy(chart, s.egressName, {
    metadata: { name: s.egressName },
    spec: {
      egress: [{ ports: [tcp(s.dbPort)], to: [{ ipBlock: { cidr: s.cidr, except: [s.except] } }] }],
      podSelector,
      policyTypes: ['Egress'],
    },
  });
  new k8s.KubeNetworkPolicy(chart, `${s.egressName}-allow-dns`, {
    metadata: { name: `${s.egressName}-allow-dns` },
    spec: {
      egress: [{
        ports: [{ port: k8s.IntOrString.fromNumber(53), protocol: 'UDP' }, tcp(53)],
        to: [peer(KUBE_DNS.namespace, KUBE_DNS.podLabels)],
      }],
      podSelector,
      policyTypes: ['Egress'],
    },
  });
}

/** Column "l1": cdk8s-plus-28's generated `k8s.Kube*` classes. */
export const L1: Implementation = {
  key: 'l1',
  label: "cdk8s-plus-28's L1 `k8s.Kube*` classes, typed props (same YAML)",
  build(chart: Chart, n: number): void {
    for (let i = 0; i < n; i++) {
      const s = serviceSpec(i);
      const workload = new Construct(new Construct(chart, s.name), 'Deployment');
      const addr = Names.toLabelValue(workload);
      l1Deployment(workload, s, addr);
      l1Network(chart, s, addr);
    }
  },
};
