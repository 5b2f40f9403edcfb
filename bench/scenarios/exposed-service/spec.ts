// The values of service number i, shared by every column so they all describe the
// same service: a web Deployment exposed through an nginx Ingress, reachable only from
// the controller's pods, with egress to one database CIDR and DNS to kube-dns.

/** Values of one exposed service. */
export interface ServiceSpec {
  readonly name: string;
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
  podLabels: { 'app.kubernetes.io/name': 'ingress-nginx' },
};

/** kube-dns, the only DNS egress target. */
export const KUBE_DNS = { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-dns' } };

/** Service number `i` (0-based). */
export function serviceSpec(i: number): ServiceSpec {
  const name = `svc${i}`;
  return {
    name,
    host: `${name}.example.com`,
    image: 'nginx:1.27',
    port: 80,
    replicas: 2,
    cidr: '203.0.113.0/24',
    except: '203.0.113.10/32',
    dbPort: 3306,
  };
}
