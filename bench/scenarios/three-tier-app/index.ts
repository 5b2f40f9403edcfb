// Scenario 2: N ThreeTierApps (frontend Deployment + Service + Ingress, backend
// Deployment + Service, database StatefulSet + headless Service, 8 NetworkPolicies).
import { HAND_WRITTEN } from './hand-written';
import { OURS } from './ours';
import { RAW } from './raw';
import { Scenario } from '../../harness/scenario';

/** N three-tier apps. */
export const THREE_TIER_APPS: Scenario = {
  id: 'three-tier-apps',
  title: 'N three-tier apps',
  unit: 'app = 2 Deployments + StatefulSet + 3 Services + Ingress + 8 NetworkPolicies (default deny, one per allowed flow, DNS) = 15 objects',
  sizes: { full: [20, 100, 200, 400], quick: [2, 4] },
  implementations: [OURS, HAND_WRITTEN, RAW],
  rounds: (n) => (n <= 20 ? { warmup: 5, rounds: 21 } : n <= 200 ? { warmup: 1, rounds: 9 } : { warmup: 1, rounds: 5 }),
  notes: [
    '`raw` emits byte-identical YAML to `ours` (hashed on every run; asserted in test/bench). `hand` emits the same 15 ' +
      'objects per app (same kinds, names, labels and flows) but is not byte-identical: cdk8s-plus-28 writes the default ' +
      'deny without the empty `ingress: []`/`egress: []` and with `policyTypes: [Egress, Ingress]`.',
    'No `l1` column here: the exposed-services scenario already measures what emitting through L1 would save.',
  ],
};
