// DNS egress: an egress-isolated pod cannot resolve names unless it may reach kube-dns.
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { PolicyRule, writeNetworkPolicy } from './network-policy-builder';
import { namespacedPodsPeer } from './peers';
import { PolicyPort } from './policy-port';

/** Where cluster DNS runs: CoreDNS keeps kube-dns's `k8s-app` label in kube-system. */
export const KUBE_DNS_NAMESPACE = 'kube-system';
/** Pod labels of the cluster DNS pods. */
export const KUBE_DNS_POD_LABELS: Record<string, string> = { 'k8s-app': 'kube-dns' };

/** The kube-dns pods as one peer (kube-system namespace AND `k8s-app: kube-dns`). */
export function kubeDnsPeer(): k8s.NetworkPolicyPeer {
  return namespacedPodsPeer(KUBE_DNS_NAMESPACE, KUBE_DNS_POD_LABELS);
}

/** The egress rule that allows DNS: kube-dns pods only, UDP and TCP 53. */
export function dnsEgressRule(): PolicyRule {
  return { peers: [kubeDnsPeer()], ports: [PolicyPort.udp(53), PolicyPort.tcp(53)] };
}

/** Writes a policy that lets the pods with `podLabels` reach kube-dns (and nothing else). */
export function writeDnsEgressPolicy(scope: Construct, id: string, name: string, podLabels: Record<string, string>): k8s.KubeNetworkPolicy {
  return writeNetworkPolicy(scope, id, { name, podLabels, egress: [dnsEgressRule()] });
}
