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

  /**
   * More workloads to draw as ingress controllers, as `namespace/name` (or the
   * analyzer's id `namespace/name[Kind]`): a controller the report does not know by its
   * `app.kubernetes.io/name`, e.g. the one behind an `IngressController.custom(...)`.
   * Give its manifests to the analysis (the files, or `ClusterContext.of`).
   *
   * @default - only the known controllers: pods whose `app.kubernetes.io/name` is
   * ingress-nginx, traefik, haproxy-ingress, contour or kong
   */
  readonly ingressControllers?: string[];
}
