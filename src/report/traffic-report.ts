// The public face of src/report: one analyzed set of manifests, drawn four ways.
import { renderAscii } from './ascii';
import { renderDot } from './dot';
import { renderMermaid } from './mermaid';
import { renderTable } from './table';
import { buildTrafficGraph, isPeerRef, TrafficGraph } from './traffic-graph';
import { TrafficGroupBy, TrafficReportOptions } from './traffic-report-options';
import { Connectivity } from '../analysis/connectivity';
import { AllowedConnection, AnalyzedPeer } from '../analysis/types';
import { ValidationError } from '../validation/validation-error';

/**
 * Who may talk to whom, as a summary table, an ASCII diagram, a Mermaid flowchart or a
 * Graphviz graph, drawn from the analyzer's result on the synthesized manifests (so the
 * picture cannot disagree with what is applied).
 *
 * Users appear where an Ingress routes to a workload (users -> ingress controller ->
 * workload); kube-dns (`k8s-app: kube-dns`) and ingress controllers (ingress-nginx,
 * traefik, ...; others through `ingressControllers`) are their own nodes, and so is
 * every external address range.
 *
 * @example
 * const report = TrafficReport.fromConnectivity(
 *   Connectivity.fromChart(chart, { clusterContext: ClusterContext.standard() }));
 * console.log(report.ascii());
 */
export class TrafficReport {
  /**
   * The report of an analysis. Use `ClusterContext.standard()` in the analysis to see
   * DNS and the ingress controller.
   *
   * @param connectivity the analyzer's result
   * @param options what to show
   */
  public static fromConnectivity(connectivity: Connectivity, options: TrafficReportOptions = {}): TrafficReport {
    return TrafficReport.fromData(connectivity.connections(), connectivity.peers(), connectivity.manifests(), options);
  }

  /**
   * The report of plain analyzer data, e.g. results saved as JSON.
   *
   * @param connections the allowed connections
   * @param peers every workload (also those without any connection)
   * @param manifests the analyzed objects, to find Ingresses and their Services
   * @param options what to show
   */
  public static fromData(connections: AllowedConnection[], peers: AnalyzedPeer[], manifests: any[],
    options: TrafficReportOptions = {}): TrafficReport {
    const site = 'TrafficReport.fromData';
    const groupBy = options.groupBy ?? TrafficGroupBy.NONE;
    if (!Object.values(TrafficGroupBy).includes(groupBy)) {
      throw new ValidationError(site, 'options.groupBy', String(groupBy), 'is not a grouping',
        `use one of ${Object.values(TrafficGroupBy).join(', ')}`);
    }
    connections.forEach((c, i) => {
      for (const side of ['source', 'destination'] as const) {
        if (typeof c?.[side]?.id !== 'string' || c[side].id === '') {
          throw new ValidationError(site, `connections[${i}].${side}.id`, String(c?.[side]?.id), 'is missing',
            'pass connections as Connectivity.connections() returns them');
        }
      }
    });
    (options.ingressControllers ?? []).forEach((ref, i) => {
      if (!peers.some((p) => isPeerRef(p, ref))) {
        throw new ValidationError(site, `options.ingressControllers[${i}]`, String(ref), 'is not a workload of the analysis',
          'give namespace/name of a workload whose manifests are analyzed, e.g. haproxy/haproxy-ingress');
      }
    });
    return new TrafficReport(buildTrafficGraph(connections, peers, manifests, { ...options, groupBy }));
  }

  private readonly graph: TrafficGraph;

  private constructor(graph: TrafficGraph) {
    this.graph = graph;
  }

  /** The Markdown summary table (Pod | Ingress Port | Egress Target), `None` where nothing is allowed. */
  public table(): string {
    return renderTable(this.graph);
  }

  /** The ASCII diagram: a chain drawn vertically like the reference, other graphs as boxes with their flows. */
  public ascii(): string {
    return renderAscii(this.graph);
  }

  /** A Mermaid `flowchart TD`, edges labelled by protocol and port. */
  public mermaid(): string {
    return renderMermaid(this.graph);
  }

  /** A Graphviz `digraph`. */
  public dot(): string {
    return renderDot(this.graph);
  }

  /** Findings, one sentence each, e.g. an Ingress that no controller may reach. */
  public notes(): string[] {
    return [...this.graph.notes];
  }

  /**
   * The table, the notes and the Mermaid diagram in a fenced block (what `traffic.md`
   * holds); only the notes when there is nothing to draw.
   */
  public markdown(): string {
    const notes = this.graph.notes.map((n) => `> Note: ${n}\n`).join('');
    if (this.graph.nodes.length === 0) return notes;
    return `${this.table()}\n${notes ? `${notes}\n` : ''}\`\`\`mermaid\n${this.mermaid()}\`\`\`\n`;
  }
}
