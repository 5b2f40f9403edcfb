// Options of the traffic report (public, jsii structs and enums).

/** How the report groups workloads (Mermaid subgraphs, DOT clusters, a table column). */
export enum TrafficGroupBy {
  /** No grouping. */
  NONE = 'NONE',
  /** One group per namespace. */
  NAMESPACE = 'NAMESPACE',
  /** One group per value of the `app.kubernetes.io/part-of` label. */
  PART_OF = 'PART_OF',
}

/** What the traffic report shows. */
export interface TrafficReportOptions {
  /**
   * How to group workloads.
   * @default TrafficGroupBy.NONE
   */
  readonly groupBy?: TrafficGroupBy;

  /**
   * Leave out the flows to and from kube-dns (pods labelled `k8s-app: kube-dns`).
   * @default false
   */
  readonly hideDns?: boolean;

  /**
   * Leave out the ingress controller: users are drawn straight to the workloads that
   * an Ingress routes to, as in the reference diagram.
   * @default false
   */
  readonly hideIngressController?: boolean;
}
