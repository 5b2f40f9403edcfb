import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { writeDnsEgressPolicy } from '../policy/dns';
import { EgressSelector } from '../policy/egress-selector';
import { writeNetworkPolicy } from '../policy/network-policy-builder';
import { ipBlockPeer } from '../policy/peers';
import { PolicyPort } from '../policy/policy-port';
import { validateIpBlock } from '../validation/cidr';
import { validateNameOrId } from '../validation/names';
import { fail } from '../validation/validation-error';

/** Props of `EgressToCidr`. */
export interface EgressToCidrProps {
  /**
   * The network the pods may reach, e.g. `203.0.113.0/24` or `2001:db8::/32`. Must be
   * the network address (host bits zero); IPv6 in canonical form.
   */
  readonly cidr: string;

  /**
   * Ranges inside `cidr` the pods may NOT reach; each must be a strict subset of `cidr`
   * of the same IP family.
   *
   * @default - no exceptions
   */
  readonly except?: string[];

  /**
   * Ports the pods may reach in `cidr`, e.g. `[PolicyPort.tcp(3306)]`.
   *
   * @default - every port of every protocol
   */
  readonly ports?: PolicyPort[];

  /**
   * Which pods the policy applies to.
   *
   * @default EgressSelector.allPods() - every pod in the namespace (`podSelector: {}`)
   */
  readonly selector?: EgressSelector;

  /**
   * `metadata.name` of the policy (a DNS-1123 label); the DNS policy is `<name>-allow-dns`.
   *
   * @default - the construct id
   */
  readonly name?: string;

  /**
   * Also write a separate policy that lets the same pods reach kube-dns (pods
   * `k8s-app: kube-dns` in `kube-system`, UDP and TCP 53). An egress policy isolates
   * the pods' egress, so without it they can no longer resolve names.
   *
   * @default true
   */
  readonly allowDns?: boolean;
}

/**
 * Lets pods reach an external network (a CIDR, minus exceptions) on given ports, and
 * nothing else that no other policy allows.
 *
 * Writes one `networking.k8s.io/v1` NetworkPolicy with `policyTypes: [Egress]` set
 * explicitly: without it Kubernetes would also apply the policy to ingress and cut off
 * every selected pod's incoming traffic. By default a second policy allows DNS.
 *
 * @see https://kubernetes.io/docs/concepts/services-networking/network-policies/
 */
export class EgressToCidr extends Construct {
  /** `metadata.name` of the egress policy. */
  public readonly name: string;

  /** The egress policy (`<name>`). */
  public readonly policy: ApiObject;

  /** The DNS policy (`<name>-allow-dns`); undefined with `allowDns: false`. */
  public readonly dnsPolicy?: ApiObject;

  /** Every policy this construct wrote, egress policy first. */
  public readonly policies: ApiObject[];

  /**
   * Validates every prop (throwing a ValidationError before any child exists), then
   * writes the egress policy and, unless `allowDns: false`, the DNS policy.
   */
  constructor(scope: Construct, id: string, props: EgressToCidrProps) {
    super(scope, id);
    // Validate everything first, so a bad prop leaves no policy behind.
    const path = this.node.path;
    const name = validateNameOrId(path, props.name, id);
    const block = validateIpBlock(path, props.cidr, props.except ?? []);
    const ports = [...(props.ports ?? [])];
    ports.forEach((p, i) => {
      if (!(p instanceof PolicyPort)) {
        fail({ constructPath: path, field: `ports[${i}]` }, JSON.stringify(p), 'a port must be a PolicyPort', 'use e.g. PolicyPort.tcp(3306)');
      }
      // A named port is resolved on the destination pod; an address outside the cluster has none.
      if (p.name !== undefined) {
        fail({ constructPath: path, field: `ports[${i}]` }, p.toString(), 'a named port matches no address in a cidr (it is resolved on destination pods)', 'give the port number, e.g. PolicyPort.tcp(3306)');
      }
    });
    const podLabels = (props.selector ?? EgressSelector.allPods())._podLabels();

    this.name = name;
    this.policy = writeNetworkPolicy(this, 'Resource', {
      name,
      podLabels,
      egress: [{ peers: [ipBlockPeer(block.cidr.text, block.except.map((e) => e.text))], ports }],
    });
    this.dnsPolicy = props.allowDns ?? true ? writeDnsEgressPolicy(this, 'AllowDns', `${name}-allow-dns`, podLabels) : undefined;
    this.policies = this.dnsPolicy ? [this.policy, this.dnsPolicy] : [this.policy];
  }
}
