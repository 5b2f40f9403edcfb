// The same service written by hand with cdk8s-plus-28, the way a careful user would
// without our library: explicit names, one NetworkPolicy per intent, the ingress
// controller and kube-dns selected by namespace + labels.
import { Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { CONTROLLER, KUBE_DNS, serviceSpec } from './spec';
import { Implementation } from '../../harness/scenario';

/** Adds the six objects of service `i` to `chart`, reusing the shared peers. */
export function handWrittenService(chart: Chart, i: number, peers: HandPeers): kplus.Deployment {
  const s = serviceSpec(i);
  const deployment = new kplus.Deployment(chart, s.name, {
    metadata: { name: s.name },
    replicas: s.replicas,
    containers: [{ image: s.image, portNumber: s.port }],
  });
  const service = new kplus.Service(chart, `${s.name}-service`, {
    metadata: { name: `${s.name}-service` },
    selector: deployment,
    ports: [{ port: s.port, targetPort: s.port }],
  });
  new kplus.Ingress(chart, `${s.name}-ingress`, {
    metadata: { name: `${s.name}-ingress` },
    className: CONTROLLER.className,
    rules: [{ host: s.host, path: '/', backend: kplus.IngressBackend.fromService(service) }],
  });
  new kplus.NetworkPolicy(chart, `${s.name}-allow-ingress`, {
    metadata: { name: `${s.name}-allow-ingress` },
    selector: deployment,
    ingress: { rules: [{ peer: peers.controller, ports: [kplus.NetworkPolicyPort.tcp(s.port)] }] },
  });
  new kplus.NetworkPolicy(chart, `${s.name}-egress`, {
    metadata: { name: `${s.name}-egress` },
    selector: deployment,
    egress: {
      rules: [{
        peer: kplus.NetworkPolicyIpBlock.ipv4(chart, `${s.name}-cidr`, s.cidr, [s.except]),
        ports: [kplus.NetworkPolicyPort.tcp(s.dbPort)],
      }],
    },
  });
  new kplus.NetworkPolicy(chart, `${s.name}-dns`, {
    metadata: { name: `${s.name}-dns` },
    selector: deployment,
    egress: { rules: [{ peer: peers.dns, ports: [kplus.NetworkPolicyPort.udp(53), kplus.NetworkPolicyPort.tcp(53)] }] },
  });
  return deployment;
}

/** Peers a user defines once per chart and reuses for every service. */
export interface HandPeers {
  readonly controller: kplus.IPodSelector & kplus.INetworkPolicyPeer;
  readonly dns: kplus.IPodSelector & kplus.INetworkPolicyPeer;
}

/** Defines the ingress controller and kube-dns peers once in `chart`. */
export function handPeers(chart: Chart): HandPeers {
  return {
    controller: kplus.Pods.select(chart, 'IngressController', {
      labels: CONTROLLER.podLabels,
      namespaces: kplus.Namespaces.select(chart, 'IngressControllerNamespace', { names: [CONTROLLER.namespace] }),
    }),
    dns: kplus.Pods.select(chart, 'KubeDns', {
      labels: KUBE_DNS.podLabels,
      namespaces: kplus.Namespaces.select(chart, 'KubeSystem', { names: [KUBE_DNS.namespace] }),
    }),
  };
}

/** Column "hand": cdk8s-plus-28 L2 constructs written by hand. */
export const HAND_WRITTEN: Implementation = {
  key: 'hand',
  label: 'hand-written with cdk8s-plus-28 (L2 Deployment, Service, Ingress, NetworkPolicy)',
  build(chart: Chart, n: number): void {
    const peers = handPeers(chart);
    for (let i = 0; i < n; i++) handWrittenService(chart, i, peers);
  },
};
