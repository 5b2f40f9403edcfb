// The values of service number i, shared by every column so they all describe the
// same service: a web Deployment exposed through an nginx Ingress, reachable only from
// the controller's pods, with egress to one database CIDR and DNS to kube-dns. Names
// and labels are the ones ExposedService + EgressToCidr derive, so that every column
// emits byte-identical YAML.

/** Values of one exposed service. */
export interface ServiceSpec {
  /** Construct id and name of the Deployment, Service and Ingress. */
  readonly name: string;
  /** Construct id and name of the egress policy (its DNS policy adds `-allow-dns`). */
  readonly egressName: string;
  /** `app.kubernetes.io/name` label of the pods, which the ingress policy selects. */
  readonly podLabels: Record<string, string>;
  readonly host: string;
  readonly image: string;
  readonly port: number;
  readonly replicas: number;
  readonly cidr: string;
  readonly except: string;
  readonly dbPort: number;
}

/** The ingress controller every service accepts traffic from. */
export const CONTROLLER = {
  className: 'nginx',
  namespace: 'ingress-nginx',
  podLabels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' },
};

/** kube-dns, the only DNS egress target. */
export const KUBE_DNS = { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-dns' } };

/** Service number `i` (0-based). */
export function serviceSpec(i: number): ServiceSpec {
  const name = `svc${i}`;
  return {
    name,
    egressName: `${name}-egress`,
    podLabels: { 'app.kubernetes.io/name': name },
    host: `${name}.example.com`,
    image: 'nginx:1.27',
    port: 80,
    replicas: 2,
    cidr: '203.0.113.0/24',
    except: '203.0.113.10/32',
    dbPort: 3306,
  };
}
