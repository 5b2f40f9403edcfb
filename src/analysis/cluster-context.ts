// Well-known workloads that a synthesized app talks to but does not contain. These are
// plain manifests fed to the same loader as the app's own objects; they describe real
// clusters (kube-dns, ingress-nginx, traefik) and are written here independently of the
// policy generator.

/**
 * Workloads of the cluster around an app, added to the analysis.
 *
 * `ClusterContext.standard()` adds kube-dns and the common ingress controllers so that
 * the analyzer can show whether the app's pods reach DNS and are reachable from the
 * ingress controller.
 */
export class ClusterContext {
  /** Nothing but the analyzed objects (what the conformance corpus expects). */
  public static none(): ClusterContext {
    return new ClusterContext([]);
  }

  /**
   * kube-dns (Deployment `coredns` in `kube-system`, pod labels `k8s-app: kube-dns`,
   * ports dns 53/UDP and dns-tcp 53/TCP), the ingress-nginx controller (Deployment
   * `ingress-nginx-controller` in `ingress-nginx`, ports http 80 and https 443) and
   * traefik (Deployment `traefik` in `traefik`, ports web 8000 and websecure 8443),
   * with their namespaces.
   */
  public static standard(): ClusterContext {
    return new ClusterContext([
      namespace('kube-system'),
      deployment('kube-system', 'coredns', { 'k8s-app': 'kube-dns' }, [
        { name: 'dns', containerPort: 53, protocol: 'UDP' },
        { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
      ]),
      namespace('ingress-nginx'),
      deployment('ingress-nginx', 'ingress-nginx-controller', {
        'app.kubernetes.io/name': 'ingress-nginx',
        'app.kubernetes.io/component': 'controller',
      }, [
        { name: 'http', containerPort: 80, protocol: 'TCP' },
        { name: 'https', containerPort: 443, protocol: 'TCP' },
      ]),
      namespace('traefik'),
      deployment('traefik', 'traefik', { 'app.kubernetes.io/name': 'traefik' }, [
        { name: 'web', containerPort: 8000, protocol: 'TCP' },
        { name: 'websecure', containerPort: 8443, protocol: 'TCP' },
      ]),
    ]);
  }

  /**
   * Custom context objects (Namespaces, workloads, even NetworkPolicies), read exactly
   * like the analyzed manifests.
   *
   * @param manifests plain Kubernetes objects
   */
  public static of(manifests: any[]): ClusterContext {
    return new ClusterContext([...manifests]);
  }

  /** The context objects, in the order they are read (after the analyzed ones). */
  public readonly manifests: any[];

  private constructor(manifests: any[]) {
    this.manifests = manifests;
  }
}

function namespace(name: string): any {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name } } };
}

function deployment(ns: string, name: string, labels: Record<string, string>, ports: any[]): any {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns, labels },
    spec: {
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name, image: name, ports }] } },
    },
  };
}
