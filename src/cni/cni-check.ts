// Attaches the CNI check to a chart or app, so `cdk8s synth` reports it: errors fail
// the synth, warnings are printed (and fail it in strict mode).
import { ApiObject, App, Chart } from 'cdk8s';
import { IConstruct, IValidation } from 'constructs';
import { checkManifests } from './check-manifests';
import { parsePodCidrs } from './cidr-overlap';
import { Cni } from './cni';
import { CniCheckOptions, CniFinding, FindingSeverity } from './finding';
import { ValidationError } from '../validation/validation-error';

/** Checks the objects of a chart or app against what a CNI plugin enforces. */
export class CniCheck implements IValidation {
  /**
   * Checks `scope` (a Chart or an App) against `cni` whenever it is validated (on synth).
   * @param scope the chart or app whose objects are checked
   * @param cni the plugin the cluster runs, e.g. `Cni.cilium('1.15')`
   * @param options strict mode and the cluster's pod CIDRs
   */
  public static of(scope: IConstruct, cni: Cni, options: CniCheckOptions = {}): CniCheck {
    if (!(scope instanceof App) && !Chart.isChart(scope)) {
      throw new ValidationError(scope.node.path, 'scope', scope.constructor.name, 'CniCheck.of needs a Chart or an App', 'pass the chart or app whose objects should be checked');
    }
    parsePodCidrs(options.podCidrs ?? [], scope.node.path || 'app');
    const check = new CniCheck(scope, cni, options);
    scope.node.addValidation(check);
    return check;
  }

  /** The plugin checked against. */
  public readonly cni: Cni;

  private constructor(private readonly scope: Chart | App, cni: Cni, private readonly options: CniCheckOptions) {
    this.cni = cni;
  }

  /** Runs the check now and returns every finding (errors first). */
  public findings(): CniFinding[] {
    // Not chart.toJson(): that validates the chart again, which would call us again.
    const objects = this.scope.node.findAll()
      .filter((c): c is ApiObject => c instanceof ApiObject)
      .map((o) => o.toJson());
    return checkManifests(objects, this.cni, this.options);
  }

  /** Called by cdk8s on synth: returns the errors and prints the warnings. */
  public validate(): string[] {
    const findings = this.findings();
    for (const f of findings.filter((x) => x.severity === FindingSeverity.WARNING)) {
      process.stderr.write(`warning: cni check (${this.cni.label}): [${f.code}] ${f.message}\n`);
    }
    return findings
      .filter((f) => f.severity === FindingSeverity.ERROR)
      .map((f) => `cni check (${this.cni.label}): [${f.code}] ${f.message}`);
  }
}
