// Peers of NetworkPolicy rules, written as plain networking.k8s.io/v1 objects.
// Internal: the patterns compose these; users pick peers through value classes.
import { k8s } from 'cdk8s-plus-28';

/** The well-known label every namespace carries (Kubernetes 1.22+). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** Pods with `labels` in the policy's own namespace. */
export function podsPeer(labels: Record<string, string>): k8s.NetworkPolicyPeer {
  return { podSelector: labelSelector(labels) };
}

/**
 * Pods with `labels` in the namespace called `namespace`, as ONE peer (namespace AND
 * pods). Empty `labels` means every pod of that namespace.
 */
export function namespacedPodsPeer(namespace: string, labels: Record<string, string>): k8s.NetworkPolicyPeer {
  return {
    namespaceSelector: labelSelector({ [NAMESPACE_NAME_LABEL]: namespace }),
    podSelector: labelSelector(labels),
  };
}

/** An ipBlock peer; `except` is left out when empty (the seed's shape). */
export function ipBlockPeer(cidr: string, except: readonly string[] = []): k8s.NetworkPolicyPeer {
  return { ipBlock: { cidr, except: except.length > 0 ? [...except] : undefined } };
}

/** `matchLabels` for `labels`; `{}` (every pod) when there are none. */
export function labelSelector(labels: Record<string, string>): k8s.LabelSelector {
  return Object.keys(labels).length === 0 ? {} : { matchLabels: { ...labels } };
}
