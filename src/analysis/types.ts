// The analyzer's result model: the contract between src/analysis (which computes it
// from manifests) and src/report, the CLI and users' tests (which read it).

/**
 * One side of an allowed connection: a workload (all pods of one owner) or an
 * external IPv4/IPv6 address range.
 */
export interface AnalyzedPeer {
  /**
   * The peer exactly as the connection list prints it:
   * `namespace/name[Kind]` or `first-last[External]`.
   */
  readonly id: string;
  /** True for an address range outside the cluster. */
  readonly external: boolean;
  /**
   * Namespace of the workload.
   * @default - none for external peers
   */
  readonly namespace?: string;
  /**
   * Name of the workload (the controlling owner's name for owned pods).
   * @default - none for external peers
   */
  readonly name?: string;
  /**
   * Kind of the workload (Deployment, StatefulSet, Pod, ...).
   * @default - none for external peers
   */
  readonly kind?: string;
  /**
   * Labels of the workload's pods.
   * @default - none for external peers
   */
  readonly labels?: Record<string, string>;
  /**
   * The inclusive address range `first-last`.
   * @default - none for workloads
   */
  readonly ipRange?: string;
}

/** An inclusive range of ports of one protocol. */
export interface AnalyzedPortRange {
  /** `TCP`, `UDP` or `SCTP`. */
  readonly protocol: string;
  /** First port, 1-65535. */
  readonly start: number;
  /** Last port (inclusive), 1-65535. */
  readonly end: number;
}

/** An ordered pair of peers with everything that the policies allow between them. */
export interface AllowedConnection {
  /** Where the connection starts. */
  readonly source: AnalyzedPeer;
  /** Where it goes. */
  readonly destination: AnalyzedPeer;
  /** True when every port of TCP, UDP and SCTP is allowed. */
  readonly allConnections: boolean;
  /** Allowed ports, merged and sorted by protocol then port. */
  readonly ports: AnalyzedPortRange[];
  /** The connections field as printed: `All Connections` or e.g. `TCP 80,UDP 53`. */
  readonly text: string;
}
