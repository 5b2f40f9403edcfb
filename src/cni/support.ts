// The vocabulary of the capability matrix: what a CNI does with one NetworkPolicy
// feature, and whether the CNI itself is still maintained.

/** How a CNI plugin handles one NetworkPolicy feature. */
export enum SupportLevel {
  /** Enforced as Kubernetes defines it. */
  SUPPORTED = 'SUPPORTED',
  /** Enforced only in part (a beta flag, a subset, or a documented exception). */
  PARTIAL = 'PARTIAL',
  /** Accepted by the API server but silently not enforced: the rule is wider or narrower than written. */
  IGNORED_SILENTLY = 'IGNORED_SILENTLY',
  /** Not implemented (rejected, crashes the agent, or no implementation exists). */
  UNSUPPORTED = 'UNSUPPORTED',
  /** The plugin enforces no NetworkPolicy at all (e.g. Flannel). */
  NOT_ENFORCED = 'NOT_ENFORCED',
  /** Not verified from a public source; test it in a cluster. */
  UNKNOWN = 'UNKNOWN',
}

/** Whether a CNI plugin is still maintained. */
export enum MaintenanceStatus {
  /** Maintained and released. */
  ACTIVE = 'ACTIVE',
  /** End of support is announced; plan a migration. */
  DEPRECATED = 'DEPRECATED',
  /** The repository is archived: no more fixes. */
  ARCHIVED = 'ARCHIVED',
  /** The project is gone. */
  DEFUNCT = 'DEFUNCT',
}

/** A NetworkPolicy feature whose enforcement differs between CNI plugins. */
export enum CniFeature {
  /** Ingress rules (`policyTypes: [Ingress]`). */
  INGRESS = 'INGRESS',
  /** Egress rules (`policyTypes: [Egress]`). */
  EGRESS = 'EGRESS',
  /** `ipBlock.except`. */
  IPBLOCK_EXCEPT = 'IPBLOCK_EXCEPT',
  /** Port ranges (`endPort`). */
  END_PORT = 'END_PORT',
  /** `protocol: SCTP`. */
  SCTP = 'SCTP',
  /** Named ports (`port: http`). */
  NAMED_PORTS = 'NAMED_PORTS',
  /** An `ipBlock` that contains pod IPs also matches those pods. */
  IPBLOCK_MATCHES_POD_IPS = 'IPBLOCK_MATCHES_POD_IPS',
  /** `cilium.io/v2` CiliumNetworkPolicy objects are applied (the CRD exists). */
  CILIUM_NETWORK_POLICY = 'CILIUM_NETWORK_POLICY',
}

/** One fact of the matrix: how a CNI handles a feature, and where that is written. */
export interface CniSupport {
  /** The feature. */
  readonly feature: CniFeature;
  /** How the CNI handles it. */
  readonly level: SupportLevel;
  /** A public source for this fact (issue, pull request or documentation page). */
  readonly source: string;
  /**
   * What the level means in detail, or why the fact is unknown.
   * @default - none
   */
  readonly note?: string;
}
