// What the CNI check reports.
import { CniFeature } from './support';

/** How bad a finding is. */
export enum FindingSeverity {
  /** The manifests will not behave as written on this CNI: synth fails, the CLI exits 1. */
  ERROR = 'ERROR',
  /** A rule may be enforced differently than written; errors in strict mode. */
  WARNING = 'WARNING',
}

/** One problem the CNI check found in the synthesized objects. */
export interface CniFinding {
  /** ERROR or WARNING. */
  readonly severity: FindingSeverity;
  /** A stable code, e.g. `END_PORT_IGNORED_SILENTLY` or `NETWORK_POLICY_NOT_ENFORCED`. */
  readonly code: string;
  /** The object, as `Kind namespace/name`, or `cni NAME` for findings about the plugin itself. */
  readonly object: string;
  /** What is wrong and what to do, in lowercase prose. */
  readonly message: string;
  /**
   * The matrix feature behind the finding.
   * @default - none (findings about the plugin itself or about pod CIDRs)
   */
  readonly feature?: CniFeature;
  /**
   * A public source for the fact behind the finding.
   * @default - none
   */
  readonly source?: string;
}

/** Options of the CNI check. */
export interface CniCheckOptions {
  /**
   * Report every warning as an error.
   * @default false
   */
  readonly strict?: boolean;
  /**
   * The cluster's pod CIDRs (IPv4 or IPv6). Each ipBlock that overlaps one is
   * reported: on some CNIs (Cilium) an ipBlock never matches pod IPs, and pod IPs change.
   * @default - no overlap check
   */
  readonly podCidrs?: string[];
}
