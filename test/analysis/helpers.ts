// Small manifest builders for hand-made topologies in the analysis tests.

export function namespace(name: string, labels: Record<string, string> = {}): any {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

export function deployment(ns: string, name: string, labels: Record<string, string>, ports: any[] = []): any {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns },
    spec: { template: { metadata: { labels }, spec: { containers: [{ name: 'main', image: 'x', ports }] } } },
  };
}

export function policy(ns: string, name: string, spec: any): any {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: ns }, spec };
}
