// The same service written by hand with cdk8s-plus-28, the way a careful user would
// without our library: a construct per service, explicit names, recommended labels,
// one NetworkPolicy per intent, the ingress controller and kube-dns selected by
// namespace + labels. It emits exactly the YAML of the "ours" column.
import { Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { CONTROLLER, KUBE_DNS, serviceSpec } from './spec';
import { Implementation } from '../../harness/scenario';

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

/** Adds the six objects of service `i` to `chart`. */
export function handWrittenService(chart: Chart, i: number, peers: HandPeers): kplus.Deployment {
  const s = serviceSpec(i);
  const web = new Construct(chart, s.name);
  const deployment = new kplus.Deployment(web, 'Deployment', {
    metadata: { name: s.name },
    replicas: s.replicas,
    podMetadata: { labels: s.podLabels },
    containers: [{ image: s.image, portNumber: s.port }],
  });
  const service = new kplus.Service(web, 'Service', {
    metadata: { name: s.name },
    selector: deployment,
    ports: [{ port: s.port, targetPort: s.port }],
  });
  new kplus.Ingress(web, 'Ingress', {
    metadata: { name: s.name },
    className: CONTROLLER.className,
    rules: [{ host: s.host, path: '/', backend: kplus.IngressBackend.fromService(service) }],
  });
  new kplus.NetworkPolicy(web, 'AllowIngressController', {
    metadata: { name: `${s.name}-allow-ingress-controller` },
    selector: kplus.Pods.select(web, 'Pods', { labels: s.podLabels }),
    ingress: { rules: [{ peer: peers.controller, ports: [kplus.NetworkPolicyPort.tcp(s.port)] }] },
  });
  const egress = new Construct(chart, s.egressName);
  new kplus.NetworkPolicy(egress, 'Resource', {
    metadata: { name: s.egressName },
    selector: deployment,
    egress: {
      rules: [{
        peer: kplus.NetworkPolicyIpBlock.ipv4(egress, 'Cidr', s.cidr, [s.except]),
        ports: [kplus.NetworkPolicyPort.tcp(s.dbPort)],
      }],
    },
  });
  new kplus.NetworkPolicy(egress, 'AllowDns', {
    metadata: { name: `${s.egressName}-allow-dns` },
    selector: deployment,
    egress: { rules: [{ peer: peers.dns, ports: [kplus.NetworkPolicyPort.udp(53), kplus.NetworkPolicyPort.tcp(53)] }] },
  });
  return deployment;
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
