// EgressToFqdn: lets pods reach external DNS names, which a networking.k8s.io/v1
// NetworkPolicy cannot express. Emits a cilium.io/v2 CiliumNetworkPolicy (Cilium only:
// check it with CniCheck) with toFQDNs plus the DNS rule Cilium's DNS proxy needs to
// learn the names' IPs.
import { ApiObject, Names } from 'cdk8s';
import { Construct } from 'constructs';
import { KUBE_DNS_NAMESPACE, KUBE_DNS_POD_LABELS } from '../policy/dns';
import { PolicyPort } from '../policy/policy-port';
import { validateLabels, validateDnsSubdomain } from '../validation/names';
import { fail, InputSite } from '../validation/validation-error';

/** Props of `EgressToFqdn`. */
export interface EgressToFqdnProps {
  /** Labels of the pods that may reach the names (the policy's `endpointSelector`). */
  readonly podLabels: { [key: string]: string };
  /**
   * Exact DNS names, e.g. `api.stripe.com`.
   * @default - none (give matchNames, matchPatterns or both)
   */
  readonly matchNames?: string[];
  /**
   * Cilium name patterns: `*` stands for any characters within one label
   * (`*.example.com`, `api-*.example.com`).
   * @default - none (give matchNames, matchPatterns or both)
   */
  readonly matchPatterns?: string[];
  /**
   * Ports the pods may use towards the names (numbers or ranges; ranges need Cilium 1.16+).
   * @default - every port
   */
  readonly ports?: PolicyPort[];
  /**
   * `metadata.name` of the CiliumNetworkPolicy.
   * @default - derived from the construct path
   */
  readonly name?: string;
}

/** Cilium's pod labels for the kube-dns pods (`k8s:` source prefix, namespace as a label). */
const KUBE_DNS_ENDPOINT: Record<string, string> = {
  'k8s:io.kubernetes.pod.namespace': KUBE_DNS_NAMESPACE,
  ...Object.fromEntries(Object.entries(KUBE_DNS_POD_LABELS).map(([k, v]) => [`k8s:${k}`, v])),
};

/** A DNS label, optionally with `*` wildcards (patterns only). */
const NAME_LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;
const PATTERN_LABEL = /^[a-z0-9_*]([a-z0-9_*-]{0,61}[a-z0-9_*])?$/;

/**
 * Egress from the selected pods to external DNS names, as a Cilium `CiliumNetworkPolicy`
 * with `toFQDNs`, plus egress to kube-dns (UDP/TCP 53) with a DNS rule so that Cilium's
 * DNS proxy sees the lookups. Needs Cilium: `CniCheck.of(chart, Cni.calico())` reports
 * it as an error.
 *
 * @see https://docs.cilium.io/en/stable/security/policy/language/#dns-based
 */
export class EgressToFqdn extends Construct {
  /** The emitted CiliumNetworkPolicy. */
  public readonly apiObject: ApiObject;
  /** `metadata.name` of the policy. */
  public readonly name: string;

  constructor(scope: Construct, id: string, props: EgressToFqdnProps) {
    super(scope, id);
    const site = (field: string): InputSite => ({ constructPath: this.node.path, field });
    validateLabels(site('podLabels'), props.podLabels);
    const names = (props.matchNames ?? []).map((n, i) => validateFqdn(site(`matchNames[${i}]`), n, false));
    const patterns = (props.matchPatterns ?? []).map((p, i) => validateFqdn(site(`matchPatterns[${i}]`), p, true));
    if (names.length + patterns.length === 0) {
      fail(site('matchNames'), '', 'no names and no patterns are given', 'give matchNames (e.g. api.example.com), matchPatterns (e.g. *.example.com) or both');
    }
    const ports = (props.ports ?? []).map((p, i) => toCiliumPort(site(`ports[${i}]`), p));
    this.name = props.name ?? Names.toDnsLabel(this, { includeHash: false });
    validateDnsSubdomain(site('name'), this.name);

    const fqdnRule: Record<string, any> = {
      toFQDNs: [...names.map((matchName) => ({ matchName })), ...patterns.map((matchPattern) => ({ matchPattern }))],
    };
    if (ports.length > 0) fqdnRule.toPorts = [{ ports }];

    this.apiObject = new ApiObject(this, 'Resource', {
      apiVersion: 'cilium.io/v2',
      kind: 'CiliumNetworkPolicy',
      metadata: { name: this.name },
      spec: {
        endpointSelector: { matchLabels: { ...props.podLabels } },
        egress: [
          {
            // Without this rule Cilium's DNS proxy never sees the lookups, so toFQDNs matches nothing.
            toEndpoints: [{ matchLabels: KUBE_DNS_ENDPOINT }],
            toPorts: [{
              ports: [{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }],
              rules: { dns: [{ matchPattern: '*' }] },
            }],
          },
          fqdnRule,
        ],
      },
    });
  }
}

/** Checks a matchName (`api.example.com`) or matchPattern (`*.example.com`). */
function validateFqdn(site: InputSite, value: string, pattern: boolean): string {
  const kind = pattern ? 'pattern' : 'name';
  const example = pattern ? '*.example.com' : 'api.example.com';
  if (value !== value.toLowerCase()) {
    fail(site, value, `a dns ${kind} must be lowercase`, `write "${value.toLowerCase()}"`);
  }
  const trimmed = value.endsWith('.') ? value.slice(0, -1) : value;
  if (trimmed.length === 0 || trimmed.length > 253) {
    fail(site, value, `a dns ${kind} has 1 to 253 characters`, `write it like ${example}`);
  }
  if (pattern && trimmed.split('.').every((l) => l === '*')) {
    fail(site, value, 'this pattern matches every name', 'name the domain, e.g. *.example.com; to allow all egress, do not use EgressToFqdn');
  }
  const labelRule = pattern ? PATTERN_LABEL : NAME_LABEL;
  const bad = trimmed.split('.').find((l) => !labelRule.test(l));
  if (bad !== undefined) {
    const allowed = pattern ? 'letters, digits, -, _ and *' : 'letters, digits, - and _ (use matchPatterns for *)';
    fail(site, value, `label "${bad}" is not a dns label (1-63 of ${allowed}, not starting or ending with -)`, `write it like ${example}`);
  }
  return value;
}

/** A PolicyPort as a Cilium port: numbers only (a name or "every port" means nothing for an external host). */
function toCiliumPort(site: InputSite, port: PolicyPort): Record<string, any> {
  if (port.port === undefined) {
    fail(site, port.toString(), 'toFQDNs needs a port number or range, not a named port or every port of a protocol',
      'give e.g. PolicyPort.tcp(443), or omit ports to allow every port');
  }
  return {
    port: String(port.port),
    ...(port.endPort !== undefined ? { endPort: port.endPort } : {}),
    protocol: port.protocol,
  };
}
