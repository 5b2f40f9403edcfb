// A deterministic (seeded) generator of cluster snapshots for the analyzer benchmark:
// `n` Deployments in 100 namespaces, a default-deny policy per namespace (ingress and
// egress) and one allow policy per workload. Each workload is reachable from a few others
// by pod labels, by namespace labels and from ipBlocks, and may reach a few others.

const NAMESPACES = 100;
const TIERS = ['web', 'api', 'db'];

/** Park-Miller minimal standard generator: exact in doubles, so no bitwise tricks needed. */
function random(seed: number): () => number {
  let a = (Math.abs(Math.floor(seed)) % 2147483646) + 1;
  return () => {
    a = (a * 48271) % 2147483647;
    return (a - 1) / 2147483646;
  };
}

/** Plain Kubernetes objects for a cluster of `n` workloads; the same `seed` gives the same objects. */
export function generateCluster(n: number, seed: number): any[] {
  const rnd = random(seed);
  const pick = (max: number) => Math.floor(rnd() * max);
  const objects: any[] = [];
  const nsName = (i: number) => `ns-${String(i).padStart(3, '0')}`;
  const app = (i: number) => `w-${String(i).padStart(5, '0')}`;
  const nsOf = (i: number) => i % NAMESPACES;
  for (let k = 0; k < NAMESPACES; k++) {
    objects.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: nsName(k), labels: { team: `t${k % 10}`, env: k % 2 ? 'prod' : 'dev' } } });
    objects.push({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'default-deny', namespace: nsName(k) },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    });
  }
  for (let i = 0; i < n; i++) {
    const labels = { 'app.kubernetes.io/name': app(i), 'tier': TIERS[i % 3] };
    objects.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: app(i), namespace: nsName(nsOf(i)) },
      spec: {
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: { containers: [{ name: 'main', image: 'app', ports: [{ name: 'http', containerPort: 8080 }, { name: 'metrics', containerPort: 9090 }] }] },
        },
      },
    });
  }
  for (let i = 0; i < n; i++) {
    // Peers in the same namespace (same residue), by name label.
    const sameNs = [1, 2].map(() => (i + NAMESPACES * (1 + pick(Math.max(1, Math.floor(n / NAMESPACES) - 1)))) % n);
    const octet = pick(200) + 20;
    objects.push({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: `allow-${app(i)}`, namespace: nsName(nsOf(i)) },
      spec: {
        podSelector: { matchLabels: { 'app.kubernetes.io/name': app(i) } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          {
            from: [
              { podSelector: { matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: sameNs.map(app) }] } },
              { namespaceSelector: { matchLabels: { team: `t${pick(10)}` } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': app(pick(n)) } } },
              { ipBlock: { cidr: `${octet}.${pick(256)}.0.0/16`, except: [`${octet}.0.${pick(256)}.0/24`] } },
            ],
            ports: [{ port: 'http' }, { port: 9000, endPort: 9100 }],
          },
        ],
        egress: [
          { to: [{ namespaceSelector: {}, podSelector: { matchLabels: { tier: TIERS[(i + 1) % 3] } } }], ports: [{ port: 8080 }] },
          { to: [{ ipBlock: { cidr: `10.${pick(256)}.0.0/16` } }], ports: [{ port: 443 }] },
        ],
      },
    });
  }
  return objects;
}
