// Namespace- or pod-wide isolation: a policy with policyTypes and no rules.
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { writeNetworkPolicy } from './network-policy-builder';

/** Which directions a default-deny policy isolates. */
export interface DefaultDenyOptions {
  /** `metadata.name` of the policy. */
  readonly name: string;
  /** Pods to isolate; `{}` isolates every pod in the namespace. */
  readonly podLabels: Record<string, string>;
  /** Deny all ingress not allowed by another policy. */
  readonly ingress: boolean;
  /** Deny all egress not allowed by another policy. */
  readonly egress: boolean;
}

/** Writes a deny-all policy for the chosen directions (no rules, explicit policyTypes). */
export function writeDefaultDeny(scope: Construct, id: string, options: DefaultDenyOptions): k8s.KubeNetworkPolicy {
  return writeNetworkPolicy(scope, id, {
    name: options.name,
    podLabels: options.podLabels,
    ingress: options.ingress ? [] : undefined,
    egress: options.egress ? [] : undefined,
  });
}
