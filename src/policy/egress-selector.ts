import { Workload } from 'cdk8s-plus-28';
import { workloadPodLabels } from './workload-labels';
import { validateLabels } from '../validation/names';
import { fail } from '../validation/validation-error';

/**
 * Which pods an egress policy applies to: every pod of the namespace, pods with given
 * labels, or the pods of a cdk8s-plus workload.
 */
export class EgressSelector {
  /** Every pod in the namespace (`podSelector: {}`). */
  public static allPods(): EgressSelector {
    return new EgressSelector(() => ({}));
  }

  /** Pods that carry all of `labels`. */
  public static labels(labels: Record<string, string>): EgressSelector {
    const site = { constructPath: 'EgressSelector.labels', field: 'labels' };
    if (Object.keys(labels ?? {}).length === 0) {
      fail(site, '{}', 'an empty label map selects every pod', 'give at least one label, or use EgressSelector.allPods()');
    }
    validateLabels(site, labels);
    const copy = { ...labels };
    return new EgressSelector(() => copy);
  }

  /**
   * The pods of a cdk8s-plus workload (Deployment, StatefulSet, DaemonSet, Job),
   * selected by the labels its own selector uses (read when the policy is built).
   */
  public static workload(workload: Workload): EgressSelector {
    return new EgressSelector(() => workloadPodLabels(workload));
  }

  private constructor(private readonly resolve: () => Record<string, string>) {}

  /** @internal The pod labels to select; `{}` means every pod of the namespace. */
  public _podLabels(): Record<string, string> {
    return this.resolve();
  }
}
