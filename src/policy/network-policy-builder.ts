// The one place that writes a networking.k8s.io/v1 NetworkPolicy. Every pattern goes
// through it, so each policy has an explicit name, explicit policyTypes and a readable
// pod selector (never cdk8s-plus's opaque `connections.allowTo` policies).
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { labelSelector } from './peers';
import { PolicyPort } from './policy-port';
import { validateDnsSubdomain } from '../validation/names';

/** One rule: traffic to/from any of `peers` on any of `ports`. */
export interface PolicyRule {
  /** Peers of the rule; empty means every source/destination. */
  readonly peers: k8s.NetworkPolicyPeer[];
  /** Ports of the rule; empty or undefined means every port. */
  readonly ports?: PolicyPort[];
}

/** Everything one NetworkPolicy says. */
export interface NetworkPolicySpec {
  /** `metadata.name` (a DNS-1123 subdomain). */
  readonly name: string;
  /** Labels of the pods the policy applies to; `{}` selects every pod of the namespace. */
  readonly podLabels: Record<string, string>;
  /**
   * Ingress rules. Defined (even empty) puts `Ingress` in policyTypes, which isolates the
   * selected pods' ingress; an empty list denies all ingress.
   */
  readonly ingress?: PolicyRule[];
  /** Egress rules; same meaning as `ingress` for `Egress`. */
  readonly egress?: PolicyRule[];
  /** Extra labels for the policy's metadata. */
  readonly labels?: Record<string, string>;
}

/** Writes one NetworkPolicy as the child `id` of `scope` and returns it. */
export function writeNetworkPolicy(scope: Construct, id: string, spec: NetworkPolicySpec): k8s.KubeNetworkPolicy {
  validateDnsSubdomain({ constructPath: `${scope.node.path}/${id}`, field: 'name' }, spec.name);
  const policyTypes: string[] = [];
  if (spec.ingress) policyTypes.push('Ingress');
  if (spec.egress) policyTypes.push('Egress');
  if (policyTypes.length === 0) {
    throw new Error(`${scope.node.path}/${id}: a network policy needs ingress or egress rules (internal error)`);
  }
  return new k8s.KubeNetworkPolicy(scope, id, {
    metadata: { name: spec.name, labels: spec.labels },
    spec: {
      podSelector: labelSelector(spec.podLabels),
      policyTypes,
      ingress: spec.ingress?.map((r) => ({ from: peersOrUndefined(r), ports: portsOrUndefined(r) })),
      egress: spec.egress?.map((r) => ({ to: peersOrUndefined(r), ports: portsOrUndefined(r) })),
    },
  });
}

// Empty peers/ports are left out: in Kubernetes a missing list means "all".
function peersOrUndefined(rule: PolicyRule): k8s.NetworkPolicyPeer[] | undefined {
  return rule.peers.length > 0 ? rule.peers : undefined;
}

function portsOrUndefined(rule: PolicyRule): k8s.NetworkPolicyPort[] | undefined {
  return rule.ports && rule.ports.length > 0 ? rule.ports.map((p) => p._toKube()) : undefined;
}
