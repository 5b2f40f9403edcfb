// A CNI plugin (and optionally its version) as a value: the check asks it how each
// NetworkPolicy feature is handled. The facts live in matrix.ts.
import { CNI_MATRIX, isVersioned, MatrixEntry, MatrixFact, VersionedFacts } from './matrix';
import { CniFeature, CniSupport, MaintenanceStatus, SupportLevel } from './support';
import { compareVersions, isVersion } from './version';
import { ValidationError } from '../validation/validation-error';

/** A CNI plugin whose NetworkPolicy enforcement the check knows. */
export class Cni {
  /** Calico. */
  public static calico(): Cni { return Cni.of('calico'); }
  /**
   * Cilium. Give the version: `endPort` is ignored before 1.16.
   * @param version e.g. `1.15` or `1.16.3`
   * @default - unknown version: endPort is reported as depending on it
   */
  public static cilium(version?: string): Cni { return Cni.of('cilium', version); }
  /** Antrea. */
  public static antrea(): Cni { return Cni.of('antrea'); }
  /** kube-router. */
  public static kubeRouter(): Cni { return Cni.of('kube-router'); }
  /** Weave Net (archived). */
  public static weaveNet(): Cni { return Cni.of('weave-net'); }
  /** Romana (defunct). */
  public static romana(): Cni { return Cni.of('romana'); }
  /** Flannel: networking only, enforces no NetworkPolicy. */
  public static flannel(): Cni { return Cni.of('flannel'); }
  /** Canal: Calico's policy engine on Flannel networking. */
  public static canal(): Cni { return Cni.of('canal'); }
  /** AWS VPC CNI with the network policy agent (EKS). */
  public static awsVpcCni(): Cni { return Cni.of('aws-vpc-cni'); }
  /** Azure Network Policy Manager (AKS `--network-policy azure`). */
  public static azureNpm(): Cni { return Cni.of('azure-npm'); }
  /** GKE Dataplane V2. */
  public static gkeDataplaneV2(): Cni { return Cni.of('gke-dataplane-v2'); }

  /**
   * A CNI by name, as the CLI's `--cni NAME[@VERSION]` gives it (case-insensitive;
   * aliases such as `weave`, `aws`, `azure`, `gke` work).
   * @param name one of `Cni.names()` or an alias
   * @param version the plugin's version, e.g. `1.15`
   * @default - unknown version
   */
  public static named(name: string, version?: string): Cni {
    const wanted = name.trim().toLowerCase();
    const entry = CNI_MATRIX.find((e) => e.id === wanted || e.aliases.includes(wanted));
    if (!entry) {
      throw new ValidationError('Cni.named', 'name', name, 'no such cni in the matrix', `use one of ${Cni.names().join(', ')}`);
    }
    return Cni.of(entry.id, version);
  }

  /** The ids of every plugin in the matrix, in README order. */
  public static names(): string[] {
    return CNI_MATRIX.map((e) => e.id);
  }

  /** Every plugin in the matrix, without a version. */
  public static all(): Cni[] {
    return CNI_MATRIX.map((e) => Cni.of(e.id));
  }

  private static of(id: string, version?: string): Cni {
    if (version !== undefined && !isVersion(version)) {
      throw new ValidationError(`Cni ${id}`, 'version', version, 'not a version', 'write it like 1.16 or 1.16.3');
    }
    return new Cni(CNI_MATRIX.find((e) => e.id === id)!, version?.replace(/^v/, ''));
  }

  /** The plugin's id, e.g. `cilium`. */
  public readonly name: string;
  /** The plugin's name for people, e.g. `Weave Net`. */
  public readonly displayName: string;
  /**
   * The plugin's version.
   * @default - unknown
   */
  public readonly version?: string;
  /** Whether the plugin is maintained. */
  public readonly maintenance: MaintenanceStatus;
  /** Where the maintenance status is written. */
  public readonly maintenanceSource: string;
  /**
   * Details of the maintenance status.
   * @default - none
   */
  public readonly maintenanceNote?: string;
  /**
   * What to install instead, for plugins that enforce no policy or are unmaintained.
   * @default - none
   */
  public readonly advice?: string;

  private constructor(private readonly entry: MatrixEntry, version?: string) {
    this.name = entry.id;
    this.displayName = entry.displayName;
    this.version = version;
    this.maintenance = entry.maintenance.status;
    this.maintenanceSource = entry.maintenance.source;
    this.maintenanceNote = entry.maintenance.note;
    this.advice = entry.advice;
  }

  /** `cilium@1.15`, or just the name without a version. */
  public get label(): string {
    return this.version ? `${this.name}@${this.version}` : this.name;
  }

  /** True when the plugin enforces NetworkPolicy at all. */
  public get enforcesNetworkPolicy(): boolean {
    return this.support(CniFeature.INGRESS).level !== SupportLevel.NOT_ENFORCED;
  }

  /** How this plugin (at this version) handles `feature`, with its source. */
  public support(feature: CniFeature): CniSupport {
    const fact = this.entry.facts[feature];
    const resolved = isVersioned(fact) ? this.pick(fact) : fact;
    return { feature, level: resolved.level, source: resolved.source, note: resolved.note };
  }

  private pick(facts: VersionedFacts): MatrixFact {
    if (this.version === undefined) return facts.withoutVersion;
    const version = this.version;
    return facts.byVersion.find((f) => f.below === undefined || compareVersions(version, f.below) < 0)!;
  }
}
