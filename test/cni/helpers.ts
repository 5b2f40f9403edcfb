// Builders of plain NetworkPolicy objects for the CNI tests (the check reads plain objects).

export interface PolicyParts {
  readonly name?: string;
  readonly namespace?: string;
  readonly policyTypes?: string[];
  readonly ingress?: any[];
  readonly egress?: any[];
}

/** A networking.k8s.io/v1 NetworkPolicy as it appears in synthesized YAML. */
export function networkPolicy(parts: PolicyParts = {}): any {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: parts.name ?? 'web', namespace: parts.namespace ?? 'shop' },
    spec: {
      podSelector: { matchLabels: { app: 'web' } },
      policyTypes: parts.policyTypes ?? ['Ingress'],
      ingress: parts.ingress ?? [{ from: [{ podSelector: { matchLabels: { app: 'client' } } }], ports: [{ protocol: 'TCP', port: 80 }] }],
      ...(parts.egress ? { egress: parts.egress } : {}),
    },
  };
}

/** An ingress rule from any pod with the given ports. */
export function ingressWithPorts(...ports: any[]): any[] {
  return [{ from: [{ podSelector: {} }], ports }];
}
