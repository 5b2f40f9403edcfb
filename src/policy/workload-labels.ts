import { Workload } from 'cdk8s-plus-28';
import { fail } from '../validation/validation-error';

/**
 * The labels a cdk8s-plus workload's own selector uses (its pods carry them). Refuses a
 * workload without any, since selecting `{}` would mean every pod of the namespace.
 */
export function workloadPodLabels(workload: Workload): Record<string, string> {
  const labels = { ...workload.matchLabels };
  if (Object.keys(labels).length === 0) {
    fail({ constructPath: workload.node.path, field: 'selector' }, '{}', 'the workload has no pod selector labels (select: false), so a policy would select every pod', 'create the workload with select: true, or select its pods by labels');
  }
  return labels;
}
