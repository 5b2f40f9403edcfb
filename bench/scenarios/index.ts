// Every synth scenario, in the order RESULTS.md shows them.
import { EXPOSED_SERVICES } from './exposed-service';
import { THREE_TIER_APPS } from './three-tier-app';
import { Scenario } from '../harness/scenario';

/** All synth scenarios. */
export const SCENARIOS: Scenario[] = [EXPOSED_SERVICES, THREE_TIER_APPS];

/** The scenario with this id, or a clear error listing the known ones. */
export function scenarioById(id: string): Scenario {
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) {
    throw new Error(`unknown scenario '${id}': use one of ${SCENARIOS.map((s) => s.id).join(', ')}`);
  }
  return found;
}
