// `cdk8s-ingress-egress connlist <paths...> [--output txt|json] [--cluster-context none|standard]`:
// prints the connections that the manifests' NetworkPolicies allow (np-guard's format).
// Unreadable or invalid input throws; main.ts turns that into exit code 2.
import { Command, Option } from 'commander';
import { ClusterContext, Connectivity } from '../analysis';
import { CommandRegistration } from './main';

interface ConnlistOptions {
  readonly output: 'txt' | 'json';
  readonly clusterContext: 'none' | 'standard';
}

/** Registers `connlist`. */
export const registerConnlist: CommandRegistration = (program: Command, io) => {
  program
    .command('connlist')
    .description('List the connections that the NetworkPolicies of the manifests allow (np-guard format)')
    .argument('<paths...>', 'YAML/JSON manifest files or directories (read recursively)')
    .addOption(new Option('--output <format>', 'output format').choices(['txt', 'json']).default('txt'))
    .addOption(new Option('--cluster-context <context>', 'add well-known cluster workloads (kube-dns, ingress controllers)')
      .choices(['none', 'standard']).default('none'))
    .action((paths: string[], options: ConnlistOptions) => {
      const clusterContext = options.clusterContext === 'standard' ? ClusterContext.standard() : ClusterContext.none();
      const result = Connectivity.fromFiles(paths, { clusterContext });
      io.out(options.output === 'json' ? result.toJson() : result.toText());
    });
};
