// `cdk8s-ingress-egress report <paths...> [--format md|ascii|mermaid|dot] [--group-by ...]
// [--hide-dns] [--hide-ingress-controller] [--ingress-controller ns/name ...]
// [--cluster-context none|standard]`: draws the
// traffic that the manifests' NetworkPolicies allow. Bad input throws (exit code 2).
import { Command, Option } from 'commander';
import { CommandRegistration } from './main';
import { ClusterContext, Connectivity } from '../analysis';
import { TrafficGroupBy, TrafficReport } from '../report';

interface ReportOptions {
  readonly format: 'md' | 'ascii' | 'mermaid' | 'dot';
  readonly groupBy: 'none' | 'namespace' | 'part-of';
  readonly hideDns?: boolean;
  readonly hideIngressController?: boolean;
  readonly ingressController: string[];
  readonly clusterContext: 'none' | 'standard';
}

const GROUP_BY: Record<ReportOptions['groupBy'], TrafficGroupBy> = {
  'none': TrafficGroupBy.NONE,
  'namespace': TrafficGroupBy.NAMESPACE,
  'part-of': TrafficGroupBy.PART_OF,
};

/** Registers `report`. */
export const registerReport: CommandRegistration = (program: Command, io) => {
  program
    .command('report')
    .description('Draw the traffic that the manifests allow: table, ASCII, Mermaid or DOT')
    .argument('<paths...>', 'YAML/JSON manifest files or directories (read recursively)')
    .addOption(new Option('--format <format>', 'md is the table plus a Mermaid block').choices(['md', 'ascii', 'mermaid', 'dot']).default('md'))
    .addOption(new Option('--group-by <grouping>', 'group workloads').choices(Object.keys(GROUP_BY)).default('none'))
    .option('--hide-dns', 'leave out the flows to kube-dns')
    .option('--hide-ingress-controller', 'draw users straight to the workloads an Ingress routes to')
    .option('--ingress-controller <namespace/name>', 'draw this workload as an ingress controller (repeatable)',
      (value: string, previous: string[]) => [...previous, value], [] as string[])
    .addOption(new Option('--cluster-context <context>', 'add well-known cluster workloads (kube-dns, ingress controllers)')
      .choices(['none', 'standard']).default('standard'))
    .action((paths: string[], options: ReportOptions) => {
      const clusterContext = options.clusterContext === 'standard' ? ClusterContext.standard() : ClusterContext.none();
      const report = TrafficReport.fromConnectivity(Connectivity.fromFiles(paths, { clusterContext }), {
        groupBy: GROUP_BY[options.groupBy],
        hideDns: options.hideDns ?? false,
        hideIngressController: options.hideIngressController ?? false,
        ingressControllers: options.ingressController,
      });
      const render = { md: () => report.markdown(), ascii: () => report.ascii(), mermaid: () => report.mermaid(), dot: () => report.dot() };
      io.out(render[options.format]());
    });
};
