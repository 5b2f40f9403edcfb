// `cdk8s-ingress-egress check --cni NAME[@VERSION] [--strict] [--pod-cidr CIDR...] <paths...>`:
// checks manifests against what a CNI enforces. Exit 1 on errors (any finding with --strict).
import { Command } from 'commander';
import { checkManifests, Cni, FindingSeverity } from '../cni';
import { CommandRegistration } from './main';
import { readManifestFiles } from '../analysis/manifest-files';

interface CheckOptions {
  readonly cni: string;
  readonly strict?: boolean;
  readonly podCidr?: string[];
}

/** Registers `check`. */
export const registerCheck: CommandRegistration = (program: Command, io, setExit) => {
  program
    .command('check')
    .description('Check manifests against what a CNI plugin enforces (exit 1 on errors)')
    .argument('<paths...>', 'YAML/JSON manifest files or directories (read recursively)')
    .requiredOption('--cni <name[@version]>', `the cluster's CNI: ${Cni.names().join(', ')} (e.g. cilium@1.15)`)
    .option('--strict', 'report warnings as errors')
    .option('--pod-cidr <cidr...>', "the cluster's pod CIDRs, to find ipBlocks that overlap them")
    .action((paths: string[], options: CheckOptions) => {
      const [name, version] = options.cni.split('@');
      const cni = Cni.named(name, version);
      const objects = readManifestFiles(paths)
        .map((s): any => s.object)
        // `kubectl get -o yaml` wraps objects in a List; empty documents are null.
        .flatMap((o) => (o?.kind === 'List' && Array.isArray(o.items) ? o.items : o ? [o] : []));
      const findings = checkManifests(objects, cni, { strict: options.strict, podCidrs: options.podCidr });
      for (const f of findings) {
        io.out(`${f.severity.toLowerCase()} ${f.code} ${f.object}: ${f.message}\n`);
      }
      const errors = findings.filter((f) => f.severity === FindingSeverity.ERROR).length;
      io.out(`${cni.label}: ${errors} error(s), ${findings.length - errors} warning(s) in ${objects.length} object(s)\n`);
      if (errors > 0) setExit(1);
    });
};
